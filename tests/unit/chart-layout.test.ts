import { describe, expect, it } from 'vitest';
import { chartFrame, niceStep, orientationFor, overlaps, placeValueLabel, valueAxis, wrapLabel } from '../../src/lib/data/chart-layout.ts';

describe('round steps', () => {
  it.each([
    [0.7, 1], [1, 1], [1.2, 2], [3, 5], [7, 10], [13.8, 20], [19.9, 20], [21, 25], [40, 50], [4200, 5000], [2100, 2500], [0.03, 0.05],
  ])('%s → %s', (raw, step) => {
    expect(niceStep(raw)).toBe(step);
  });
});

describe('the value axis', () => {
  it('fits a −25 % value just below −25 %, not at −40 %, with round ticks', () => {
    const axis = valueAxis(-25, 77, { length: 250, minSpacing: 36, room: 18 });
    expect(axis.ticks).toEqual([-20, 0, 20, 40, 60, 80]);
    expect(axis.min).toBeLessThan(-25);
    expect(axis.min).toBeGreaterThan(-40);
    expect(axis.max).toBeGreaterThan(77);
    expect(axis.max).toBeLessThan(100);
  });
  it('starts at zero, and ends where the data (and its labels) end', () => {
    const axis = valueAxis(2841, 3970, { length: 250, minSpacing: 36 });
    expect(axis.min).toBe(0);
    expect(axis.max).toBe(3970);
    expect(axis.ticks).toEqual([0, 1000, 2000, 3000]);
  });
  it('runs below zero only when a value does', () => {
    const axis = valueAxis(-33.6, -22.2, { length: 250, minSpacing: 36, room: 18 });
    expect(axis.max).toBe(0);
    expect(axis.ticks).toEqual([-30, -20, -10, 0]);
    expect(axis.min).toBeLessThan(-33.6);
    expect(axis.min).toBeGreaterThan(-40);
  });
  it('has fewer ticks on a shorter axis, never closer than the spacing asked for', () => {
    for (const length of [120, 200, 300, 600]) {
      const axis = valueAxis(0, 40000, { length, minSpacing: 60 });
      const px = (axis.step / (axis.max - axis.min)) * length;
      expect(px, `${length}`).toBeGreaterThanOrEqual(60);
      expect(axis.ticks[0]).toBe(0);
      expect(axis.ticks.at(-1)).toBeLessThanOrEqual(40000);
    }
  });
  it('writes ticks without floating-point dust, and copes with all zeros', () => {
    expect(valueAxis(0, 0.3, { length: 300, minSpacing: 40 }).ticks).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    const zero = valueAxis(0, 0, { length: 200, minSpacing: 40 });
    expect(zero.min).toBe(0);
    expect(zero.max).toBeGreaterThan(0);
  });
});

describe('value labels', () => {
  it('go beyond the bar where there is room, inside its end where the bar is long enough, else nowhere', () => {
    const label = { along: 14, across: 40 };
    expect(placeValueLabel({ length: 100, thickness: 60, beyond: 30 }, label)).toBe('outside');
    expect(placeValueLabel({ length: 100, thickness: 60, beyond: 5 }, label)).toBe('inside');
    expect(placeValueLabel({ length: 10, thickness: 60, beyond: 5 }, label)).toBe('none');
    // Wider than its bar: it would run into the next bar's label.
    expect(placeValueLabel({ length: 100, thickness: 20, beyond: 30 }, label)).toBe('none');
    // A stacked segment has no room beyond it.
    expect(placeValueLabel({ length: 30, thickness: 60, beyond: 0 }, label)).toBe('inside');
  });
  it('never cover one another', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });
});

describe('category names', () => {
  it('wrap between words, a long word keeping its own line', () => {
    expect(wrapLabel('Unregulated provision created by the council', 24)).toEqual(['Unregulated provision', 'created by the council']);
    expect(wrapLabel('North East', 24)).toEqual(['North East']);
    expect(wrapLabel('Supercalifragilistic x', 6)).toEqual(['Supercalifragilistic', 'x']);
  });
});

describe('which way bars run, and the box they fill', () => {
  const bar = (categories: string[], series = 1, type: 'bar' | 'horizontal-bar' | 'stacked-bar' | 'line' = 'bar') => ({ type, categories, series: Array.from({ length: series }) });
  it('bars stand up where every name fits under them, and lie down on a phone when a name does not fit on one line', () => {
    const regions = bar(['Durham Constabulary', 'North East', 'England and Wales']);
    expect(orientationFor('bar', regions.categories, 'wide')).toBe('vertical');
    expect(orientationFor('bar', regions.categories, 'narrow')).toBe('horizontal');
    // Short names (years) stand up on a phone too.
    expect(orientationFor('bar', ['2013', '2019'], 'narrow')).toBe('vertical');
  });
  it('long names lie down even on a wide screen; horizontal bars always lie; lines always run across', () => {
    const long = ['Children looked after because of abuse or neglect in the region', 'Children looked after because of abuse or neglect in England', 'Children looked after for other reasons'];
    expect(orientationFor('bar', long, 'wide')).toBe('horizontal');
    expect(orientationFor('horizontal-bar', ['2013', '2019'], 'wide')).toBe('horizontal');
    expect(orientationFor('line', long, 'narrow')).toBe('vertical');
    expect(orientationFor('stacked-bar', long, 'wide')).toBe('horizontal');
  });
  it('an upright chart has a fixed box; a lying one grows with its categories, bars and wrapped names', () => {
    expect(chartFrame(bar(['2013', '2019']), 'wide')).toEqual({ width: 600, height: 300, orientation: 'vertical' });
    const two = chartFrame(bar(['Durham Constabulary', 'North East'], 1, 'horizontal-bar'), 'narrow');
    const four = chartFrame(bar(['Mental health', 'Domestic abuse', 'Drug misuse', 'Alcohol misuse'], 2, 'horizontal-bar'), 'narrow');
    expect(two.orientation).toBe('horizontal');
    expect(four.height).toBeGreaterThan(two.height);
    expect(four.height).toBeGreaterThanOrEqual(4 * 2 * 22 + 56);
    // Stacked, the series share one bar per category.
    const stacked = chartFrame(bar(['Mental health', 'Domestic abuse', 'Drug misuse', 'Alcohol misuse'], 2, 'stacked-bar'), 'narrow');
    expect(stacked.height).toBeLessThan(four.height);
  });
});
