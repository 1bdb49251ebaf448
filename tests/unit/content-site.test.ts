import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { contentSummary } from '../../src/lib/check/summary.ts';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURE, fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

afterAll(removeFixtureSites);

const FIRST = 'src/content/chapters/test-report/first.mdx';
const SECOND = 'src/content/chapters/test-report/second.mdx';

function errorsOf(root: string) {
  return loadSiteContent(root).findings.filter((f) => f.severity === 'error');
}

describe('the fixture site', () => {
  it('loads with no findings and extracts its recommendations and quotes', () => {
    const content = loadSiteContent(fixtureSite());
    expect(content.findings).toEqual([]);
    expect(content.chapters.map((c) => c.id)).toEqual(['test-report/first', 'test-report/second']);
    expect(content.recommendations.map((r) => [r.number, r.theme, r.chapter])).toEqual([
      [1, 'early-help', 'first'],
      [2, 'early-help', 'first'],
      [3, 'care-markets', 'second'],
    ]);
    expect(content.recommendations[1]!.chapterWording).toBe('Second, as the chapter words it.');
    expect(content.quotes.map((q) => q.by)).toEqual([
      'North East Director of Children’s Services',
      'North East secondary headteacher',
      'North East secondary headteacher',
    ]);
  });
});

describe('bad input names the file, the line and the fix', () => {
  const cases: { name: string; file: string; change: (old: string) => string; rule: string; line: number; says: RegExp }[] = [
    { name: 'missing title', file: FIRST, change: (s) => s.replace('title: First chapter\n', ''), rule: 'missing-field', line: 2, says: /"title" is missing/ },
    { name: 'order is not a number', file: FIRST, change: (s) => s.replace('order: 1', 'order: first'), rule: 'invalid-field', line: 3, says: /"order".*received "first"/ },
    { name: 'unknown theme', file: FIRST, change: (s) => s.replace('theme: early-help\n---', 'theme: early-years\n---'), rule: 'unknown-theme', line: 7, says: /"early-years".*not a theme/ },
    { name: 'unknown publication', file: SECOND, change: (s) => s.replace('publication: test-report', 'publication: other-report'), rule: 'publication-folder', line: 2, says: /folder "test-report"/ },
    { name: 'broken MDX tag', file: FIRST, change: (s) => s.replace('</Quote>', '</Quot>'), rule: 'mdx-syntax', line: 28, says: /MDX could not be read: Unexpected closing tag `<\/Quot>`/ },
    { name: 'unclosed component', file: SECOND, change: (s) => s.replace('</Recommendation>', ''), rule: 'mdx-syntax', line: 12, says: /closing tag for `<Recommendation>`/ },
    { name: 'unknown component', file: FIRST, change: (s) => s.replace('<Lead>', '<Intro>').replace('</Lead>', '</Intro>'), rule: 'unknown-component', line: 10, says: /<Intro> is not a component/ },
    { name: 'quote without attribution', file: SECOND, change: (s) => s.replace('<Quote by="North East secondary headteacher">\n\nIn 24 years of teaching, a', '<Quote>\n\nIn 24 years of teaching, a'), rule: 'quote-attribution', line: 24, says: /no attribution/ },
    { name: 'duplicate recommendation number', file: SECOND, change: (s) => s.replace('number={3}', 'number={2}'), rule: 'recommendation-duplicate', line: 21, says: /number 2 .*more than once.*first\.mdx:38.*second\.mdx:12/ },
    { name: 'gap in recommendation numbers', file: SECOND, change: (s) => s.replace('number={3}', 'number={4}'), rule: 'recommendation-gap', line: 12, says: /skip 3: this recommendation is number 4/ },
    { name: 'recommendation with unknown theme', file: SECOND, change: (s) => s.replace('theme="care-markets"', 'theme="care-market"'), rule: 'unknown-theme', line: 12, says: /recommendation 3 .*"care-market"/ },
    { name: 'no frontmatter', file: SECOND, change: (s) => s.replace(/^---[\s\S]*?---\n/, ''), rule: 'missing-frontmatter', line: 1, says: /no frontmatter/ },
    { name: 'bad YAML', file: FIRST, change: (s) => s.replace('title: First chapter', 'title: "First chapter'), rule: 'yaml-syntax', line: 4, says: /frontmatter/ },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const errors = errorsOf(fixtureSite([{ file: c.file, content: c.change }]));
      const match = errors.find((f) => f.rule === c.rule);
      expect(match, `expected a ${c.rule} error, got:\n${errors.map(formatFinding).join('\n')}`).toBeDefined();
      expect(formatFinding(match!)).toMatch(c.says);
      expect(match!.fix.length).toBeGreaterThan(10);
      if (c.rule === 'recommendation-duplicate') return;
      expect(match!.file).toBe(c.file);
      expect(match!.line).toBe(c.line);
    });
  }

  it('a publication file with a missing field names the field', () => {
    const errors = errorsOf(fixtureSite([{ file: 'src/content/publications/test-report.yaml', content: (s) => s.replace(/^summary:.*\n/m, '') }]));
    expect(errors.map(formatFinding).join('\n')).toMatch(/test-report\.yaml:1:1 {2}missing-field {2}field "summary" is missing/);
  });

  it('a publication may name no publisher, as a press release that names none', () => {
    const root = fixtureSite([{ file: 'src/content/publications/test-report.yaml', content: (s) => s.replace(/^publisher:.*\n/m, '') }]);
    expect(errorsOf(root)).toEqual([]);
    expect(loadSiteContent(root).publications.find((p) => p.id === 'test-report')?.publisher).toBeUndefined();
  });

  it('a theme with a bad colour names its line', () => {
    const errors = errorsOf(fixtureSite([{ file: 'src/content/themes.yaml', content: (s) => s.replace('"#a0362a"', '"red"') }]));
    expect(errors.map(formatFinding).join('\n')).toMatch(/themes\.yaml:14:1 {2}invalid-field {2}field "colour"/);
  });
});

