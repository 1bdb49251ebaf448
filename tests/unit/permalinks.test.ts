/**
 * Permanent links: the registry of published addresses, and the check that stops a build which
 * would break one. The three editor mistakes the press would suffer from (a renamed chapter, a
 * deleted paragraph, a paragraph inserted above published ones) are tried on the real report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { emptyRegistry, excerpt, mergeRegistry, similarity, writeRegistry, type PageAnchors, type Registry } from '../../src/lib/permalinks/registry.ts';
import { checkFragments, checkPages } from '../../src/lib/permalinks/check.ts';
import { fragmentMovesFrom, noMoves, type Moves } from '../../src/lib/load/moves.ts';
import { chapterAnchors, chapterNumbers } from '../../src/lib/permalinks/anchors.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';
import { contentPages } from '../../src/lib/permalinks/pages.ts';

const ROOT = process.cwd();
afterAll(removeFixtureSites);
const CHAPTER = 'src/content/chapters/2021-regional-care-report/care-markets.mdx';
const PAGE = '/2021-regional-care-report/care-markets/';
const PARA_1 = 'Across the country, there are significant and increasing costs for children’s residential and foster care.';
const PARA_2 = 'Children and young people’s outcomes should be the primary focus for all providers operating within the care system.';

const anchor = (id: string, text: string, line = 1) => ({ id, text, what: id, file: 'x.mdx', line });
const moves = (pages: [string, string][] = [], fragments: [string, string][] = []): Moves =>
  ({ pages: new Map(pages), fragments: new Map(fragments), lines: new Map([...pages.map(([from]) => `pages\0${from}`), ...fragments.map(([from]) => `fragments\0${from}`)].map((key) => [key, 3])) });

describe('excerpts and similarity', () => {
  it('remember the first twelve words without case or punctuation', () => {
    expect(excerpt('The ‘market’ is not a true market, and should be dismantled or radically overhauled now.'))
      .toBe('the market is not a true market and should be dismantled or');
  });
  it('treat a typo fix as the same text and a different paragraph as another', () => {
    const published = excerpt('Local authorities run residential and foster care well and more investment would pay off.');
    expect(similarity(published, excerpt('Local authorities run residential and foster care well, and more investment will pay off.'))).toBeGreaterThanOrEqual(0.5);
    expect(similarity(published, excerpt('The concept of a care market is fundamentally flawed.'))).toBeLessThan(0.5);
  });
});

describe('the registry', () => {
  const old: Registry = { pages: ['/', '/a/'], fragments: { '/a/': { 'para-1': 'first words here', 'para-2': 'second paragraph words' } } };
  it('never drops a published address and adds new ones', () => {
    const next = mergeRegistry(old, ['/', '/b/'], new Map([['/a/', [anchor('para-1', 'first words here')]]]));
    expect(next.pages).toEqual(['/', '/a/', '/b/']);
    expect(Object.keys(next.fragments['/a/']!)).toEqual(['para-1', 'para-2']);
  });
  it('refreshes the words of a small edit, keeps them for a rewrite unless accepted', () => {
    const now: PageAnchors = new Map([['/a/', [anchor('para-1', 'first words here now'), anchor('para-2', 'something else entirely')]]]);
    expect(mergeRegistry(old, [], now).fragments['/a/']).toEqual({ 'para-1': 'first words here now', 'para-2': 'second paragraph words' });
    expect(mergeRegistry(old, [], now, true).fragments['/a/']!['para-2']).toBe('something else entirely');
  });
});

describe('the check, on small inputs', () => {
  const registry: Registry = { pages: ['/a/', '/a/x.csv'], fragments: { '/a/': { 'para-1': 'one two three four', 'intro': 'introduction' } } };
  it('passes when every published anchor still holds its words', () => {
    const now: PageAnchors = new Map([['/a/', [anchor('para-1', 'One two three four.'), anchor('intro', 'Introduction')]]]);
    expect(checkFragments(registry, now, noMoves())).toEqual([]);
  });
  it('fails on a renamed heading and accepts it once declared as moved', () => {
    const now: PageAnchors = new Map([['/a/', [anchor('para-1', 'one two three four'), anchor('background', 'Background', 7)]]]);
    const [finding] = checkFragments(registry, now, noMoves());
    expect(finding?.rule).toBe('permalink-removed');
    expect(finding?.message).toContain('#intro (the heading “introduction”) on /a/ was published');
    expect(checkFragments(registry, now, moves([], [['/a/#intro', '/a/#background']]))).toEqual([]);
    expect(fragmentMovesFrom('/a/', moves([], [['/a/#intro', '/a/#background']]))).toEqual({ intro: '#background' });
  });
  it('refuses a declared move whose target does not exist or whose old anchor is still there', () => {
    const now: PageAnchors = new Map([['/a/', [anchor('para-1', 'one two three four'), anchor('intro', 'Introduction')]]]);
    const rules = checkFragments(registry, now, moves([], [['/a/#intro', '/a/#nowhere']])).map((f) => f.rule);
    expect(rules).toEqual(['move-target-missing', 'move-shadowed']);
  });
  it('fails on a page or file that is gone, and accepts a page declared as moved', () => {
    expect(checkPages(registry, new Set(['/a/']), noMoves()).map((f) => f.message)).toEqual(['/a/x.csv was published and this build no longer makes it: every link to it would break']);
    expect(checkPages({ pages: ['/a/'], fragments: {} }, new Set(['/a/', '/b/']), moves([['/a/', '/b/']]))).toEqual([]);
    expect(checkPages({ pages: ['/a/'], fragments: {} }, new Set(['/a/']), moves([['/a/', '/c/']])).map((f) => f.rule)).toEqual(['move-target-missing']);
  });
});

describe('the real report: three changes that would break published links', () => {
  let root: string;
  const original = readFileSync(join(ROOT, CHAPTER), 'utf8');
  const permalinkFindings = () => loadSiteContent(root).findings.filter((f) => /^(permalink-|page-removed|move-)/.test(f.rule)).map(formatFinding);
  const write = (file: string, text: string) => writeFileSync(join(root, file), text);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ne-permalinks-'));
    cpSync(join(ROOT, 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
    cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the committed registry matches the content as it is', () => {
    expect(permalinkFindings()).toEqual([]);
    const registry = JSON.parse(readFileSync(join(ROOT, 'src/content/permalinks.json'), 'utf8')) as Registry;
    expect(registry.pages).toContain(PAGE);
    expect(registry.pages).toContain('/recommendations/2021-14/');
    expect(registry.pages).toContain('/data/child-poverty-2020-21.csv');
    expect(registry.fragments[PAGE]!['para-2']).toBe(excerpt(PARA_2));
    expect(registry.fragments[PAGE]!['recommendation-14']).toBeDefined();
  });

  it('renaming a chapter fails, naming the page, until the move is declared', () => {
    renameSync(join(root, CHAPTER), join(root, CHAPTER.replace('care-markets', 'markets')));
    try {
      // Filed under the chapter's old file (its citation files go with it: one error, not three).
      expect(permalinkFindings()).toEqual([expect.stringMatching(/^src\/content\/chapters\/2021-regional-care-report\/care-markets\.mdx {2}page-removed {2}the chapter page \/2021-regional-care-report\/care-markets\/ was published \(with \d+ anchors\).*The new chapter src\/content\/chapters\/2021-regional-care-report\/markets\.mdx looks like it, renamed.*create src\/content\/moves\.yaml with the line {2}pages: {2}and under it, indented by two spaces, the line {2}\/2021-regional-care-report\/care-markets\/: \/2021-regional-care-report\/markets\/ /)]);
      write('src/content/moves.yaml', 'pages:\n  /2021-regional-care-report/care-markets/: /2021-regional-care-report/markets/\n');
      expect(permalinkFindings()).toEqual([]);
    } finally {
      rmSync(join(root, 'src/content/moves.yaml'), { force: true });
      renameSync(join(root, CHAPTER.replace('care-markets', 'markets')), join(root, CHAPTER));
    }
  });

  it('a chapter with another error (a misspelt component) gets no address errors: its addresses are checked once it is fixed', () => {
    const misspelt = original.replace('<Recommendation ', '<Recomendation ').replace('</Recommendation>', '</Recomendation>');
    expect(misspelt).not.toBe(original);
    write(CHAPTER, misspelt);
    try {
      const errors = loadSiteContent(root).findings.filter((f) => f.severity === 'error').map(formatFinding);
      expect(errors).toContainEqual(expect.stringMatching(/care-markets\.mdx:\d+:1 {2}unknown-component {2}<Recomendation>/));
      // Read with the typo, the chapter would lose recommendation 12's anchor: no advice to declare it moved.
      expect(permalinkFindings()).toEqual([]);
    } finally {
      write(CHAPTER, original);
    }
  });

  it('deleting a paragraph fails at the paragraph that took its number (the next one, two lines up), until {/* removed */} keeps the number', () => {
    write(CHAPTER, original.replace(/^Children and young people’s outcomes.*\n\n/m, ''));
    const findings = permalinkFindings();
    expect(findings[0]).toMatch(/^src\/content\/chapters\/2021-regional-care-report\/care-markets\.mdx:20:1 {2}permalink-changed {2}#para-2 \(paragraph 9\.2\) was published holding “children and young people s outcomes/);
    expect(findings[0]).toContain('{/* removed */}');
    write(CHAPTER, original.replace(/^Children and young people’s outcomes.*$/m, '{/* removed */}'));
    expect(permalinkFindings()).toEqual([]);
    const anchors = chapterAnchors(loadSiteContent(root)).get(PAGE)!;
    expect(anchors.find((a) => a.id === 'para-2')?.retired).toBe(true);
    expect(anchors.find((a) => a.id === 'para-3')?.text).toMatch(/^The way the children’s care market/);
    write(CHAPTER, original);
  });

  it('inserting a paragraph above fails, saying where the published words went, until {/* inserted */} numbers it 9.1a', () => {
    const added = 'A paragraph added after publication.';
    write(CHAPTER, original.replace(`${PARA_2}`, `${added}\n\n${PARA_2}`));
    const findings = permalinkFindings();
    expect(findings[0]).toMatch(/care-markets\.mdx:18:1 {2}permalink-changed {2}#para-2 \(paragraph 9\.2\) was published holding “children and young people s outcomes.*now holds “a paragraph added after publication…”; the published words are now at #para-3 \(paragraph 9\.3, line 20\)/);
    write(CHAPTER, original.replace(`${PARA_2}`, `{/* inserted */}\n\n${added}\n\n${PARA_2}`));
    expect(permalinkFindings()).toEqual([]);
    const blocks = loadSiteContent(root).chapters.find((c) => c.file === CHAPTER)!.extract.blocks;
    expect(blocks.slice(0, 3).map((b) => [b.id, b.label])).toEqual([['para-1', '9.1'], ['para-1a', '9.1a'], ['para-2', '9.2']]);
    expect(blocks[0]!.text.startsWith(PARA_1)).toBe(true);
    write(CHAPTER, original);
  });
});

