/**
 * Lookups over the loaded site by id, made once per site. Pages and indexes find publications and
 * chapters through these instead of searching the lists, so a page's cost does not grow with the
 * number of chapters on the site.
 */
import type { ChapterEntry, PublicationEntry, SiteContent } from './model.ts';

/** Group items by a key, keeping the order of first appearance of each key. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Derived once per loaded site and shared by every page built from it (read-only). */
export function oncePerSite<T>(compute: (site: SiteContent) => T): (site: SiteContent) => T {
  const cache = new WeakMap<SiteContent, T>();
  return (site) => {
    if (!cache.has(site)) cache.set(site, compute(site));
    return cache.get(site)!;
  };
}

export interface SiteLookup {
  publication(id: string): PublicationEntry;
  chapter(publication: string, slug: string): ChapterEntry;
  /** A publication's chapters, in their order. */
  chaptersOf(publication: string): readonly ChapterEntry[];
}

export const siteLookup: (site: SiteContent) => SiteLookup = oncePerSite((site) => {
  const publications = new Map(site.publications.map((p) => [p.id, p]));
  const chapters = new Map(site.chapters.map((c) => [`${c.data.publication}/${c.slug}`, c]));
  const byPublication = groupBy(site.chapters, (c) => c.data.publication);
  return {
    publication(id) {
      const publication = publications.get(id);
      if (!publication) throw new Error(`No publication ${id}`);
      return publication;
    },
    chapter(publication, slug) {
      const chapter = chapters.get(`${publication}/${slug}`);
      if (!chapter) throw new Error(`No chapter ${publication}/${slug}`);
      return chapter;
    },
    chaptersOf(publication) {
      return byPublication.get(publication) ?? [];
    },
  };
});