describe('one mistake gives one error, not a cascade', () => {
  const rulesOf = (changes: Parameters<typeof fixtureSite>[0]) => errorsOf(fixtureSite(changes)).map((f) => `${f.file} ${f.rule}`);
  const misspelt = (s: string) => s.replace('<Recommendation number={3}', '<Recomendation number={3}').replace('</Recommendation>', '</Recomendation>');
  const broken = (s: string) => s.replace('</Quote>', '</Quot>');

  it('a misspelt <Recommendation> is not also a gap in the numbering', () => {
    expect(rulesOf([{ file: SECOND, content: misspelt }])).toEqual([`${SECOND} unknown-component`]);
  });

  it('a chapter that cannot be read is not also a missing chapter for the dataset that names it', () => {
    expect(rulesOf([{ file: FIRST, content: broken }])).toEqual([`${FIRST} mdx-syntax`]);
  });

  it('a misspelt attribute is not also a missing one, nor a gap in the numbering', () => {
    expect(rulesOf([{ file: SECOND, content: (s) => s.replace('theme="care-markets"', 'thme="care-markets"') }])).toEqual([`${SECOND} unknown-attribute`]);
    expect(rulesOf([{ file: SECOND, content: (s) => s.replace('number={3}', 'numbr={3}') }])).toEqual([`${SECOND} unknown-attribute`]);
    // A quote's speaker misspelt is not also a quote with no attribution.
    expect(rulesOf([{ file: FIRST, content: (s) => s.replace('<Quote by=', '<Quote bye=') }])).toEqual([`${FIRST} unknown-attribute`]);
  });

  it('a misspelt publication in a chapter is one error, not also numbering and dataset errors', () => {
    expect(rulesOf([{ file: FIRST, content: (s) => s.replace('publication: test-report', 'publication: test-reports') }])).toEqual([`${FIRST} publication-folder`]);
  });

  it('a number written twice is reported as a repeat, not also as a gap or a repeated anchor', () => {
    expect(rulesOf([{ file: SECOND, content: (s) => s.replace('number={3}', 'number={2}') }])).toEqual([`${FIRST} recommendation-duplicate`]);
  });

  it('a theme colour that text in it could not be read on is an error on its line', () => {
    const themes = 'src/content/themes.yaml';
    const line = readFileSync(join(FIXTURE, themes), 'utf8').split('\n').indexOf('  colour: "#a0362a"') + 1;
    const errors = errorsOf(fixtureSite([{ file: themes, content: (s) => s.replace('colour: "#a0362a"', 'colour: "#ccffcc"') }]));
    expect(errors.map(formatFinding)).toEqual([expect.stringMatching(new RegExp(`^src/content/themes\\.yaml:${line}:1  low-contrast  field "colour" \\("#ccffcc"\\) has a contrast of 1\\.\\d:1 with the light page, and theme text needs 4\\.5:1  \\(choose a darker colour`))]);
  });

  it('a theme whose entry has an error is not also unknown to the chapters and recommendations that name it', () => {
    const themes = 'src/content/themes.yaml';
    const errors = errorsOf(fixtureSite([{ file: themes, content: (s) => s.replace('colour: "#1f6b3a"', 'colour: #1f6b3a') }]));
    expect(errors.map((f) => `${f.file} ${f.rule}`)).toEqual([`${themes} invalid-field`]);
    expect(formatFinding(errors[0]!)).toMatch(/:6:1 {2}invalid-field {2}field "colour" is read as empty: in YAML a # starts a comment {2}\(put the colour in quotes: colour: "#1f6b3a"\)/);
  });

  it('a press-room quote in a chapter with an error waits for the fix; one in a renamed chapter is pointed to its new name', () => {
    const ref = loadSiteContent(fixtureSite()).quotes.filter((q) => q.chapter === 'second').map((q) => `test-report/second#${q.anchor}`)[0]!;
    const press = { file: 'src/content/press.yaml', content: `featuredQuotes:\n  - ${ref}\n` };
    expect(rulesOf([press])).toEqual([]);
    expect(rulesOf([press, { file: SECOND, content: misspelt }])).toEqual([`${SECOND} unknown-component`]);
    const second = readFileSync(join(FIXTURE, SECOND), 'utf8');
    const renamed = errorsOf(fixtureSite([press, { file: SECOND, content: null }, { file: SECOND.replace('second', 'second-part'), content: second },
      { file: 'src/content/moves.yaml', content: 'pages:\n  /test-report/second/: /test-report/second-part/\n' }]));
    expect(renamed.map(formatFinding)).toEqual([`src/content/press.yaml:2:1  unknown-quote  "${ref}" names the chapter "test-report/second", which moved to "test-report/second-part" (src/content/moves.yaml)  (write "${ref.replace('/second#', '/second-part#')}")`]);
  });

  it('a chapter that cannot be read is not also a broken link in the chapters that link to it', () => {
    const linking = (s: string) => `${s.trimEnd()}\n\nSee [the first chapter](/test-report/first/).\n`;
    expect(rulesOf([{ file: FIRST, content: broken }, { file: SECOND, content: linking }])).toEqual([`${FIRST} mdx-syntax`]);
    // Once it is fixed, the links are checked again.
    expect(rulesOf([{ file: SECOND, content: (s) => linking(s).replace('/test-report/first/', '/test-report/frist/') }])).toEqual([`${SECOND} broken-link`]);
  });
});

describe('loading the content again (as astro dev does after a save)', () => {
  it('reads an unchanged chapter from memory, a changed one afresh, and reports its errors every time', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = fixtureSite();
    const before = loadSiteContent(root);
    const file = join(root, SECOND);
    writeFileSync(file, readFileSync(file, 'utf8').replace('order: 2', 'order: second'));
    const broken = loadSiteContent(root);
    const first = before.chapters.find((c) => c.id === 'test-report/first');
    expect(first).toBeDefined();
    expect(broken.chapters.find((c) => c.id === 'test-report/first')).toBe(first);
    expect(broken.findings.filter((f) => f.file === SECOND).map((f) => f.rule)).toEqual(['invalid-field']);
    // Unchanged and still broken: the same error, not silence.
    expect(loadSiteContent(root).findings.filter((f) => f.file === SECOND).map((f) => f.rule)).toEqual(['invalid-field']);
    writeFileSync(file, readFileSync(file, 'utf8').replace('order: second', 'order: 2').replace('title: Second chapter', 'title: Second chapter, retitled'));
    const fixed = loadSiteContent(root);
    expect(fixed.findings).toEqual([]);
    expect(fixed.chapters.find((c) => c.id === 'test-report/second')?.data.title).toBe('Second chapter, retitled');
  });
});

