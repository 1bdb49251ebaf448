import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/lib/content/site.ts';
import { formatFinding } from '../../src/lib/content-error.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

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
    { name: 'gap in recommendation numbers', file: SECOND, change: (s) => s.replace('number={3}', 'number={4}'), rule: 'recommendation-gap', line: 27, says: /skip 3/ },
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
      if (c.rule === 'recommendation-duplicate' || c.rule === 'recommendation-gap') return;
      expect(match!.file).toBe(c.file);
      expect(match!.line).toBe(c.line);
    });
  }

  it('a publication file with a missing field names the field', () => {
    const errors = errorsOf(fixtureSite([{ file: 'src/content/publications/test-report.yaml', content: (s) => s.replace(/^publisher:.*\n/m, '') }]));
    expect(errors.map(formatFinding).join('\n')).toMatch(/test-report\.yaml:1:1 {2}missing-field {2}field "publisher" is missing/);
  });

  it('a theme with a bad colour names its line', () => {
    const errors = errorsOf(fixtureSite([{ file: 'src/content/themes.yaml', content: (s) => s.replace('"#a0362a"', '"red"') }]));
    expect(errors.map(formatFinding).join('\n')).toMatch(/themes\.yaml:14:1 {2}invalid-field {2}field "colour"/);
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
