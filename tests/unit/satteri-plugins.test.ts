/**
 * The pages are rendered by Sätteri (Astro's native MDX pipeline) with our plugins; the indexes,
 * permalink register and checks come from the unified/remark extractor. annotate() runs once, in
 * the extractor, which records where each anchor goes; the page pipeline writes those into the
 * page. These tests hold the two to the same anchors and paragraph numbers, on every real chapter
 * and on the numbering markers editors write, and check that a recorded anchor that finds no
 * element stops the build.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { annotateHast } from '../../src/plugins/satteri-annotate.ts';
import { linksHast } from '../../src/plugins/satteri-links.ts';
import { parseAndExtract, sourceKey } from '../../src/lib/mdx/extract.ts';
import { anchorEditsFor, checkedAnchorEdits } from '../../src/lib/mdx/anchor-edits.ts';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { forgetSiteContent, shareCheckedContent } from '../../src/lib/current-site.ts';
import type { SiteContent } from '../../src/lib/model.ts';
const keepCheckedContent = (content: SiteContent | undefined): void => (content ? shareCheckedContent(content) : forgetSiteContent());

async function compile(source: string, order: number | undefined, base = '/', editsFor?: Parameters<typeof annotateHast>[0]): Promise<string> {
  const result = await mdxToJs(source, {
    hastPlugins: [linksHast({ base }), annotateHast(editsFor)],
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

/** A chapter as Astro hands it to Sätteri: the frontmatter blanked out with spaces. */
const asAstroHandsIt = (source: string): string => parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;