describe('the chapter cache between builds', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { chapterCacheAt, checkerCodeHash } = await import('../../src/lib/load/chapter-cache.ts');
  type Cache = ReturnType<typeof chapterCacheAt>;
  /** The cache, counting the chapters it gave back. */
  const counting = (cache: Cache): Cache & { hits: number } => {
    const counted = { ...cache, hits: 0 };
    counted.get = (path, source) => {
      const value = cache.get(path, source);
      if (value !== undefined) counted.hits += 1;
      return value;
    };
    return counted;
  };
  const cacheFile = (): string => join(mkdtempSync(join(tmpdir(), 'ne-chapter-cache-')), 'chapters.json');

  it('gives a later build every unchanged chapter, exactly as checking it gave', () => {
    const file = cacheFile();
    const first = chapterCacheAt(file, 'code-1');
    const fresh = loadSiteContent(fixtureSite(), { cache: first });
    first.save();
    // Another copy of the site, as a later build in a new process sees it: nothing is in memory.
    const cache = counting(chapterCacheAt(file, 'code-1'));
    const cached = loadSiteContent(fixtureSite(), { cache });
    expect(cache.hits).toBe(2);
    expect(cached.chapters).toEqual(fresh.chapters);
    expect(cached.recommendations).toEqual(fresh.recommendations);
    expect(cached.quotes).toEqual(fresh.quotes);
    expect(cached.findings).toEqual([]);
  });

  it('reads a changed chapter again, and keeps reporting a broken one’s errors', () => {
    const file = cacheFile();
    const broken = [{ file: SECOND, content: (s: string) => s.replace('<Quote by="North East secondary headteacher">\n\nIn 24 years of teaching, a', '<Quote>\n\nIn 24 years of teaching, a') }];
    const first = chapterCacheAt(file, 'code-1');
    loadSiteContent(fixtureSite(), { cache: first });
    first.save();
    const second = counting(chapterCacheAt(file, 'code-1'));
    const errors = loadSiteContent(fixtureSite(broken), { cache: second }).findings.map((f) => `${f.file}:${f.line} ${f.rule}`);
    second.save();
    expect(second.hits).toBe(1);
    expect(errors).toEqual([`${SECOND}:24 quote-attribution`]);
    const third = counting(chapterCacheAt(file, 'code-1'));
    expect(loadSiteContent(fixtureSite(broken), { cache: third }).findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(errors);
    expect(third.hits).toBe(2);
  });

  it('is ignored when the checker’s code changed, or when the file cannot be read', () => {
    const file = cacheFile();
    const first = chapterCacheAt(file, 'code-1');
    loadSiteContent(fixtureSite(), { cache: first });
    first.save();
    const otherCode = counting(chapterCacheAt(file, 'code-2'));
    expect(loadSiteContent(fixtureSite(), { cache: otherCode }).findings).toEqual([]);
    expect(otherCode.hits).toBe(0);
    writeFileSync(file, '{ "code": "code-1", "entries": ');
    const unreadable = counting(chapterCacheAt(file, 'code-1'));
    expect(loadSiteContent(fixtureSite(), { cache: unreadable }).findings).toEqual([]);
    expect(unreadable.hits).toBe(0);
    unreadable.save();
    const rewritten = counting(chapterCacheAt(file, 'code-1'));
    loadSiteContent(fixtureSite(), { cache: rewritten });
    expect(rewritten.hits).toBe(2);
  });

  it('knows the checker’s code changed when any file under src/lib or src/schemas does', () => {
    const root = mkdtempSync(join(tmpdir(), 'ne-code-'));
    mkdirSync(join(root, 'src/lib/mdx'), { recursive: true });
    mkdirSync(join(root, 'src/schemas'), { recursive: true });
    writeFileSync(join(root, 'src/lib/mdx/extract.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/schemas/chapter.ts'), 'export const b = 1;\n');
    const before = checkerCodeHash(root);
    expect(checkerCodeHash(root)).toBe(before);
    writeFileSync(join(root, 'src/lib/mdx/extract.ts'), 'export const a = 2;\n');
    const afterLib = checkerCodeHash(root);
    expect(afterLib).not.toBe(before);
    writeFileSync(join(root, 'src/schemas/chapter.ts'), 'export const b = 2;\n');
    expect(checkerCodeHash(root)).not.toBe(afterLib);
    // By default, the code running now: this project's.
    expect(checkerCodeHash()).toBe(checkerCodeHash(process.cwd()));
  });
});

