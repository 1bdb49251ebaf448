import { describe, expect, it } from 'vitest';
import { isFigureQuery, rankAsWritten } from '../../src/lib/search-ranking.ts';

const r = (id: string, content: string) => ({ id, content });

describe('search for a figure as written', () => {
  it('knows a figure from a word', () => {
    expect(['77%', '£77m', '2,841', '£150m', '$185 thousand'].every(isFigureQuery)).toBe(true);
    expect(['poverty', '2021', 'early help'].some(isFigureQuery)).toBe(false);
  });

  it('puts the pages that state “77%” before those that only hold 77 in another figure', () => {
    const results = [r('money', 'spent £77 million on care'), r('share', 'rose to 77% of children'), r('other', 'a rate of 177% higher')];
    expect(rankAsWritten('77%', results).map((x) => x.id)).toEqual(['share', 'money', 'other']);
  });

  it('finds a thousands comma written or not, and keeps Pagefind’s order for other queries', () => {
    const results = [r('a', 'cost £2841 a week'), r('b', 'no figure here'), r('c', 'cost £2,841 a week')];
    expect(rankAsWritten('£2,841', results).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(rankAsWritten('care', results).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
