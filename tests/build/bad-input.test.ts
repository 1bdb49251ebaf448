/**
 * The bad-input suite: each broken input makes `npm run build` exit non-zero with a message naming
 * the file (and line) and what to do, and leaves the last good dist/ exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, fixtureProject, remove, treeHash } from './helpers.ts';

const FIRST = 'src/content/chapters/test-report/first.mdx';
const SECOND = 'src/content/chapters/test-report/second.mdx';
const DATASET = 'data/datasets/fixture-poverty.json';
const PUBLICATION = 'src/content/publications/test-report.yaml';
const THEMES = 'src/content/themes.yaml';

interface Case { name: string; file: string; change: (s: string) => string; expect: RegExp }

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
      const original = readFileSync(path, 'utf8');
      const changed = c.change(original);
      expect(changed, 'the fixture change did not apply').not.toBe(original);
      writeFileSync(path, changed);
      try {
        const { status, output } = build(project);
        expect(status).not.toBe(0);
        expect(output).toMatch(c.expect);
        expect(output).toMatch(/\(.{10,}\)/); // every finding ends with how to fix it
        expect(output).toContain('The last good build in dist/ was left as it was.');
        expect(treeHash(join(project, 'dist'))).toBe(goodHash);
      } finally {
        writeFileSync(path, original);
      }
    });
  }
});