describe('publication dates', () => {
  const PUBLICATION = 'src/content/publications/test-report.yaml';
  const withDate = (date: string) => errorsOf(fixtureSite([{ file: PUBLICATION, content: (s) => s.replace('date: "2021-07"', `date: "${date}"`) }]));

  it.each(['2021-13', '2021-00', '2021-02-30', '2023-02-29', '2021-07-00'])('"%s" has the shape of a date but names none: an error on the date line', (date) => {
    const dateErrors = withDate(date).filter((f) => f.file === PUBLICATION);
    expect(dateErrors.map(formatFinding)).toEqual([expect.stringMatching(/test-report\.yaml:4:1 {2}invalid-field {2}field "date" must be a real date: months run from 01 to 12/)]);
  });

  it.each(['2021', '2021-12', '2024-02-29', '2021-07-31'])('"%s" is a real date', (date) => {
    expect(withDate(date).map(formatFinding)).toEqual([]);
  });
});

describe('a publication whose YAML has an error', () => {
  it('gets its own error alone: its chapters are not also told their publication does not exist', () => {
    const PUBLICATION = 'src/content/publications/test-report.yaml';
    const errors = errorsOf(fixtureSite([{ file: PUBLICATION, content: (s) => s.replace('date: "2021-07"', 'date: "July 2021"') }])).map(formatFinding);
    expect(errors).toEqual([expect.stringMatching(/^src\/content\/publications\/test-report\.yaml:4:1 {2}invalid-field {2}field "date" must be a date as yyyy, yyyy-mm or yyyy-mm-dd/i)]);
  });
});

