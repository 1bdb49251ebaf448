import { describe, expect, it } from 'vitest';
import { datasetStructuredData, temporalCoverage } from '../../src/lib/data/dataset-structured-data.ts';

describe('a dataset’s temporal coverage', () => {
  it.each([
    ['2019', '2019'],
    ['2019/20', '2019/2020'],
    ['1999/00', '1999/2000'],
    ['2010 to 2017/18', '2010/2018'],
    ['2014/15 to 2019/20', '2014/2020'],
    ['2013 to 2019', '2013/2019'],
  ])('%s is the interval %s', (period, iso) => {
    expect(temporalCoverage(period)).toBe(iso);
  });
  it.each(['Since 2009', '2013 and 2019', 'Not stated in the report', '2023, as described by directors', 'The three years to 2019/20', '2019/22', '2020 to 2019'])('“%s” states no interval of years: none is given', (period) => {
    expect(temporalCoverage(period)).toBeUndefined();
  });
});

describe('a dataset as schema.org Dataset', () => {
  const links = { page: 'https://example.org/data/x/', csv: 'https://example.org/data/x.csv', json: 'https://example.org/data/x.json', png: 'https://example.org/data/x.png' };
  const dataset = { title: 'Waiting times', description: 'Weeks waited.', summary: 'Waiting times rose from 4 to 9 weeks.', period: '2019/20', series: [{ name: 'North', values: [4] }, { name: 'South', values: [9] }], originalSource: undefined };
  it('names its downloads, what it measures and its period', () => {
    const data = datasetStructuredData(dataset, { links, unitText: 'weeks', language: 'en-GB', stating: [], keywords: [] });
    expect(data).toMatchObject({
      '@type': 'Dataset', name: 'Waiting times', url: links.page, temporalCoverage: '2019/2020',
      variableMeasured: [{ '@type': 'PropertyValue', name: 'North', unitText: 'weeks' }, { '@type': 'PropertyValue', name: 'South', unitText: 'weeks' }],
      distribution: [{ encodingFormat: 'text/csv', contentUrl: links.csv }, { encodingFormat: 'application/json', contentUrl: links.json }],
    });
    // Nothing the content does not say: no creator, no citation.
    expect(data).not.toHaveProperty('creator');
    expect(data).not.toHaveProperty('citation');
  });
  it('names as creators only those the stating publications name, authors before publisher, once each', () => {
    const stating = [
      { title: 'Report', url: 'https://example.org/r/c/#para-2', authors: [], publisher: 'The Council' },
      { title: 'Report', url: 'https://example.org/r/d/', authors: [], publisher: 'The Council' },
      { title: 'Response', url: 'https://example.org/s/c/', authors: ['A. Smith', 'B. Jones'], publisher: 'The Council' },
      { title: 'Press release', url: 'https://example.org/p/', authors: [] },
    ];
    const data = datasetStructuredData({ ...dataset, period: 'Not stated', originalSource: 'National Audit Office, 2018' }, { links, unitText: 'weeks', language: 'en-GB', stating, keywords: ['Health'] });
    expect(data['creator']).toEqual([{ '@type': 'Organization', name: 'The Council' }, { '@type': 'Person', name: 'A. Smith' }, { '@type': 'Person', name: 'B. Jones' }]);
    expect(data['citation']).toBe('National Audit Office, 2018');
    expect(data).not.toHaveProperty('temporalCoverage');
    expect((data['isBasedOn'] as unknown[]).length).toBe(4);
  });
});