describe('a published chapter keeps its number (9.12 stays 9.12)', () => {
  const SECOND = 'src/content/chapters/test-report/second.mdx';
  /** The fixture site, published (its registry written), then changed. */
  function published(changes: NonNullable<Parameters<typeof fixtureSite>[0]>) {
    const root = fixtureSite();
    const content = loadSiteContent(root);
    // As a build writes it: every page and file, every anchor, every chapter's number.
    writeRegistry(root, mergeRegistry(emptyRegistry(), [...contentPages(content)], chapterAnchors(content), false, chapterNumbers(content)));
    for (const c of changes) {
      if (c.content === null) rmSync(join(root, c.file));
      else writeFileSync(join(root, c.file), typeof c.content === 'function' ? c.content(readFileSync(join(root, c.file), 'utf8')) as string : c.content as string);
    }
    return loadSiteContent(root);
  }

  it('the registry records each chapter’s number', () => {
    const root = fixtureSite();
    const content = loadSiteContent(root);
    expect(mergeRegistry(emptyRegistry(), [], chapterAnchors(content), false, chapterNumbers(content)).chapters).toEqual({ '/test-report/first/': 1, '/test-report/second/': 2 });
  });

  it('changing its order is refused at the order line, with the fix', () => {
    const content = published([{ file: SECOND, content: (s) => s.replace('order: 2', 'order: 3') }]);
    expect(content.findings.map(formatFinding)).toEqual([`${SECOND}:3:1  permalink-renumbered  this chapter was published as chapter 2 (its paragraphs cited 2.1, 2.2…) and would now be chapter 3: every paragraph number, in its pages and the PDF, would change (2.12 becoming 3.12), and citations of them would point at the wrong text  (to move it in the contents and keep its numbers, add the line  number: 2  to its frontmatter and keep order: 3; or set order: 2 back. (Only if the publication itself renumbered its chapters, record it with  npm run permalinks -- --accept))`]);
  });

  it('with number: 2 it moves in the contents and its paragraphs keep their numbers', () => {
    const content = published([{ file: SECOND, content: (s) => s.replace('order: 2', 'order: 3\nnumber: 2') }]);
    expect(content.findings.map(formatFinding)).toEqual([]);
    expect(content.chapters.find((c) => c.slug === 'second')!.extract.blocks.map((b) => b.label)).toEqual(['2.1', '2.2', '2.3']);
  });

  it('a new chapter at its old order may not take its number too', () => {
    const NEW = 'src/content/chapters/test-report/new.mdx';
    const content = published([
      { file: SECOND, content: (s) => s.replace('order: 2', 'order: 3\nnumber: 2') },
      { file: NEW, content: '---\npublication: test-report\norder: 2\ntitle: New chapter\nshortTitle: New\nsummary: "New words."\n---\n\nNew words.\n' },
    ]);
    expect(content.findings.map(formatFinding)).toEqual([`${NEW}:3:1  duplicate-order  its paragraphs would be numbered 2.1, 2.2…, as those of ${SECOND} (number: 2), so citations of the two could not be told apart  (give this chapter a number no chapter of test-report has: add  number: 4  to its frontmatter)`]);
  });

  it('a deleted chapter is one error, whose first advice is to restore the file (not also a gap in the numbering, a dataset’s missing chapter, its numbered items’ pages or a moves.yaml to create first)', () => {
    const FIRST = 'src/content/chapters/test-report/first.mdx';
    const content = published([{ file: FIRST, content: null }]);
    expect(content.findings.map(formatFinding)).toEqual([expect.stringMatching(new RegExp(`^${FIRST}  page-removed  the chapter page /test-report/first/ was published \\(with \\d+ anchors\\) but no chapter makes it now, as ${FIRST} is gone: every link to it, and every citation of its paragraphs, would break  \\(if the file was deleted by mistake, restore it: undo the deletion, or run  git restore --source=HEAD --staged --worktree ${FIRST}; if you renamed it, .*; if you deleted it on purpose, send its readers to the publication’s contents page: create src/content/moves\\.yaml with the line  pages:  and under it, indented by two spaces, the line  /test-report/first/: /test-report/\\)$`))]);
  });
});
