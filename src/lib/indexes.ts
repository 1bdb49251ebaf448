/**
 * What pages list beside their own content, across publications: related numbered items and
 * chapters on the same theme, at most a few and the most recent first. (Each kind's own index
 * entries are in its module: src/lib/kinds/numbered-item.ts, src/lib/kinds/quote.ts.)
 */
import type { ChapterEntry, PublicationEntry, SiteContent } from './model.ts';
import type { RecommendationEntry } from './kinds/numbered-item.ts';
import { groupBy, oncePerSite, siteLookup } from './lookup.ts';
import { isPressRelease } from './publication-formats.ts';

/**
 * How many related items a page lists: other publications' recommendations on a recommendation's
 * page, other publications' chapters on a chapter's page. The theme's own pages list them all; a
 * page stays short however many publications the site grows to hold.
 */
export const RELATED_LIMIT = 6;

/** At most `limit` items, the most recent first (ties keep site order), and how many there are in all. */
export function mostRecent<T>(items: readonly T[], when: (item: T) => string | number, limit = RELATED_LIMIT): { shown: T[]; total: number } {
  const newestFirst = items.map((item, i) => ({ item, i, at: when(item) }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.i - b.i))
    .map(({ item }) => item);
  return { shown: newestFirst.slice(0, limit), total: items.length };
}

/** Recommendations on the same theme in the other publications: the most recent publications' first. */
export function relatedRecommendations<T extends Pick<RecommendationEntry, 'theme' | 'publication' | 'date'>>(
  entry: T,
  all: readonly T[],
  limit = RELATED_LIMIT,
): { shown: T[]; total: number } {
  return mostRecent(all.filter((other) => other.theme === entry.theme && other.publication !== entry.publication), (r) => r.date, limit);
}

const chaptersByTheme = oncePerSite((site) => groupBy(site.chapters.filter((c) => c.data.theme !== undefined), (c) => c.data.theme!));

/**
 * Chapters on a chapter's theme in the other publications (press releases aside), so a reader can
 * follow the theme from one publication to the next: the most recent publications' first.
 */
export function sameThemeElsewhere(site: SiteContent, chapter: ChapterEntry, limit = RELATED_LIMIT): { shown: { chapter: ChapterEntry; publication: PublicationEntry }[]; total: number } {
  if (chapter.data.theme === undefined) return { shown: [], total: 0 };
  const lookup = siteLookup(site);
  const elsewhere = (chaptersByTheme(site).get(chapter.data.theme) ?? [])
    .filter((c) => c.data.publication !== chapter.data.publication)
    .map((c) => ({ chapter: c, publication: lookup.publication(c.data.publication) }))
    .filter(({ publication }) => !isPressRelease(publication));
  return mostRecent(elsewhere, ({ publication }) => publication.date, limit);
}
