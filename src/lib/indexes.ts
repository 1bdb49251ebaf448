/**
 * The indexes of recommendations and quotes, derived from the extracted MDX (never a second copy):
 * each entry carries what its index pages, permalink pages and copy buttons need.
 */
import type { ChapterEntry, PublicationEntry, SiteContent } from './content/site.ts';
import type { ExtractedQuote, ExtractedRecommendation } from './mdx/extract.ts';
import { paths } from './urls.ts';
import { slugify } from './slug.ts';
import { yearOf } from './dates.ts';
import { oncePerSite, siteLookup } from './site-lookup.ts';
import { groupBy } from './content/numbering.ts';
import { itemLabel, itemName } from './numbered-item.ts';

export interface RecommendationEntry extends ExtractedRecommendation {
  /** What its publication calls it, e.g. "Recommendation 4" or "Key point 4"; in a sentence, "key point 4". */
  label: string;
  name: string;
  code: string;
  publicationTitle: string;
  publicationShortTitle: string;
  year: number;
  /** The publication's date (YYYY or YYYY-MM), for ordering by how recent it is. */
  date: string;
  chapterTitle: string;
  themeName: string;
  /** Permalink page, e.g. /recommendations/2021-4/ */
  permalink: string;
  /** The recommendation in its chapter, e.g. /2021-regional-care-report/early-help/#recommendation-1 */
  inChapter: string;
}

export interface QuoteEntry extends ExtractedQuote {
  publicationTitle: string;
  year: number;
  chapterTitle: string;
  theme?: string | undefined;
  themeName?: string | undefined;
  roleSlug: string;
  inChapter: string;
}

const chapterOf = (site: SiteContent, publication: string, slug: string) => siteLookup(site).chapter(publication, slug);
const publicationOf = (site: SiteContent, id: string) => siteLookup(site).publication(id);

export const recommendationEntries: (site: SiteContent) => readonly RecommendationEntry[] = oncePerSite((site) => site.recommendations.map((r): RecommendationEntry => {
    const publication = publicationOf(site, r.publication);
    return {
      ...r,
      label: itemLabel(publication.numberedItem, r.number),
      name: itemName(publication.numberedItem, r.number),
      code: publication.code,
      publicationTitle: publication.title,
      publicationShortTitle: publication.shortTitle,
      year: yearOf(publication.date),
      date: publication.date,
      chapterTitle: chapterOf(site, r.publication, r.chapter).data.title,
      themeName: site.themes.find((t) => t.id === r.theme)?.name ?? r.theme,
      permalink: paths.recommendation(publication.code, r.number),
      inChapter: paths.fragment(r.publication, r.chapter, r.anchor),
    };
}));

export const quoteEntries: (site: SiteContent) => readonly QuoteEntry[] = oncePerSite((site) => site.quotes.map((q): QuoteEntry => {
    const publication = publicationOf(site, q.publication);
    const chapter = chapterOf(site, q.publication, q.chapter);
    const theme = site.themes.find((t) => t.id === chapter.data.theme);
    return {
      ...q,
      publicationTitle: publication.title,
      year: yearOf(publication.date),
      chapterTitle: chapter.data.title,
      theme: theme?.id,
      themeName: theme?.name,
      roleSlug: slugify(q.by),
      inChapter: paths.fragment(q.publication, q.chapter, q.anchor),
    };
}));

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

const recommendationsByTheme = oncePerSite((site) => groupBy(recommendationEntries(site), (r) => r.theme));
const recommendationsByPublication = oncePerSite((site) => groupBy(recommendationEntries(site), (r) => r.publication));

/** The recommendations on one theme, in site order (grouped once per site, not searched per page). */
export function recommendationsOnTheme(site: SiteContent, theme: string): readonly RecommendationEntry[] {
  return recommendationsByTheme(site).get(theme) ?? [];
}

/** The recommendations of one publication, in their order (grouped once per site). */
export function recommendationsOfPublication(site: SiteContent, publication: string): readonly RecommendationEntry[] {
  return recommendationsByPublication(site).get(publication) ?? [];
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
    .filter(({ publication }) => publication.format !== 'press-release');
  return mostRecent(elsewhere, ({ publication }) => publication.date, limit);
}

/** The distinct speaker roles, most quoted first, with their counts. */
export function quoteRoles(quotes: readonly QuoteEntry[]): { role: string; slug: string; count: number }[] {
  const roles = new Map<string, { role: string; slug: string; count: number }>();
  for (const q of quotes) {
    const entry = roles.get(q.roleSlug) ?? { role: q.by, slug: q.roleSlug, count: 0 };
    entry.count++;
    roles.set(q.roleSlug, entry);
  }
  return [...roles.values()].sort((a, b) => b.count - a.count || a.role.localeCompare(b.role));
}

/** A quote's first words, to tell its links and buttons apart for screen readers: “The care market issue is…”. */
export function quoteOpening(text: string, words = 6): string {
  const all = text.replace(/^[“"‘']+/, '').replace(/[”"’']+$/, '').split(/\s+/).filter(Boolean);
  return `“${all.slice(0, words).join(' ')}${all.length > words ? '…' : ''}”`;
}

/** A quote as a journalist would paste it: the words, who said them, where, and the link. */
export function quoteForCopy(q: Pick<QuoteEntry, 'text' | 'by' | 'publicationTitle' | 'year'>, url: string): string {
  // Paragraphs become one line. A quote printed with its own marks opens each paragraph with “ and
  // closes only the last (“…care. / “We know…”): on one line those inner marks would be unmatched.
  const paragraphs = q.text.trim().split(/\s*\n\s*\n\s*/);
  const ownMarks = /^[“"]/.test(paragraphs[0] ?? '');
  const words = paragraphs.map((p, i) => (ownMarks && i > 0 ? p.replace(/^[“"]/, '') : p)).join(' ');
  const quoted = ownMarks ? words : `“${words}”`;
  return `${quoted} — ${q.by}, ${q.publicationTitle} (${q.year}). ${url}`;
}
