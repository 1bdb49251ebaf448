import { describe, expect, it } from 'vitest';
import { checkFidelity, normaliseForComparison } from '../../src/lib/fidelity.ts';

const SOURCE = [
  'With deprivation being the main single driver of demand for services5 understanding the socio-',
  'economic context is fundamental.',
  'Poverty is stark, shameful and obvious.',
  '32',
].join('\n');

describe('fidelity check', () => {
  it('ignores layout line breaks, hyphenation, punctuation and rendered note numbers', () => {
    const site = 'With deprivation being the main single driver of demand for services 5 understanding the socioeconomic context is fundamental. “Poverty is stark, shameful and obvious.” Page 32';
    expect(checkFidelity(SOURCE, site)).toMatchObject({ missing: [], outOfOrder: [], staleAllowances: [] });
  });

  it('reports a line whose words changed', () => {
    const site = 'With deprivation being the main single driver of demand for services5 understanding the socioeconomic context is essential. Poverty is stark, shameful and obvious. 32';
    expect(checkFidelity(SOURCE, site).missing).toEqual(['economic context is fundamental.']);
  });

  it('reports long lines that appear out of order', () => {
    const source = 'The first long sentence of the report is right here in full.\nThe second long sentence of the report follows it in the print.';
    const site = 'The second long sentence of the report follows it in the print. The first long sentence of the report is right here in full.';
    expect(checkFidelity(source, site).outOfOrder).toEqual(['The second long sentence of the report follows it in the print.']);
  });

  it('accepts an allowed difference and flags an allowance that is no longer needed', () => {
    const site = 'With deprivation being the main single driver of demand for services5 understanding the socioeconomic context is fundamental. 32';
    const report = checkFidelity(SOURCE, site, [
      { line: 'Poverty is stark, shameful and obvious.', reason: 'test' },
      { line: '32', reason: 'page number' },
    ]);
    expect(report.missing).toEqual([]);
    expect(report.staleAllowances).toEqual(['32']);
  });

  it('keeps £ and % so figures cannot silently change unit', () => {
    expect(normaliseForComparison('£3.1 billion, 49.1%')).toBe('£31billion491%');
  });
});
