import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { chapterTemplate, datasetTemplate, publicationTemplate, PLACEHOLDERS } from '../../src/lib/scaffold.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

afterAll(removeFixtureSites);

describe('npm run new templates', () => {
  /** What an editor does next: put the publication's own words where the template's placeholders are. */
  const filledIn = (text: string): string => Object.values(PLACEHOLDERS).reduce((out, placeholder) =>
    out.replace(placeholder, placeholder === PLACEHOLDERS.publicationSource ? 'test.txt' : 'Words the publication prints.'), text);

  it('a new chapter is well-formed: the check asks only that each placeholder be replaced, on its line', () => {
    const template = chapterTemplate({ publication: 'test-report', order: 3, title: 'A new chapter on “care”' });
    const root = fixtureSite([{ file: 'src/content/chapters/test-report/third.mdx', content: template }]);
    const findings = loadSiteContent(root).findings.map(formatFinding);
    expect(findings).toEqual([
      expect.stringMatching(/^src\/content\/chapters\/test-report\/third\.mdx:6:1 {2}scaffold-placeholder {2}“Replace this with the chapter’s first sentence/),
      expect.stringMatching(/^src\/content\/chapters\/test-report\/third\.mdx:12:1 {2}scaffold-placeholder {2}“The chapter’s opening paragraph\.”/),
      expect.stringMatching(/^src\/content\/chapters\/test-report\/third\.mdx:18:1 {2}scaffold-placeholder {2}“Write the chapter here/),
    ]);
  });

  it('a new chapter, once its placeholders are replaced, passes every content check', () => {
    const template = filledIn(chapterTemplate({ publication: 'test-report', order: 3, title: 'A new chapter on “care”' }));
    const root = fixtureSite([{ file: 'src/content/chapters/test-report/third.mdx', content: template }]);
    const content = loadSiteContent(root);
    expect(content.findings.map(formatFinding)).toEqual([]);
    expect(content.chapters.map((c) => c.data.title)).toContain('A new chapter on “care”');
  });

  it('a new publication with its first chapter asks for its placeholders, then passes every content check', () => {
    const files = (fill: (s: string) => string) => [
      { file: 'src/content/publications/2024-annual-report.yaml', content: fill(publicationTemplate({ title: 'Annual report', code: '2024annualreport', order: 2, date: '2024', publisher: 'Test publisher' })) },
      { file: 'src/content/chapters/2024-annual-report/introduction.mdx', content: fill(chapterTemplate({ publication: '2024-annual-report', order: 1, title: 'Introduction' })) },
    ];
    const asMade = loadSiteContent(fixtureSite(files((s) => s))).findings;
    expect(new Set(asMade.map((f) => f.rule))).toEqual(new Set(['scaffold-placeholder']));
    expect(asMade.filter((f) => f.file.endsWith('2024-annual-report.yaml')).map((f) => f.line)).toEqual([5, 8, 9]);
    expect(loadSiteContent(fixtureSite(files(filledIn))).findings.map(formatFinding)).toEqual([]);
  });

  it('a new dataset is well-formed and the check then asks only for its source sentence', () => {
    const root = fixtureSite([{ file: 'data/datasets/new-figures.json', content: datasetTemplate({ id: 'new-figures', title: 'New figures' }) }]);
    const rules = new Set(loadSiteContent(root).findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThan(0);
    const traceability = new Set(['unknown-document', 'statement-not-in-source', 'unknown-chapter', 'statement-not-in-chapter', 'value-not-stated']);
    expect([...rules].filter((r) => !traceability.has(r))).toEqual([]);
  });
});