describe('schema errors in an editor’s words', () => {
  const PUBLICATION = 'src/content/publications/test-report.yaml';
  const errorFor = (from: string, to: string) => errorsOf(fixtureSite([{ file: PUBLICATION, content: (s) => s.replace(from, to) }])).map(formatFinding).filter((f) => f.startsWith(PUBLICATION));

  it.each([
    ['shortTitle: Test report', 'shortTitle: A short title that has grown far too long to fit', /field "shortTitle" is 48 characters long: it must be 40 or fewer/],
    ['title: Test report', 'title:', /field "title" is empty: it must be text \(received null\)/],
    ['order: 1', 'order: one', /field "order" must be a number, not text \(received "one"\)/],
    ['order: 1', 'order: 1.5', /field "order" must be a whole number, not a number with decimals/],
    ['order: 1', 'order: 1\nformat: book', /unknown-format {2}field "format" is "book", which is not one of the formats in src\/content\/site\.yaml {2}\(use one of: report, slides, press-release, or add it under formats: in src\/content\/site\.yaml\)/],
    ['summary: "A summary."', 'summary: ""', /field "summary" is empty/],
  ])('%s → %s', (from, to, message) => {
    expect(errorFor(from, to)).toEqual([expect.stringMatching(message)]);
  });
});

describe('a chapter’s summary', () => {
  it('must be the chapter’s own words: a note number left in it is an error on the summary line', () => {
    const errors = errorsOf(fixtureSite([{ file: FIRST, content: (s) => s.replace('summary: "Poverty is stark, shameful and obvious."', 'summary: "Poverty is stark, shameful and obvious.14."') }])).map(formatFinding);
    expect(errors).toEqual([expect.stringMatching(/^src\/content\/chapters\/test-report\/first\.mdx:6:1 {2}summary-not-in-chapter {2}the summary is not word for word in the chapter’s text/)]);
  });

  it('may differ from the text in case and punctuation only', () => {
    expect(errorsOf(fixtureSite([{ file: FIRST, content: (s) => s.replace('summary: "Poverty is stark, shameful and obvious."', 'summary: "poverty is stark – shameful and obvious"') }])).map(formatFinding)).toEqual([]);
  });
});

