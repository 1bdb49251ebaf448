/**
 * CSV downloads open correctly in Excel and on any host: the file starts with a UTF-8 byte-order
 * mark (Excel otherwise reads "£" as "Â£"), and both deployment configurations send the charset.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvProvenance, datasetCsvFile, datasetToCsv } from '../../src/lib/data/csv.ts';
import { headerRules, headersFile, matchesRule } from '../../src/lib/headers.ts';

const placementCosts = JSON.parse(readFileSync('data/datasets/placement-weekly-costs-2023.json', 'utf8')) as Parameters<typeof datasetToCsv>[0];

describe('a CSV download', () => {
  it('is the UTF-8 bytes EF BB BF, then the CSV with the £ of its unit intact', () => {
    const bytes = Buffer.from(datasetCsvFile(placementCosts), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.slice(1)).toBe(datasetToCsv(placementCosts));
    expect(text.slice(1).split('\r\n')[0]).toContain('(£ per week)');
  });

  it('carries where its figures are stated and its notes on every row, quoted where they hold commas', () => {
    const provenance = csvProvenance(
      [{ where: 'North East Regional Care Report, Funding', url: 'https://example.org/r/funding/#para-5' }, { where: 'News coverage of the 2021 report' }],
      'National Centre for Excellence in Residential Childcare',
      ['The report says “over £77 million”.', 'Rounded, as stated.'],
    );
    expect(provenance.statedIn).toBe('North East Regional Care Report, Funding: https://example.org/r/funding/#para-5; News coverage of the 2021 report; citing National Centre for Excellence in Residential Childcare');
    expect(provenance.notes).toBe('The report says “over £77 million”. Rounded, as stated.');
    const rows = datasetToCsv(placementCosts, provenance).trimEnd().split('\r\n');
    expect(rows[0]!.endsWith(',Stated in,Notes')).toBe(true);
    for (const row of rows.slice(1)) {
      expect(row.endsWith(`,"${provenance.statedIn}",${provenance.notes}`) || row.endsWith(`,"${provenance.statedIn}","${provenance.notes}"`)).toBe(true);
    }
    expect(rows).toHaveLength(placementCosts.categories.length + 1);
  });

  for (const base of ['/', '/evidence/']) {
    it(`is sent as text/csv; charset=utf-8 by the _headers file (base ${base})`, () => {
      const prefix = base.replace(/\/$/, '');
      const pages = ['/', '/data/', '/data/placement-weekly-costs-2023/', '/data/placement-weekly-costs-2023.csv'];
      const types = (path: string): string[] => headerRules(pages, base).filter(([pattern]) => matchesRule(pattern, path)).flatMap(([, h]) => h).filter((h) => /^Content-Type:/i.test(h));
      expect(types(`${prefix}/data/placement-weekly-costs-2023.csv`)).toEqual(['Content-Type: text/csv; charset=utf-8']);
      // Pages and other downloads keep the type the host gives them.
      for (const path of ['/data/placement-weekly-costs-2023/', '/data/placement-weekly-costs-2023.json', '/']) expect(types(`${prefix}${path}`), path).toEqual([]);
      expect(headersFile(pages, base)).toContain(`\n${prefix}/data/*.csv\n  Content-Type: text/csv; charset=utf-8\n`);
    });
  }

  it('is sent as text/csv; charset=utf-8 by the nginx example, with the security headers', () => {
    const conf = readFileSync('scripts/nginx.example.conf', 'utf8');
    const start = conf.search(/location ~ \S*\\\.csv\$ \{/);
    expect(start).toBeGreaterThan(-1);
    const block = conf.slice(start, conf.indexOf('\n    }', start));
    expect(new RegExp(block.match(/location ~ (\S+) \{/)![1]!).test('/data/placement-weekly-costs-2023.csv')).toBe(true);
    expect(block).toContain('default_type "text/csv; charset=utf-8";');
    expect(block).toMatch(/types \{ \}/);
    for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy']) expect(block).toContain(`add_header ${header}`);
  });
});
