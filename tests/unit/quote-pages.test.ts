import { describe, expect, it } from 'vitest';
import { quoteListId, quoteListing, quoteOverviewMoves, quotesOverview } from '../../src/lib/quote-pages.ts';
import type { QuoteEntry } from '../../src/lib/kinds/quote.ts';
import type { Theme } from '../../src/schemas/theme.ts';

const theme = (id: string, order: number): Theme => ({ id, name: id, description: 'd', colour: '#000000', colourDark: '#ffffff', mark: 'sprout', kind: 'key', order });
const quote = (publication: string, anchor: string, theme?: string): QuoteEntry => ({
  publication, chapter: 'c', by: 'A parent', text: anchor, anchor, heading: undefined, place: { file: 'f', line: 1, column: 1 },
  publicationTitle: publication, year: 2021, chapterTitle: 'C', theme, themeName: theme, roleSlug: 'a-parent', inChapter: `/${publication}/c/#${anchor}`,
} as unknown as QuoteEntry);
const publications = [{ id: 'old', code: '2021', date: '2021-07' }, { id: 'new', code: '2023', date: '2023-03' }];

describe('the quotes pages', () => {
  const quotes = [quote('new', 'quote-a', 'help'), quote('new', 'quote-b', 'help'), quote('old', 'quote-c', 'help'), quote('old', 'quote-d', 'money'), quote('old', 'quote-e')];
  const themes = [theme('money', 1), theme('help', 2), theme('unused', 3)];

  it('gives each quote one id, its publication’s code and its anchor', () => {
    expect(quoteListId(quotes[0]!, publications[1]!)).toBe('2023-quote-a');
  });

  it('lists a quote on its theme’s page, or on the overview when it has no theme', () => {
    expect(quoteListing(quotes[0]!)).toBe('/quotes/themes/help/');
    expect(quoteListing(quotes[4]!)).toBe('/quotes/');
  });

  it('shows on the overview each theme with quotes, in the site’s order, with its count and its most recent quote, and the quotes on no theme', () => {
    const overview = quotesOverview(quotes, themes, publications);
    expect(overview.themes.map((t) => [t.theme.id, t.count, t.publications, t.latest.anchor])).toEqual([['money', 1, 1, 'quote-d'], ['help', 3, 2, 'quote-a']]);
    expect(overview.unthemed.map((q) => q.anchor)).toEqual(['quote-e']);
  });

  it('takes the first quote of the newest publication, whatever order the quotes come in', () => {
    const overview = quotesOverview([quotes[2]!, quotes[1]!, quotes[0]!], themes, publications);
    expect(overview.themes.find((t) => t.theme.id === 'help')!.latest.anchor).toBe('quote-b');
  });

  it('sends each old address on the overview to the page that lists the quote now, fragment kept', () => {
    expect(quoteOverviewMoves({ publications: publications as never }, quotes)).toEqual({
      '2023-quote-a': '/quotes/themes/help/#2023-quote-a',
      '2023-quote-b': '/quotes/themes/help/#2023-quote-b',
      '2021-quote-c': '/quotes/themes/help/#2021-quote-c',
      '2021-quote-d': '/quotes/themes/money/#2021-quote-d',
    });
  });
});
