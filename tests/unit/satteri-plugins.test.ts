/**
 * The pages are rendered by Sätteri (Astro's native MDX pipeline) with our plugins; the indexes,
 * permalink register and checks come from the unified/remark extractor. Both run annotate(), and
 * these tests hold them to the same anchors and paragraph numbers, on every real chapter and on
 * the numbering markers editors write.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { mdxToJs } from 'satteri';
import { annotateHast, annotateMdast } from '../../src/plugins/satteri-annotate.ts';
import { anchorsHast, linksHast } from '../../src/plugins/satteri-links.ts';
import { parseAndExtract } from '../../src/lib/mdx/extract.ts';

async function compile(source: string, order: number | undefined, base = '/'): Promise<string> {
  const result = await mdxToJs(source, {
    mdastPlugins: [annotateMdast()],
    hastPlugins: [linksHast({ base }), annotateHast(), anchorsHast()],
    features: { smartPunctuation: false },
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro: { frontmatter: { order }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
  });
  return result.code;
}

/** id → paragraph label ("" when unnumbered), as the compiled page sets them. */
function pageAnchors(code: string): Map<string, string> {
  const anchors = new Map<string, string>();
  // annotate sets the label right after the id: data-para on elements, para on components.
  for (const [, id, label] of code.matchAll(/\bid: "([^"]+)"(?:,\s*(?:"data-para"|para): "([^"]+)")?/g)) {
    anchors.set(id!, label ?? '');
  }
  return anchors;
}

function extractorAnchors(file: string, source: string, order: number | undefined): Map<string, string> {
  const extract = parseAndExtract({ file, source, order, publication: 'p', chapter: 'c' });
  expect(extract.findings).toEqual([]);
  return new Map([
    ...extract.headings.map((h) => [h.id, ''] as const),
    ...extract.blocks.map((b) => [b.id, b.label ?? ''] as const),
    ...extract.retired.map((r) => [r.id, ''] as const),
  ]);
}

const chaptersDir = join(process.cwd(), 'src/content/chapters');
const chapters = readdirSync(chaptersDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

describe('Sätteri page pipeline and remark extractor', () => {
  it('finds the real chapters', () => expect(chapters.length).toBeGreaterThanOrEqual(20));

  it.each(chapters)('%s: the page has exactly the anchors and numbers the indexes link to', async (file) => {
    const source = readFileSync(join(chaptersDir, file), 'utf8');
    const order = (parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as { order?: number }).order;
    const expected = extractorAnchors(file, source, order);
    const page = pageAnchors(await compile(source, order));
    // Chart, key-figure and note ids are set by the components themselves, not by annotate.
    for (const [id, label] of expected) expect({ id, label: page.get(id) }).toEqual({ id, label });
  });

  it('honours the inserted and removed markers as the extractor does', async () => {
    const source = [
      '## Costs of care', '', 'First paragraph.', '', '{/* removed */}', '', 'Third paragraph.', '',
      '{/* inserted */}', '', 'A paragraph added later.', '', '<Quote by="A director">We need stability.</Quote>', '',
      '- one', '- two', '',
    ].join('\n');
    const page = pageAnchors(await compile(source, 6));
    const byId = (a: [string, string], b: [string, string]): number => a[0].localeCompare(b[0]);
    expect([...page].sort(byId)).toEqual([...extractorAnchors('fixture.mdx', source, 6)].sort(byId));
    expect(page.get('para-2')).toBe('');
    expect(page.get('para-3a')).toBe('6.3a');
    expect([...page.values()]).toEqual(['', '6.1', '', '6.3', '6.3a', '6.4', '6.5']);
  });

  it('reads a component written on one line as a block in both, with its text as written', async () => {
    const source = 'Before.\n\n<Quote by="A director">Poverty is *stark*, and shameful.</Quote>\n\nAfter.\n';
    const page = pageAnchors(await compile(source, 3));
    const byId = (a: [string, string], b: [string, string]): number => a[0].localeCompare(b[0]);
    expect([...page].sort(byId)).toEqual([...extractorAnchors('fixture.mdx', source, 3)].sort(byId));
    expect(page.get('quote-poverty-is-stark-and-shameful')).toBe('3.2');
    const [quote] = parseAndExtract({ file: 'fixture.mdx', source, order: 3, publication: 'p', chapter: 'c' }).quotes;
    expect(quote?.text).toBe('Poverty is stark, and shameful.');
  });

  it('wraps a numbered list with its number first, and prefixes the base path to site links only', async () => {
    const code = await compile('Read [the data](/data/) or [the source](https://example.org/).\n\n- one\n- two\n', 2, '/evidence/');
    expect(code).toContain('href: "/evidence/data/"');
    expect(code).toMatch(/href: "https:\/\/example\.org\/",\s*rel: "noopener noreferrer"/);
    expect(code).toMatch(/class: "numbered-block",\s*id: "para-2",\s*"data-para": "2\.2",\s*children: \[_jsxs\(_components\.a, \{\s*class: "para-num"/);
  });
});