describe('a file not saved as UTF-8, and a byte-order mark', () => {
  const DATASET = 'data/datasets/fixture-poverty.json';
  const PUBLICATION = 'src/content/publications/test-report.yaml';
  const original = (file: string): string => readFileSync(join(FIXTURE, file), 'utf8');
  const utf16 = (text: string, bom: boolean): Uint8Array => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
  /** Windows-1252 for the text's characters: ’ is 0x92 there, and ASCII is itself. */
  const windows1252 = (text: string): Uint8Array => Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c === '“' ? 0x93 : c === '”' ? 0x94 : c.charCodeAt(0))));
  const SAVE = /\(save this file as UTF-8 and check again: in most editors, “Save with encoding” or “Save as…” and the encoding UTF-8/;

  it.each([
    ['a chapter in UTF-16 with a byte-order mark (Notepad’s “Unicode”)', FIRST, utf16(original(FIRST), true), /first\.mdx {2}file-encoding {2}the file is saved as UTF-16 \(“Unicode” in some editors\), not UTF-8 {2}/],
    ['a chapter in UTF-16 without one', FIRST, utf16(original(FIRST), false), /first\.mdx {2}file-encoding {2}the file is saved as UTF-16 .*every other byte is a NUL {2}/],
    ['a dataset in UTF-16', DATASET, utf16(original(DATASET), true), /fixture-poverty\.json {2}file-encoding {2}the file is saved as UTF-16/],
    ['a publication’s YAML in UTF-16', PUBLICATION, utf16(original(PUBLICATION), false), /test-report\.yaml {2}file-encoding {2}the file is saved as UTF-16/],
  ])('%s: one error at the file, saying to save it as UTF-8', (_name, file, bytes, message) => {
    const errors = errorsOf(fixtureSite([{ file, content: bytes }])).map(formatFinding);
    expect(errors).toEqual([expect.stringMatching(message)]);
    expect(errors[0]).toMatch(SAVE);
  });

  it('a chapter in Windows-1252: the error names the line of the first character that is not UTF-8, and what it is', () => {
    const line = original(FIRST).split('\n').findIndex((l) => l.includes('’')) + 1;
    const errors = errorsOf(fixtureSite([{ file: FIRST, content: windows1252(original(FIRST)) }])).map(formatFinding);
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^src/content/chapters/test-report/first\\.mdx:${line}:1 {2}file-encoding {2}the file is not saved as UTF-8: this line has the byte 0x92, which in Windows-1252 \\(“ANSI”\\) is “’” {2}`))]);
  });

  it.each([FIRST, DATASET, PUBLICATION, 'src/content/themes.yaml', 'src/content/site.yaml'])('a UTF-8 byte-order mark at the start of %s is fine', (file) => {
    const content = loadSiteContent(fixtureSite([{ file, content: (s) => `\uFEFF${s}` }]));
    expect(content.findings.map(formatFinding)).toEqual([]);
    expect(content.datasets.map((d) => d.id)).toEqual(['fixture-poverty']);
  });
});

describe('YAML mistakes: which character, and how to fix it', () => {
  const PUBLICATION = 'src/content/publications/test-report.yaml';
  it.each([
    ['a tab in the indentation of a publication file', PUBLICATION, (s: string) => s.replace('shortTitle:', '\tshortTitle:'), 'test-report.yaml:2:1  yaml-syntax  this line is indented with a tab: YAML indents with spaces only  (delete the tab: this field starts at the left margin, like “title” above it)'],
    ['a tab before a chapter’s top-level field', FIRST, (s: string) => s.replace('order: 1', '\torder: 1'), 'first.mdx:3:1  yaml-syntax  frontmatter: this line is indented with a tab: YAML indents with spaces only  (delete the tab: this field starts at the left margin, like “publication” above it)'],
    ['a tab before a field of a list item', FIRST, (s: string) => s.replace('theme: early-help', 'theme: early-help\ncorrections:\n  - date: 2021-01-01\n\tnote: "A typo."'), 'first.mdx:10:1  yaml-syntax  frontmatter: this line is indented with a tab: YAML indents with spaces only  (replace the tab with 4 spaces, so that this field starts where “date” above it does)'],
    ['a top-level field indented with spaces (the tab replaced as told before)', FIRST, (s: string) => s.replace('order: 1', '  order: 1'), 'first.mdx:3:1  yaml-syntax  frontmatter: this line is indented under “publication”, which has its value already, so YAML cannot read “order” as a field  (remove the spaces at the start of the line: “order” starts at the left margin, like “publication”)'],
    ['“: ” inside a value of the frontmatter', FIRST, (s: string) => s.replace('title: First chapter', 'title: First chapter: the context'), 'first.mdx:4:21  yaml-syntax  frontmatter: the value of "title" holds “: ” (after “First chapter”), which YAML reads as the start of another field  (put the whole value in double quotes: title: "First chapter: the context")'],
    ['an apostrophe inside a value in single quotes', PUBLICATION, (s: string) => s.replace('rights: "No licence stated."', "rights: 'The authors' rights.'"), `test-report.yaml:8:9  yaml-syntax  the value of "rights" ends at its closing ' but the line goes on (an apostrophe inside ‘…’ ends the value)  (write it in double quotes: rights: "The authors' rights.")`],
  ])('%s', (_name, file, change, shown) => {
    expect(errorsOf(fixtureSite([{ file, content: change }])).map(formatFinding)).toEqual([`${file.replace(/[^/]+$/, '')}${shown}`]);
  });
});

