/** What later happened to numbered items (src/content/progress.yaml): only what a source states, each mistake at its line. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/load/load-site.ts';
import { formatFinding } from '../../src/lib/findings.ts';
import { latestProgress, recommendationEntries } from '../../src/lib/kinds/numbered-item.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

const FILE = 'src/content/progress.yaml';
afterAll(removeFixtureSites);
const entry = (source: string, item = 'test-1', status = 'accepted') => `- item: ${item}\n  date: "2024-05"\n  status: ${status}\n  source:\n${source}`;
const onSite = '    publication: test-report\n    chapter: first\n    text: "Child poverty rose from 26% to 37% in the region, against 29% to 31% in the UK."\n';
const outside = '    url: https://example.org/response\n    title: "A response (fictional)"\n';

describe('what happened next', () => {
  it('is empty where no source says anything: no status, not “unknown”', () => {
    const site = loadSite(fixtureSite());
    expect(site.progress).toEqual([]);
    expect(recommendationEntries(site).map(latestProgress)).toEqual(recommendationEntries(site).map(() => undefined));
  });

  it('records a status with the sentence on this site that states it (and its anchor), or an outside document', () => {
    const site = loadSite(fixtureSite([{ file: FILE, content: `${entry(onSite)}\n${entry(outside, 'test-1', 'implemented').replace('2024-05', '2024-09')}` }]));
    expect(site.findings.map(formatFinding)).toEqual([]);
    const [item] = recommendationEntries(site);
    expect(item?.progress.map((p) => [p.date, p.status, p.source.kind])).toEqual([['2024-05', 'accepted', 'site'], ['2024-09', 'implemented', 'web']]);
    expect(item?.progress[0]?.source).toMatchObject({ publication: 'test-report', chapter: 'first', anchor: expect.stringMatching(/^para-\d+$/) });
    expect(latestProgress(item!)?.status).toBe('implemented');
  });

  it('refuses an item that does not exist, a status outside the vocabulary, and a sentence not in its chapter, each at its line', () => {
    const errors = (text: string) => loadSite(fixtureSite([{ file: FILE, content: text }])).findings.filter((f) => f.severity === 'error').map(formatFinding);
    expect(errors(entry(onSite, 'test-9'))).toEqual([expect.stringMatching(/^src\/content\/progress\.yaml:1:1 {2}unknown-item {2}"test-9" is not a numbered item of the site {2}\(test-report has no item 9/)]);
    expect(errors(entry(onSite, 'test-1', 'welcomed'))).toEqual([expect.stringMatching(/progress\.yaml:3:1 {2}invalid-field {2}field "status" must be one of "accepted", "partly-accepted", "rejected", "implemented", "no-response" \(received "welcomed"\)/)]);
    expect(errors(entry(onSite.replace('rose from', 'went from')))).toEqual([expect.stringMatching(/progress\.yaml:7:1 {2}statement-not-in-chapter {2}source\.text is not in the chapter test-report\/first/)]);
  });
});
