/**
 * The controls our Sätteri plugin writes into a chapter (the "#" link beside each heading, with its
 * visually hidden "Link to the section …", and each paragraph's number, "Paragraph 6.1") are kept
 * out of the search index, so Pagefind's excerpts show the chapter's words only. They stay links.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { annotateHast } from '../../src/plugins/satteri-annotate.ts';
import { anchorEditsFor } from '../../src/lib/mdx/anchor-edits.ts';

async function compile(source: string, order: number): Promise<string> {
  const result = await mdxToJs(source, {
    hastPlugins: [annotateHast(anchorEditsFor)],
    features: { smartPunctuation: false },
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro: { frontmatter: { order }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
  });
  return result.code;
}

/** The props object of the <a> with this class, as the compiled module writes it. */
function linkProps(code: string, className: string): string {
  const at = code.indexOf(`class: "${className}"`);
  expect(at, className).toBeGreaterThan(-1);
  return code.slice(code.lastIndexOf('{', at), code.indexOf('children', at));
}

describe('heading links and paragraph numbers in the search index', () => {
  it('are left out of it (data-pagefind-ignore) and remain links to their anchors', async () => {
    const code = await compile('## Summary\n\nIf families get help early, fewer children come into care.\n', 6);
    const heading = linkProps(code, 'heading-anchor');
    expect(heading).toContain('href: "#summary"');
    expect(heading).toContain('"data-pagefind-ignore"');
    const number = linkProps(code, 'para-num');
    expect(number).toMatch(/href: "#para-\d+"/);
    expect(number).toContain('"data-pagefind-ignore"');
    // The paragraph's own text is not ignored: only the number link is.
    const paragraph = code.slice(code.lastIndexOf('{', code.indexOf('"data-para"')), code.indexOf('class: "para-num"'));
    expect(paragraph).not.toContain('pagefind');
  });
});
