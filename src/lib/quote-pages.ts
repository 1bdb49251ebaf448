/**
 * The quotes pages: an overview (/quotes/) with each theme's count and most recent quote, and one
 * page per theme listing all of its quotes (/quotes/themes/<theme>/), so no page carries every
 * quote of the site. A quote on no theme is listed on the overview itself.
 *
 * Every quote has one id on these pages, its publication's code and its anchor
 * ("2021-quote-poverty-is-stark-shameful-and-obvious"): the overview once listed every quote under
 * it, so `/quotes/#<id>` was an address; it now leads to the page that lists the quote.
 */
import type { QuoteEntry } from './kinds/quote.ts';
import type { PublicationEntry, SiteContent } from './model.ts';
import type { Theme } from '../schemas/theme.ts';
import { paths } from './addresses.ts';

/** A quote's id on the quotes pages: its publication's code, then its anchor. */
export function quoteListId(quote: Pick<QuoteEntry, 'anchor'>, publication: Pick<PublicationEntry, 'code'>): string {
  return `${publication.code}-${quote.anchor}`;
}

/** The page that lists a quote in full: its theme's page, or the overview for a quote on no theme. */
export function quoteListing(quote: Pick<QuoteEntry, 'theme'>): string {
  return quote.theme === undefined ? paths.quotes() : paths.quotesByTheme(quote.theme);
}

export interface ThemeQuotes {
  theme: Theme;
  /** How many quotes the theme has, and from how many publications. */
  count: number;
  publications: number;
  /** The theme's most recent quote: the first, in reading order, of its most recent publication. */
  latest: QuoteEntry;
}

export interface QuotesOverview {
  /** The themes with quotes, in the site's order of themes. */
  themes: ThemeQuotes[];
  /** Quotes on no theme: the overview lists them in full (no theme page does). */
  unthemed: QuoteEntry[];
}

/** What the overview shows. `quotes` in reading order (publication by publication, each in its chapters' order). */
export function quotesOverview(quotes: readonly QuoteEntry[], themes: readonly Theme[], publications: readonly Pick<PublicationEntry, 'id' | 'date'>[]): QuotesOverview {
  const dateOf = new Map(publications.map((p) => [p.id, p.date]));
  const out: ThemeQuotes[] = [];
  for (const theme of themes) {
    const own = quotes.filter((q) => q.theme === theme.id);
    if (own.length === 0) continue;
    // Partial ISO dates (2021, 2021-07, 2021-07-28) sort as text; the first of the newest wins a tie.
    const latest = own.reduce((best, q) => ((dateOf.get(q.publication) ?? '') > (dateOf.get(best.publication) ?? '') ? q : best));
    out.push({ theme, count: own.length, publications: new Set(own.map((q) => q.publication)).size, latest });
  }
  return { themes: out, unthemed: quotes.filter((q) => q.theme === undefined) };
}

/**
 * Where each quote's address on the overview, `/quotes/#<id>`, leads now: id →
 * "/quotes/themes/<theme>/#<id>" for every quote on a theme (the page follows it only when the
 * quote is not on the overview itself: a theme's most recent quote is). The shape of a page's
 * moved fragments (src/lib/load/moves.ts, fragmentMovesFrom), which FragmentMoves follows.
 */
export function quoteOverviewMoves(site: Pick<SiteContent, 'publications'>, quotes: readonly QuoteEntry[]): Record<string, string> {
  const codeOf = new Map(site.publications.map((p) => [p.id, p]));
  const moves: Record<string, string> = {};
  for (const quote of quotes) {
    const listing = quoteListing(quote);
    if (listing === paths.quotes()) continue;
    const id = quoteListId(quote, codeOf.get(quote.publication)!);
    moves[id] = `${listing}#${id}`;
  }
  return moves;
}
