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

  it('accepts an allowed difference and flags an allowance for a line the source does not have', () => {
    const site = 'With deprivation being the main single driver of demand for services5 understanding the socioeconomic context is fundamental. 32';
    const report = checkFidelity(SOURCE, site, [
      { line: 'Poverty is stark, shameful and obvious.', reason: 'test' },
      { line: 'A line that is not in the source.', reason: 'stale' },
    ]);
    expect(report.missing).toEqual([]);
    expect(report.staleAllowances).toEqual(['A line that is not in the source.']);
  });

  it('an allowed pull-out printed before its running text does not push the order check past it', () => {
    const source = 'Strong government intervention in the care market is needed now.\nDirectors feel strongly that there has to be a different way.\nStrong government intervention in the care market is needed now, and more.';
    const site = 'Directors feel strongly that there has to be a different way. Strong government intervention in the care market is needed now, and more.';
    expect(checkFidelity(source, site).outOfOrder).toContain('Directors feel strongly that there has to be a different way.');
    expect(checkFidelity(source, site, [{ line: 'Strong government intervention in the care market is needed now.', reason: 'pull-out' }]).outOfOrder).toEqual([]);
  });

  it('reads a numbered list item without its number, which the site shows in its own way', () => {
    expect(checkFidelity('1. A new child poverty strategy is imperative.', 'Recommendation 1 A new child poverty strategy is imperative.').missing).toEqual([]);
  });

  it('keeps £ and % so figures cannot silently change unit', () => {
    expect(normaliseForComparison('£3.1 billion, 49.1%')).toBe('£31billion491%');
  });
});
