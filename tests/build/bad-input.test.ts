/**
 * The bad-input suite: each broken input makes `npm run build` exit non-zero with a message naming
 * the file (and line) and what to do, and leaves the last good dist/ exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, fixtureProject, remove, treeHash } from './helpers.ts';

const FIRST = 'src/content/chapters/test-report/first.mdx';
const SECOND = 'src/content/chapters/test-report/second.mdx';
const DATASET = 'data/datasets/fixture-poverty.json';
const PUBLICATION = 'src/content/publications/test-report.yaml';
const THEMES = 'src/content/themes.yaml';

/** The change: new text, or bytes for a file saved in another encoding. */
interface Case { name: string; file: string; change: (s: string) => string | Uint8Array; expect: RegExp }

const utf16 = (text: string, bom: boolean): Uint8Array => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
/** The text as Windows-1252 would save it: ’ is the byte 0x92 (the fixture's other characters are ASCII). */
const windows1252 = (text: string): Uint8Array => Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));

const cases: Case[] = [
  { name: 'frontmatter field missing', file: FIRST, change: (s) => s.replace('title: First chapter\n', ''), expect: /first\.mdx:2:1 {2}missing-field {2}field "title" is missing/ },
  { name: 'frontmatter value of the wrong kind', file: FIRST, change: (s) => s.replace('order: 1', 'order: one'), expect: /first\.mdx:3:1 {2}invalid-field {2}field "order"/ },
  { name: 'frontmatter YAML broken', file: FIRST, change: (s) => s.replace('title: First chapter', 'title: "First chapter'), expect: /first\.mdx:4:\d+ {2}yaml-syntax/ },
  { name: 'no frontmatter', file: SECOND, change: (s) => s.replace(/^---[\s\S]*?---\n/, ''), expect: /second\.mdx:1:1 {2}missing-frontmatter/ },
  { name: 'unknown theme', file: FIRST, change: (s) => s.replace('theme: early-help\n---', 'theme: early-years\n---'), expect: /first\.mdx:7:1 {2}unknown-theme/ },
  { name: 'unknown publication', file: SECOND, change: (s) => s.replace('publication: test-report', 'publication: another-report'), expect: /second\.mdx:2:1 {2}publication-folder/ },
  { name: 'MDX tag not closed', file: SECOND, change: (s) => s.replace('</Recommendation>', ''), expect: /second\.mdx:12:1 {2}mdx-syntax/ },
  { name: 'MDX closing tag misspelt', file: FIRST, change: (s) => s.replace('</Quote>', '</Quot>'), expect: /first\.mdx:\d+:\d+ {2}mdx-syntax .*<\/Quot>/ },
  { name: 'unescaped brace in text', file: FIRST, change: (s) => s.replace('Opening words.', 'Opening {words.'), expect: /first\.mdx:\d+:\d+ {2}mdx-syntax/ },
  { name: 'a word in braces, which MDX would run as code', file: FIRST, change: (s) => s.replace('Opening words.', 'Opening {words}.'), expect: /first\.mdx:12:\d+ {2}code-in-text {2}“\{words\}” would be run as code/ },
  { name: 'a misspelt attribute, which would be ignored', file: FIRST, change: (s) => s.replace('chapterWording=', 'chapterwording='), expect: /first\.mdx:\d+:1 {2}unknown-attribute .*did you mean "chapterWording"/ },
  { name: 'a relative link', file: FIRST, change: (s) => `${s}\nSee [the second chapter](second).\n`, expect: /first\.mdx:\d+:5 {2}relative-link/ },
  { name: 'a template placeholder left in', file: FIRST, change: (s) => `${s}\nThe chapter’s opening paragraph.\n`, expect: /first\.mdx:\d+:1 {2}scaffold-placeholder/ },
  { name: 'publication date with a month that does not exist', file: PUBLICATION, change: (s) => s.replace('date: "2021-07"', 'date: "2021-13"'), expect: /test-report\.yaml:4:1 {2}invalid-field {2}field "date" must be a real date/ },
  { name: 'unknown component', file: FIRST, change: (s) => s.replace('<Lead>', '<Intro>').replace('</Lead>', '</Intro>'), expect: /first\.mdx:10:1 {2}unknown-component {2}<Intro>/ },
  { name: 'chart naming an unknown dataset', file: FIRST, change: (s) => s.replace('dataset="fixture-poverty"', 'dataset="no-such-data"'), expect: /first\.mdx:\d+:1 {2}unknown-dataset .*"no-such-data"/ },
  { name: 'quote without attribution', file: SECOND, change: (s) => s.replace(/<Quote by="[^"]+">\n\nIn 24 years of teaching, a/, '<Quote>\n\nIn 24 years of teaching, a'), expect: /second\.mdx:24:1 {2}quote-attribution/ },
  { name: 'duplicate recommendation number', file: SECOND, change: (s) => s.replace('number={3}', 'number={1}'), expect: /recommendation-duplicate .*number 1 .*first\.mdx:\d+, .*second\.mdx:12/ },
  { name: 'gap in recommendation numbers', file: SECOND, change: (s) => s.replace('number={3}', 'number={5}'), expect: /recommendation-gap .*skip 3/ },
  { name: 'recommendation without a number', file: SECOND, change: (s) => s.replace('number={3} ', ''), expect: /second\.mdx:12:1 {2}recommendation-number/ },
  { name: 'two quotes written on one line (the page and the indexes would number them differently)', file: FIRST, change: (s) => s.replace('Text with a note<NoteRef n={1} />.', 'Text with a note<NoteRef n={1} />.\n\n<Quote by="A parent">One.</Quote> <Quote by="A carer">Two.</Quote>'), expect: /first\.mdx:20: the indexes read .* Fix: put each component \(<Quote>, <Recommendation>, <Panel>…\) on lines of its own/ },
  { name: 'broken internal link', file: FIRST, change: (s) => `${s}\nSee [the report](/test-report/no-such-chapter/).\n`, expect: /first\.mdx:\d+:5 {2}broken-link/ },
  { name: 'broken fragment', file: FIRST, change: (s) => `${s}\nSee [the section](/test-report/second/#nowhere).\n`, expect: /first\.mdx:\d+:5 {2}broken-fragment/ },
  { name: 'placeholder link', file: FIRST, change: (s) => `${s}\nSee [the submission](#).\n`, expect: /first\.mdx:\d+:5 {2}placeholder-link/ },
  { name: 'link text showing another address', file: FIRST, change: (s) => `${s}\nSource: [endchildpoverty.org.uk](https://www.bbc.com/news/health-58111111)\n`, expect: /first\.mdx:\d+:9 {2}link-text-mismatch/ },
  { name: 'dataset value not a number', file: DATASET, change: (s) => s.replace('[26, 37]', '[26, "37%"]'), expect: /fixture-poverty\.json:9:1 {2}invalid-field .*series\[0\]\.values\[1\]/ },
  { name: 'dataset series length wrong', file: DATASET, change: (s) => s.replace('[29, 31]', '[29]'), expect: /fixture-poverty\.json:10:1 {2}series-length/ },
  { name: 'dataset unit unknown', file: DATASET, change: (s) => s.replace('"unit": "percent"', '"unit": "per cent"'), expect: /fixture-poverty\.json:5:1 {2}invalid-field {2}field "unit"/ },
  { name: 'dataset field missing', file: DATASET, change: (s) => s.replace(/ {2}"description": [^\n]+\n/, ''), expect: /fixture-poverty\.json:1:1 {2}missing-field {2}field "description"/ },
  { name: 'dataset JSON broken', file: DATASET, change: (s) => s.replace('"Now"]', '"Now",]'), expect: /fixture-poverty\.json:7:\d+ {2}json-syntax/ },
  { name: 'dataset figure not in its source sentence', file: DATASET, change: (s) => s.replace('[29, 31]', '[29, 33]'), expect: /fixture-poverty\.json:10:1 {2}value-not-stated/ },
  { name: 'publication field missing', file: PUBLICATION, change: (s) => s.replace(/^summary:.*\n/m, ''), expect: /test-report\.yaml:1:1 {2}missing-field {2}field "summary"/ },
  // Passed the check, then stopped the build with "ReferenceError: Director is not defined" and a bundler's stack trace.
  { name: 'an attribute in braces, which MDX would run as code', file: FIRST, change: (s) => s.replace('by="North East Director of Children’s Services"', 'by={Director}'), expect: /first\.mdx:24:8 {2}code-in-attribute {2}by=\{Director\} is in braces.* {2}\(write the text in straight quotes: by="Director"\)/ },
  // Published without a word until now.
  { name: 'a heading that skips a level', file: FIRST, change: (s) => s.replace('## Context', '#### Context'), expect: /first\.mdx:16:1 {2}heading-skip {2}“#### Context” is 3 levels below the chapter’s title .* {2}\(write ## Context/ },
  { name: 'an image whose file is not there', file: FIRST, change: (s) => `${s}\n![A map of the region](/images/map.png)\n`, expect: /first\.mdx:44:1 {2}missing-image {2}the image \/images\/map\.png is not in public\/ \(there is no file public\/images\/map\.png\)/ },
  { name: 'two chapters of a publication with the same title', file: SECOND, change: (s) => s.replace('title: Second chapter', 'title: First chapter'), expect: /second\.mdx:4:1 {2}duplicate-title {2}field "title" is “First chapter”, as in src\/content\/chapters\/test-report\/first\.mdx \(line 4\)/ },
  { name: 'a chapter saved as .md beside the .mdx chapters', file: 'src/content/chapters/test-report/third.md', change: () => '---\npublication: test-report\norder: 3\n---\n\nText.\n', expect: /third\.md {2}stray-file {2}third\.md is not read: only \.mdx files are chapters, so this one would never be published {2}\(if it is a chapter, rename it to third\.mdx/ },
  // Files not saved as UTF-8 passed the check, then stopped the bundler ("stream did not contain valid UTF-8").
  { name: 'a chapter saved as Windows-1252', file: FIRST, change: windows1252, expect: /first\.mdx:24:1 {2}file-encoding {2}the file is not saved as UTF-8: .*“’” {2}\(save this file as UTF-8/ },
  { name: 'a chapter saved as UTF-16 with a byte-order mark', file: SECOND, change: (s) => utf16(s, true), expect: /second\.mdx {2}file-encoding {2}the file is saved as UTF-16 .* {2}\(save this file as UTF-8/ },
  { name: 'a chapter saved as UTF-16 without one', file: SECOND, change: (s) => utf16(s, false), expect: /second\.mdx {2}file-encoding {2}the file is saved as UTF-16 .*every other byte is a NUL {2}\(save this file as UTF-8/ },
  { name: 'a dataset figure written with a thousands separator', file: DATASET, change: (s) => s.replace('[26, 37]', '[40,000, 37]'), expect: /fixture-poverty\.json:9:\d+ {2}json-syntax {2}not valid JSON: “40,000” is written with a thousands separator.* {2}\(write 40000,/ },
  { name: 'a dataset figure written with its unit', file: DATASET, change: (s) => s.replace('[26, 37]', '[26, 39%]'), expect: /fixture-poverty\.json:9:\d+ {2}json-syntax {2}not valid JSON: “39%” is not a number.* {2}\(write 39, and give the unit in "unit": "percent"\)/ },
  { name: 'a tab in a publication file’s indentation', file: PUBLICATION, change: (s) => s.replace('shortTitle:', '\tshortTitle:'), expect: /test-report\.yaml:2:1 {2}yaml-syntax {2}this line is indented with a tab/ },
  { name: '“: ” inside a frontmatter value', file: FIRST, change: (s) => s.replace('title: First chapter', 'title: First chapter: context'), expect: /first\.mdx:4:\d+ {2}yaml-syntax {2}frontmatter: the value of "title" holds “: ”.* {2}\(put the whole value in double quotes: title: "First chapter: context"\)/ },
  { name: 'theme colour invalid', file: THEMES, change: (s) => s.replace('"#a0362a"', '"red"'), expect: /themes\.yaml:\d+:1 {2}invalid-field {2}field "colour"/ },
];

let project: string;
let goodHash: string;

beforeAll(() => {
  project = fixtureProject();
  // A last good build, as an editor would have: its files must survive every failed build byte for byte.
  mkdirSync(join(project, 'dist'), { recursive: true });
  writeFileSync(join(project, 'dist', 'index.html'), '<!doctype html><title>last good build</title>');
  goodHash = treeHash(join(project, 'dist'));
});

afterAll(() => remove(project));

describe('a build that publishes without its address stops before anything, naming SITE_URL, and leaves dist/ untouched', () => {
  for (const [name, env, expected] of [
    ['PUBLISH=1 without SITE_URL', { PUBLISH: '1' }, /Build stopped: SITE_URL is not set, and PUBLISH=1 is set: every canonical link.* would say http:\/\/localhost:4321\. Set the address the site is published at, for example SITE_URL=https:\/\/evidence\.example\.org npm run build/],
    ['CI without SITE_URL', { CI: 'true' }, /Build stopped: SITE_URL is not set, and this build runs on CI \(CI is set\)/],
    ['PUBLISH=1 with a local SITE_URL', { PUBLISH: '1', SITE_URL: 'http://localhost:4321' }, /Build stopped: PUBLISH=1, but SITE_URL is a local address \(http:\/\/localhost:4321\)/],
  ] as const) {
    it(name, () => {
      const { status, output } = build(project, env);
      expect(status).not.toBe(0);
      expect(output).toMatch(expected);
      expect(output).not.toContain('Checking content');
      expect(output).toContain('The last good build in dist/ was left as it was.');
      expect(treeHash(join(project, 'dist'))).toBe(goodHash);
    });
  }
});

describe('a broken input stops the build, says where and how to fix it, and leaves dist/ untouched', () => {
  it('has at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));
  for (const c of cases) {
    it(c.name, () => {
      const path = join(project, c.file);
      // A case may add a file (a stray .md beside the chapters): it is removed afterwards.
      const existed = existsSync(path);
      const original = existed ? readFileSync(path, 'utf8') : '';
      const changed = c.change(original);
      expect(changed, 'the fixture change did not apply').not.toEqual(original);
      writeFileSync(path, changed);
      try {
        const { status, output } = build(project);
        expect(status).not.toBe(0);
        expect(output).toMatch(c.expect);
        expect(output).toMatch(/\(.{10,}\)/); // every finding ends with how to fix it
        expect(output).toContain('The last good build in dist/ was left as it was.');
        expect(treeHash(join(project, 'dist'))).toBe(goodHash);
      } finally {
        if (existed) writeFileSync(path, original);
        else rmSync(path);
      }
    });
  }
});

describe('a failure inside Astro or Chromium, after the check has passed, is one plain message and leaves dist/ untouched', () => {
  /** What every such failure prints: one message naming what failed, no stack trace, the log file, and dist/ as it was. */
  function expectPlainStop(status: number, output: string): string {
    expect(status).not.toBe(0);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/Stack trace:|\[ERROR\]/);
    expect(output.match(/^Build stopped: /gm), output).toHaveLength(1);
    expect(output).toContain('The full error is in .tmp/build-error.log');
    expect(output).toContain('The last good build in dist/ was left as it was.');
    expect(treeHash(join(project, 'dist'))).toBe(goodHash);
    return readFileSync(join(project, '.tmp', 'build-error.log'), 'utf8');
  }

  it('a page that throws while it renders: the page, its chapter file, the error in one line; the stack in the log', () => {
    // A component failing on one chapter's page, as one would for a case the check does not foresee.
    const chart = join(project, 'src/components/author/Chart.astro');
    const original = readFileSync(chart, 'utf8');
    writeFileSync(chart, original.replace(/^if \(!dataset\) throw/m, "if (Astro.url.pathname.endsWith('/test-report/first/')) throw new Error('the chart could not be drawn');\nif (!dataset) throw"));
    try {
      const { status, output } = build(project);
      const log = expectPlainStop(status, output);
      expect(output).toContain('Build stopped: the page /test-report/first/ could not be made: the chart could not be drawn.\nIt is made from src/content/chapters/test-report/first.mdx: look there for the last change made');
      expect(log).toMatch(/the chart could not be drawn\n\s+at /);
    } finally {
      writeFileSync(chart, original);
    }
  });

  it('a file the bundler cannot compile: where it stopped, in the engine’s code', () => {
    const chart = join(project, 'src/components/author/Chart.astro');
    const original = readFileSync(chart, 'utf8');
    writeFileSync(chart, `${original}\n{{{ not a component\n`);
    try {
      const { status, output } = build(project);
      expectPlainStop(status, output);
      expect(output).toMatch(/Build stopped: the site could not be built: .+\.\nIt stopped at line \d+ of src\/components\/author\/Chart\.astro, a file of the site’s engine, not of its content\./);
    } finally {
      writeFileSync(chart, original);
    }
  });

  it('Chromium that cannot start: says so, with the browser it tried', () => {
    const { status, output } = build(project, { CHROMIUM_PATH: '/bin/false', BUILD_CACHE: '0' });
    const log = expectPlainStop(status, output);
    expect(output).toMatch(/Build stopped: Chromium \(\/bin\/false\), which prints the PDFs and images, could not start: browserType\.launch: /);
    expect(log).toContain('browserType.launch');
  });

  it('a build that succeeds does not list the pages it wrote one by one (VERBOSE=1 does)', () => {
    try {
      const { status, output } = build(project);
      expect(status, output).toBe(0);
      expect(output).not.toContain('├─');
      expect(output).toContain('VERBOSE=1 npm run build lists each page');
      expect(output).toMatch(/\d+ page\(s\) built in/);
    } finally {
      // Back to the last good build the other cases keep, and no register of published addresses.
      remove(join(project, 'dist'));
      remove(join(project, 'src/content/permalinks.json'));
      mkdirSync(join(project, 'dist'), { recursive: true });
      writeFileSync(join(project, 'dist', 'index.html'), '<!doctype html><title>last good build</title>');
    }
  });
});