describe('Sätteri page pipeline and remark extractor', () => {
  it('finds the real chapters', () => expect(chapters.length).toBeGreaterThanOrEqual(20));

  describe('on every real chapter, built as the build does it (content checked first)', () => {
    const site = loadSiteContent(process.cwd());
    beforeAll(() => keepCheckedContent(site));
    afterAll(() => keepCheckedContent(undefined));

    it.each(chapters)('%s: the page has exactly the anchors and numbers the indexes link to, from the check\'s record', async (file) => {
      const entry = site.chapters.find((c) => c.file.endsWith(file))!;
      const source = asAstroHandsIt(readFileSync(join(chaptersDir, file), 'utf8'));
      const order = entry.data.order;
      // The check's record is found for the text Astro hands over: the chapter is not read twice.
      expect(checkedAnchorEdits(source, order)).toBe(entry.extract.anchorEdits);
      const page = pageAnchors(await compile(source, order, '/', (text, n) => checkedAnchorEdits(text, n)!));
      const expected = new Map([
        ...entry.extract.headings.map((h) => [h.id, ''] as const),
        ...entry.extract.blocks.map((b) => [b.id, b.label ?? ''] as const),
        ...entry.extract.retired.map((r) => [r.id, ''] as const),
      ]);
      expect(expected.size).toBeGreaterThan(0);
      // Chart, key-figure and note ids are set by the components themselves, not by annotate.
      for (const [id, label] of expected) expect({ id, label: page.get(id) }).toEqual({ id, label });
    });
  });

  it('reads a table, a footnote, Windows line ends and a byte-order mark as Sätteri does', async () => {
    const body = ['## Costs', '', 'Before the table.[^1]', '', '| Year | Cost |', '| --- | --- |', '| 2020 | £1 |', '', 'After the table.', '', '[^1]: A footnote.', ''].join('\n');
    for (const source of [body, body.replace(/\n/g, '\r\n'), `\uFEFF${body}`]) {
      const page = pageAnchors(await compile(source, 4));
      const expected = extractorAnchors('fixture.mdx', source, 4);
      expect([...expected]).toEqual([['costs', ''], ['para-1', '4.1'], ['para-2', '4.2'], ['para-3', '4.3']]);
      // (The page also has the footnote's own ids, which Sätteri makes.)
      for (const [id, label] of expected) expect({ id, label: page.get(id) }).toEqual({ id, label });
    }
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

  it('stops with the file and the place when a recorded anchor finds no element on the page', async () => {
    const source = 'First paragraph.\n\nSecond paragraph.\n';
    const recorded = parseAndExtract({ file: 'fixture.mdx', source, order: 1, publication: 'p', chapter: 'c' }).anchorEdits;
    // The second paragraph's anchor, recorded one character later than the paragraph starts.
    const shifted = recorded.map((edit, i) => (i === 1 ? { ...edit, offset: edit.offset + 1 } : edit));
    await expect(compile(source, 1, '/', () => shifted)).rejects.toThrow(/:3: the indexes read <p> here, but the page has no such block \(1 anchor\(s\) in this chapter found no place on the page\)\. Fix: put each component .* \(Anchor recorded at offset 19\.\)/);
    // An anchor recorded for another kind of element.
    const wrongKind = recorded.map((edit, i) => (i === 1 ? { ...edit, element: { tagName: 'ul', properties: edit.element!.properties } } : edit));
    await expect(compile(source, 1, '/', () => wrongKind)).rejects.toThrow(/:3: the indexes read <ul> here, but the page reads <p>\. Fix: put each component/);
  });
});

describe('where the page pipeline finds a chapter\'s anchors', () => {
  const source = '---\ntitle: "T"\norder: 2\n---\n\nA paragraph.\n';
  // As Astro hands a chapter to Sätteri: the frontmatter blanked out with spaces.
  const blanked = source.replace(/^---[\s\S]*?---/, (fm) => fm.replace(/[^\n]/g, ' '));
  const sentinel = [{ offset: 0, retired: 'from-the-check' }];
  const checked = (order: number): SiteContent => ({ findings: [], chapters: [{ data: { order }, extract: { sourceKey: sourceKey(source), anchorEdits: sentinel } }] }) as unknown as SiteContent;
  afterEach(() => keepCheckedContent(undefined));

  it('takes them from the content check when it read the same text, with the same chapter number', () => {
    keepCheckedContent(checked(2));
    expect(anchorEditsFor(blanked, 2, 'x.mdx')).toBe(sentinel);
  });

  it('reads the chapter itself when the check read other text, or gave it another number, or has not run', () => {
    const own = parseAndExtract({ file: 'x.mdx', source, order: 2, publication: 'p', chapter: 'c' }).anchorEdits;
    keepCheckedContent(checked(3));
    expect(anchorEditsFor(blanked, 2, 'x.mdx')).toEqual(own);
    keepCheckedContent(checked(2));
    expect(anchorEditsFor(blanked.replace('A paragraph.', 'Another paragraph.'), 2, 'x.mdx')).not.toBe(sentinel);
    keepCheckedContent(undefined);
    expect(anchorEditsFor(blanked, 2, 'x.mdx')).toEqual(own);
    expect(own).toEqual([{ offset: 29, element: { tagName: 'p', properties: { id: 'para-1', dataPara: '2.1' } } }]);
  });

  it('finds the record for a file that starts with a byte-order mark, or whose frontmatter fence has trailing spaces', () => {
    for (const variant of [`\uFEFF${source}`, source.replace('order: 2\n---', 'order: 2\n---  ')]) {
      expect(sourceKey(asAstroHandsIt(variant.replace(/^\uFEFF/, '')))).toBe(sourceKey(variant));
    }
  });

  it('tells apart two chapters with the same text after frontmatter of different lengths (their offsets differ)', () => {
    const longer = source.replace('title: "T"', 'title: "A longer title"');
    expect(sourceKey(longer)).not.toBe(sourceKey(source));
    keepCheckedContent(checked(2));
    const blankedLonger = longer.replace(/^---[\s\S]*?---/, (fm) => fm.replace(/[^\n]/g, ' '));
    expect(anchorEditsFor(blankedLonger, 2, 'y.mdx')).toEqual([{ offset: 42, element: { tagName: 'p', properties: { id: 'para-1', dataPara: '2.1' } } }]);
  });
});
