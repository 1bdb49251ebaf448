import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE, fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

afterAll(removeFixtureSites);

const FIRST = 'src/content/chapters/test-report/first.mdx';

/** Append a paragraph at the end of the first chapter and return the findings for that line. */
function lint(paragraph: string) {
  const root = fixtureSite([{ file: FIRST, content: (s) => `${s}\n${paragraph}\n` }]);
  return loadSiteContent(root).findings.filter((f) => f.file === FIRST);
}

describe('content lint rules', () => {
  it.each([
    ['placeholder-link', 'error', 'See [the submission](#) for more.', /the link “the submission” goes nowhere/],
    ['placeholder-link', 'error', 'See [the submission]() for more.', /goes nowhere/],
    ['link-text-mismatch', 'error', 'Source: [endchildpoverty.org.uk/child-poverty](https://www.bbc.com/news/health-58111111)', /looks like a web address but the link goes to https:\/\/www\.bbc\.com/],
    ['broken-link', 'error', 'See [the report](/2021-regional-care-report/no-such-chapter/).', /goes to a page that does not exist/],
    ['broken-fragment', 'error', 'See [context](/test-report/second/#no-such-heading).', /anchor #no-such-heading, which is not on that page/],
    ['broken-fragment', 'error', 'See [above](#nowhere).', /#nowhere/],
    ['repeated-word', 'warning', 'A paradigm paradigm shift is needed.', /the word “paradigm” is repeated/],
    ['unbalanced-quotes', 'warning', 'He said “this is unfinished.', /opens 1 and closes 0/],
    ['image-alt', 'error', '![](chart.png)', /has no alt text/],
    ['relative-link', 'error', 'See [care markets](care-markets) too.', /goes to "care-markets", which is not a full address .*starting with \//],
    ['relative-link', 'error', 'See [the data](../data/) too.', /goes to "\.\.\/data\/"/],
    ['code-in-text', 'error', 'The {curly} word.', /“\{curly\}” would be run as code.*write \\\{curly\\\}/],
    ['code-in-text', 'error', '{1 + 1}', /“\{1 \+ 1\}” would be run as code/],
    ['unknown-attribute', 'error', '<Quote by="A parent" bye="x">\n\nWords.\n\n</Quote>', /<Quote> has no attribute "bye" .*did you mean "by"\?/],
    ['unknown-attribute', 'error', '<Recommendation number={3} theme="early-help" chapterwording="As the chapter words it.">\n\nThird.\n\n</Recommendation>', /has no attribute "chapterwording" .*did you mean "chapterWording"\?/],
    ['unknown-attribute', 'error', '<Lead class="big">\n\nWords.\n\n</Lead>', /<Lead> has no attribute "class" \(it takes no attributes\).*remove it/],
  ] as const)('%s (%s): %s', (rule, severity, paragraph, message) => {
    const found = lint(paragraph).filter((f) => f.rule === rule);
    expect(found, lint(paragraph).map(formatFinding).join('\n')).toHaveLength(1);
    expect(found[0]!.severity).toBe(severity);
    expect(formatFinding(found[0]!)).toMatch(message);
    expect(found[0]!.line).toBeGreaterThan(30);
  });

  it('accepts good links: to a chapter, to a heading on another chapter, to a note on this page', () => {
    const findings = lint('See [the second chapter](/test-report/second/), [its recommendations](/test-report/second/#recommendations), [note 1](#note-1), [the source](https://example.org/) and [the office](mailto:office@example.org).');
    expect(findings.map(formatFinding)).toEqual([]);
  });

  it('accepts braces holding only comments, and braces written as text', () => {
    expect(lint('{/* a note to other editors */}\n\nWords in \\{braces\\} as the source prints them.').map(formatFinding)).toEqual([]);
  });

  it('accepts a quotation running over several paragraphs', () => {
    expect(lint('“The first paragraph of a long statement.\n\n“And its end.”').map(formatFinding)).toEqual([]);
  });

  it('a finding can be silenced for one line with a lint-ignore comment', () => {
    const findings = lint('{/* lint-ignore repeated-word */}\nA paradigm paradigm shift is needed.');
    expect(findings.filter((f) => f.rule === 'repeated-word')).toEqual([]);
    const other = lint('{/* lint-ignore unbalanced-quotes */}\nA paradigm paradigm shift is needed.');
    expect(other.filter((f) => f.rule === 'repeated-word')).toHaveLength(1);
  });

  it('only the prose warnings can be silenced: a comment naming another rule is a warning at its line, and silences nothing', () => {
    const findings = lint('{/* lint-ignore change-without-note, heading-skip */}\n#### A heading two levels down');
    const refused = findings.filter((f) => f.rule === 'silence-refused');
    expect(refused.map((f) => f.message)).toEqual([
      '“lint-ignore change-without-note” silences nothing: only repeated-word and unbalanced-quotes can be silenced',
      '“lint-ignore heading-skip” silences nothing: only repeated-word and unbalanced-quotes can be silenced',
    ]);
    expect(refused[0]!.fix).toContain('corrections:');
    const source = readFileSync(join(FIXTURE, FIRST), 'utf8').split('\n').length;
    expect(refused.map((f) => f.line)).toEqual([source + 1, source + 1]);
    expect(findings.filter((f) => f.rule === 'heading-skip')).toHaveLength(1);
  });
});

describe('duplicate anchors', () => {
  it('two quotes with the same opening words get distinct anchors, so no duplicate-id is reported', () => {
    const root = fixtureSite([{ file: FIRST, content: (s) => `${s}\n<Quote by="North East Director of Children’s Services">\n\nPoverty is stark, shameful and obvious.\n\n</Quote>\n` }]);
    const content = loadSiteContent(root);
    expect(content.findings.filter((f) => f.rule === 'duplicate-id')).toEqual([]);
    const anchors = content.chapters[0]!.extract.quotes.map((q) => q.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
  it('a heading whose slug collides with a reserved page anchor is renamed, not duplicated', () => {
    const root = fixtureSite([{ file: FIRST, content: (s) => `${s}\n## Notes\n\nText.\n` }]);
    const content = loadSiteContent(root);
    expect(content.findings.filter((f) => f.rule === 'duplicate-id')).toEqual([]);
    expect(content.chapters[0]!.extract.headings.map((h) => h.id)).toContain('notes-1');
  });
});

describe('mistakes that were published without a word', () => {
  const SECOND = 'src/content/chapters/test-report/second.mdx';
  const shown = (changes: Parameters<typeof fixtureSite>[0]) => loadSiteContent(fixtureSite(changes)).findings.map(formatFinding);
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('a heading that skips a level (## then ####), at its line, with the level to write', () => {
    const findings = lint('#### Too deep\n\nText.');
    expect(findings.map(formatFinding)).toEqual([expect.stringMatching(/^src\/content\/chapters\/test-report\/first\.mdx:\d+:1 {2}heading-skip {2}“#### Too deep” is 2 levels below “## Recommendations” above it, so the page’s outline skips a level \(screen readers list headings by level\) {2}\(write ### Too deep, the level just below “## Recommendations”, or ## if it starts a new section\)$/)]);
    expect(findings[0]!.line).toBe(44);
  });

  it('### after ##, ## after ####, and ### inside a <Panel> (whose title is a ## heading) skip nothing', () => {
    expect(lint('### A sub-section\n\n#### Below it\n\n## A new section\n\n<Panel title="At a glance">\n\n### Inside\n\nText.\n\n</Panel>').map(formatFinding)).toEqual([]);
  });

  it('an image whose file is not in public/, with the name it likely meant', () => {
    const root = fixtureSite([{ file: 'public/images/waiting-times.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }, { file: FIRST, content: (s) => `${s}\n![Waiting times by district](/images/waiting-time.png)\n` }]);
    expect(loadSiteContent(root).findings.map(formatFinding)).toEqual(['src/content/chapters/test-report/first.mdx:44:1  missing-image  the image /images/waiting-time.png is not in public/ (there is no file public/images/waiting-time.png)  (did you mean /images/waiting-times.png?)']);
    const fixed = fixtureSite([{ file: 'public/images/waiting-times.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }, { file: FIRST, content: (s) => `${s}\n![Waiting times by district](/images/waiting-times.png)\n` }]);
    expect(loadSiteContent(fixed).findings.map(formatFinding)).toEqual([]);
  });

  it.each([
    ['an image on another site', '![A map](https://example.org/map.png)', 'the image https://example.org/map.png is on another site, which the site’s pages never load from (readers’ privacy, and the image may change or go)  (save it in public/images/ and write ![A map](/images/map.png))'],
    ['an image written without the / of an address from the root', '![A map](map.png)', 'the image “map.png” is not an address from the site’s root, so each page would look for it in another place  (put the file in public/images/ and write ![A map](/images/map.png))'],
  ])('%s', (_name, paragraph, message) => {
    expect(lint(paragraph).map(formatFinding)).toEqual([`src/content/chapters/test-report/first.mdx:44:1  missing-image  ${message}`]);
  });

  it('an image over 500 KB is a warning', () => {
    const root = fixtureSite([{ file: 'public/images/photo.jpg', content: new Uint8Array(600 * 1024) }, { file: FIRST, content: (s) => `${s}\n![The launch event](/images/photo.jpg)\n` }]);
    const findings = loadSiteContent(root).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([['large-image', 'warning', 44]]);
  });

  it('two chapters of a publication with the same title: an error at the second one’s title line', () => {
    const second = readFileSync(join(FIXTURE, SECOND), 'utf8').replace('title: Second chapter', 'title: First  Chapter');
    expect(shown([{ file: SECOND, content: second }])).toEqual([`${SECOND}:${lineOf(second, 'title: First')}:1  duplicate-title  field "title" is “First  Chapter”, as in src/content/chapters/test-report/first.mdx (line 4): readers could not tell the two chapters apart  (give each chapter of test-report its own title, as the printed document heads it)`]);
  });

  it.each([
    ['a chapter saved as .md', 'src/content/chapters/test-report/third.md', 'third.md is not read: only .mdx files are chapters, so this one would never be published  (if it is a chapter, rename it to third.mdx; if not, move it out of src/content/chapters/)'],
    ['another file among the chapters', 'src/content/chapters/test-report/notes.docx', 'notes.docx is not a chapter, and files here are not published  (move it out of src/content/chapters/ (images go in public/images/))'],
  ])('%s: an error naming the file', (_name, file, message) => {
    expect(shown([{ file, content: '---\ntitle: Third\n---\n\nText.\n' }])).toEqual([`${file}  stray-file  ${message}`]);
  });
});

describe('a link or theme that does not exist: the likely one, where there is one', () => {
  const findingOf = (rule: string, paragraph: string) => lint(paragraph).find((f) => f.rule === rule)!;
  it('a chapter’s address misspelt, or shortened to part of its name', () => {
    expect(findingOf('broken-link', 'See [the second](/test-report/secnd/).').fix).toBe('did you mean /test-report/second/? Write the address as the page shows it in the browser’s address bar');
    expect(findingOf('broken-link', 'See [it](/test-report/sec/#para-2).').fix).toMatch(/^did you mean \/test-report\/second\/#para-2\?/);
    expect(findingOf('broken-link', 'See [it](/nothing-like-it/).').fix).toMatch(/^check the address: copy it from the browser’s address bar/);
  });
  it('a recommendation’s misspelt theme', () => {
    const root = fixtureSite([{ file: 'src/content/chapters/test-report/second.mdx', content: (s) => s.replace('theme="care-markets"', 'theme="care-market"') }]);
    const found = loadSiteContent(root).findings.find((f) => f.rule === 'unknown-theme')!;
    expect(found.fix).toMatch(/^did you mean "care-markets"\? The ones there are: /);
  });
});
