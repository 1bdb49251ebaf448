/**
 * CSV downloads open correctly in Excel and on any host: the file starts with a UTF-8 byte-order
 * mark (Excel otherwise reads "£" as "Â£"), and both deployment configurations send the charset.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvProvenance, datasetCsvFile, datasetToCsv, rowsProvenance } from '../../src/lib/data/csv.ts';
import { valueIsStated } from '../../src/lib/load/traceability.ts';
import { headersFor, hostPolicy } from '../../src/lib/headers.ts';
import { headersFile, htaccessFile, nginxServerFile } from '../../src/lib/host-files.ts';

const placementCosts = JSON.parse(readFileSync('data/datasets/placement-weekly-costs-2023.json', 'utf8')) as Parameters<typeof datasetToCsv>[0];

describe('which statement gives a row’s figures', () => {
  it('a figure as written, with or without its thousands comma, never inside another number (the check’s own test of a statement)', () => {
    expect(valueIsStated(40000, 'at the cost of £40,000 per week')).toBe(true);
    expect(valueIsStated(40000, 'at the cost of £40000 per week')).toBe(true);
    expect(valueIsStated(38, 'rose to 38% in 2020')).toBe(true);
    expect(valueIsStated(2.5, 'rose to 2.5 times')).toBe(true);
    for (const [value, text] of [[40000, '£140,000 a week'], [38, '1938'], [38, '38.5%'], [40000, '£40,000.50']] as const) expect(valueIsStated(value, text), text).toBe(false);
  });

  it('each row of the placement costs names the chapter whose sentence gives its cost, not both', () => {
    const stated = (placementCosts as unknown as { statedIn: { chapter: string; text: string }[] }).statedIn.map((s) => ({ where: s.chapter, text: s.text }));
    const rows = rowsProvenance(placementCosts, stated, undefined, []);
    expect(rows.map((r) => r.statedIn)).toEqual(placementCosts.series[0]!.values.map((v) => stated.filter((s) => s.text.includes(`£${v!.toLocaleString('en-GB')}`)).map((s) => s.where).join('; ')));
    expect(new Set(rows.map((r) => r.statedIn)).size).toBe(2);
    const csv = datasetToCsv(placementCosts, rows).trimEnd().split('\r\n');
    expect(csv[3]).toContain('child-protection-and-partnership-working');
    expect(csv[3]).not.toContain('placements-and-regional-care-cooperatives');
  });

  it('a row no sentence gives as written names every statement of the dataset', () => {
    const rows = rowsProvenance({ categories: ['A'], series: [{ name: 's', values: [77] }] }, [{ where: 'One', text: 'over seventy-seven' }, { where: 'Two', text: 'about £77m' }, { where: 'Three' }], undefined, []);
    expect(rows[0]!.statedIn).toBe('Two');
    const none = rowsProvenance({ categories: ['A'], series: [{ name: 's', values: [12] }] }, [{ where: 'One', text: 'a dozen' }, { where: 'Three' }], undefined, []);
    expect(none[0]!.statedIn).toBe('One; Three');
  });
});

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
    it(`is sent as text/csv; charset=utf-8 by every host's file (base ${base})`, () => {
      const prefix = base.replace(/\/$/, '');
      const pages = new Map([['/', undefined], ['/data/', undefined], ['/data/placement-weekly-costs-2023/', undefined]]);
      const policy = hostPolicy(pages, base);
      const types = (path: string): string[] => headersFor(policy, path).filter((h) => /^Content-Type$/i.test(h.name)).map((h) => h.value);
      expect(types(`${prefix}/data/placement-weekly-costs-2023.csv`)).toEqual(['text/csv; charset=utf-8']);
      // Pages and other downloads keep the type the host gives them.
      for (const path of ['/data/placement-weekly-costs-2023/', '/data/placement-weekly-costs-2023.json', '/']) expect(types(`${prefix}${path}`), path).toEqual([]);
      expect(headersFile(policy)).toContain(`\n${prefix}/data/*.csv\n  Content-Type: text/csv; charset=utf-8\n`);
      // Apache forces the type on the CSV (and its precompressed copies); nginx sets it in a location of its own.
      expect(htaccessFile(policy)).toContain(`<If "%{REQUEST_URI} =~ m#^${prefix}/data/.*\\.csv(\\.br|\\.gz)?$#">\n  ForceType "text/csv; charset=utf-8"\n</If>`);
      const nginx = nginxServerFile(policy);
      const location = /location ~ "([^"]+)" \{\n    types \{ \}\n    default_type "text\/csv; charset=utf-8";\n\}/.exec(nginx);
      expect(location).not.toBeNull();
      expect(new RegExp(location![1]!).test(`${prefix}/data/placement-weekly-costs-2023.csv`)).toBe(true);
      expect(new RegExp(location![1]!).test(`${prefix}/data/placement-weekly-costs-2023/`)).toBe(false);
    });
  }
});