describe('a number written as text in a dataset', () => {
  it.each([
    ['"40,000"', '40000', 'quotes or commas'],
    ['"39%"', '39', 'quotes or a % sign'],
    ['"£15,000"', '15000', 'quotes, commas or a currency sign'],
    ['"37"', '37', 'quotes'],
  ])('%s: the number to write instead, at its line', (written, number, without) => {
    const file = 'data/datasets/fixture-poverty.json';
    const root = fixtureSite([{ file, content: (s) => s.replace('[26, 37]', `[26, ${written}]`) }]);
    const line = readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => l.includes(written)) + 1;
    const found = loadSiteContent(root).findings.filter((f) => f.file === file);
    expect(found.map(formatFinding)).toEqual([expect.stringContaining(`${file}:${line}:1  invalid-field  `)]);
    expect(found[0]!.fix).toBe(`write ${number}: a number is digits alone, without ${without} (the dataset's "unit" says what it counts)`);
  });
});

describe('the check’s summary line', () => {
  it('counts only what was read, says how much was not, and says “1 dataset”, not “1 datasets”', () => {
    expect(contentSummary(loadSiteContent(fixtureSite()))).toBe('1 publication, 2 chapters, 3 numbered items, 3 quotes, 1 dataset');
    const broken = loadSiteContent(fixtureSite([{ file: 'data/datasets/fixture-poverty.json', content: (s) => s.replace('[26, 37]', '[26, 39%]') }]));
    expect(contentSummary(broken)).toBe('1 publication, 2 chapters, 3 numbered items, 3 quotes, 0 datasets; 1 dataset not counted, because of its errors');
    const two = loadSiteContent(fixtureSite([{ file: FIRST, content: (s) => s.replace('</Quote>', '</Quot>') }, { file: 'data/datasets/fixture-poverty.json', content: (s) => s.replace('"unit": "percent"', '"unit": 5') }]));
    expect(contentSummary(two)).toBe('1 publication, 1 chapter, 1 numbered item, 2 quotes, 0 datasets; 1 chapter and 1 dataset not counted, because of their errors');
  });
});

describe('npm run check -- --numbers <chapter>: the paragraph numbers the MDX does not show', () => {
  it('lists each numbered block with its line, number and first words, and the headings between them', () => {
    const root = fixtureSite([{ file: FIRST, content: (s) => s.replace('Text with a note', '{/* inserted */}\n\nAn added paragraph.\n\n{/* inserted */}\n\n- Short one.\n- Short two.\n\nText with a note') }]);
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--numbers', FIRST, root], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const source = readFileSync(join(root, FIRST), 'utf8').split('\n');
    const line = (needle: string) => String(source.findIndex((l) => l.startsWith(needle)) + 1).padStart(2);
    expect(result.stdout.trim().split('\n')).toEqual([
      'src/content/chapters/test-report/first.mdx: chapter 1, “First chapter”. Each numbered block, as readers see and cite it (line, number, first words):',
      `  ${line('Opening words.')}  1.1     Opening words.`,
      `  ${line('## Context')}  ## Context`,
      `  ${line('An added paragraph.')}  1.1a    An added paragraph.`,
      // A list's items apart, as readers read them, not run together ("Short one.Short two.").
      `  ${line('- Short one.')}  1.1b    (list) Short one. Short two.`,
      // Its note where it stands, as the reader sees it.
      `  ${line('Text with a note')}  1.2     Text with a note[1].`,
      `  ${line('Child poverty rose')}  1.3     Child poverty rose from 26% to 37% in the region,…`,
      `  ${line('<Quote')}  1.4     (quote) Poverty is stark, shameful and obvious.`,
      `  ${line('## Recommendations')}  ## Recommendations`,
      `  ${line('<Recommendation number={1}')}  1.5     (numbered item) First recommendation.`,
      `  ${line('<Recommendation number={2}')}  1.6     (numbered item) Second recommendation.`,
    ]);
  });

  it('a chapter that does not exist is named, with an example of one that does', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--numbers', 'test-report/third', fixtureSite()], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('There is no chapter test-report/third. Name its file, e.g. src/content/chapters/test-report/first.mdx');
  });
});
