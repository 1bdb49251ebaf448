import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/lib/content/site.ts';
import { formatFinding } from '../../src/lib/content-error.ts';
import { chapterTemplate, datasetTemplate, publicationTemplate } from '../../src/lib/scaffold.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

afterAll(removeFixtureSites);

describe('npm run new templates', () => {
  it('a new chapter passes every content check', () => {
    const root = fixtureSite([{ file: 'src/content/chapters/test-report/third.mdx', content: chapterTemplate({ publication: 'test-report', order: 3, title: 'A new chapter on “care”' }) }]);
    const content = loadSiteContent(root);
    expect(content.findings.map(formatFinding)).toEqual([]);
    expect(content.chapters.map((c) => c.data.title)).toContain('A new chapter on “care”');
  });

  it('a new publication with its first chapter passes every content check', () => {
    const root = fixtureSite([
      { file: 'src/content/publications/2024-annual-report.yaml', content: publicationTemplate({ title: 'Annual report', code: '2024annualreport', order: 2, date: '2024' }) },
      { file: 'src/content/chapters/2024-annual-report/introduction.mdx', content: chapterTemplate({ publication: '2024-annual-report', order: 1, title: 'Introduction' }) },
    ]);
    expect(loadSiteContent(root).findings.map(formatFinding)).toEqual([]);
  });

  it('a new dataset is well-formed and the check then asks only for its source sentence', () => {
    const root = fixtureSite([{ file: 'data/datasets/new-figures.json', content: datasetTemplate({ id: 'new-figures', title: 'New figures' }) }]);
    const rules = new Set(loadSiteContent(root).findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThan(0);
    const traceability = new Set(['unknown-document', 'statement-not-in-source', 'unknown-chapter', 'statement-not-in-chapter', 'value-not-stated']);
    expect([...rules].filter((r) => !traceability.has(r))).toEqual([]);
  });
});
