/**
 * What a page is made from, as one digest: the `cacheKey` each route's getStaticPaths() returns,
 * so a rebuild (Astro's experimental.incrementalBuild) keeps the last build's file for every page
 * whose key and code are unchanged, and renders only the pages an edit reaches.
 *
 * A key must change whenever what its page shows could change. The pages read the checked content
 * (src/lib/current-site.ts), not modules, so Astro cannot see that dependency: it is written here,
 * in three layers.
 * - The site's outline: everything but the chapters' running text. The site file, publications,
 *   themes, datasets, key figures, progress, moves and sources whole; of each chapter, what other
 *   pages show of it (its frontmatter, headings, numbered items and quotes with their paragraph
 *   numbers, components, links, removed anchors), never its paragraphs' words or where in the file
 *   they are. Every page depends on it, with the engine's code and the git dates of the content
 *   (the "last changed" lines), so a commit renders every page again.
 * - A publication's history (the changes its pages mark): every page of that publication.
 * - A chapter's text (its source): its own page, and the pages that carry whole publications.
 * Editing a sentence in a chapter changes its text and its publication's history (the change is
 * recorded), so only that publication's pages are rendered again; a new title or numbered item
 * changes the outline, and every page is.
 */
import { createHash } from 'node:crypto';
import type { ChapterEntry, SiteContent } from './model.ts';
import { oncePerSite, siteLookup } from './lookup.ts';
import { publicationChanges } from './history/site-history.ts';
import { allChangeDates } from './git-dates.ts';

function digest(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** JSON with a key order that does not depend on how the objects were built. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Map ? [...v].sort(([a], [b]) => String(a).localeCompare(String(b)))
      : v instanceof Set ? [...v].sort()
      : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v);
}

/** What other pages may show of a chapter: all of it but its running text and where things are in the file. */
export function chapterOutline(chapter: ChapterEntry): unknown {
  const { extract } = chapter;
  const labelOf = new Map(extract.blocks.map((b) => [b.id, b.label]));
  return {
    id: chapter.id,
    slug: chapter.slug,
    file: chapter.file,
    data: chapter.data,
    headings: extract.headings.map(({ depth, text, id }) => ({ depth, text, id })),
    recommendations: extract.recommendations.map(({ place: _place, ...r }) => ({ ...r, label: labelOf.get(r.anchor) })),
    quotes: extract.quotes.map(({ place: _place, ...q }) => ({ ...q, label: labelOf.get(q.anchor) })),
    retired: extract.retired.map(({ id, label }) => ({ id, label })),
    components: extract.components.map(({ name, attributes }) => ({ name, attributes })),
    links: chapter.internalLinks.map((l) => l.url),
    notes: extract.noteRefs,
  };
}

/** Everything a page of the site may show, but the chapters' running text and the publications' histories. */
export function siteOutline(site: SiteContent): string {
  const { root: _root, findings: _findings, gaps: _gaps, chapters, recommendations: _r, quotes: _q, ...rest } = site;
  return digest(stableJson(rest), stableJson(chapters.map(chapterOutline)));
}

export interface PageKeys {
  /** A page that shows the site's outline: indexes, themes, numbered items, quotes, data. */
  site(): string;
  /** A page of one publication that shows its history, not its chapters' text (its contents page, its numbered items). */
  publication(publication: string): string;
  /** A chapter's page: its publication, and its own text. */
  chapter(chapter: ChapterEntry): string;
  /** A page that carries every chapter of a publication whole (print, full text, history). */
  wholePublication(publication: string): string;
}

/**
 * The keys of a site's pages. `engine` names the code that turns content into pages (a digest of the
 * engine's files, src/integrations/build/engine-digest.ts), so a new engine renders every page.
 */
export const pageKeys: (site: SiteContent, engine?: string) => PageKeys = (() => {
  const byEngine = new Map<string, (site: SiteContent) => PageKeys>();
  return (site: SiteContent, engine = '') => {
    let keys = byEngine.get(engine);
    if (!keys) {
      keys = oncePerSite((s) => makeKeys(s, engine));
      byEngine.set(engine, keys);
    }
    return keys(site);
  };
})();

function makeKeys(site: SiteContent, engine: string): PageKeys {
  const lookup = siteLookup(site);
  // The "last changed" lines (from git): every content file's last commit date.
  const shell = digest(engine, siteOutline(site), allChangeDates());
  const histories = new Map<string, string>();
  const history = (publication: string): string => {
    if (!histories.has(publication)) {
      const changes = publicationChanges(site, publication).map(({ chapter, ...change }) => ({ ...change, chapter: chapter.id }));
      histories.set(publication, digest(shell, stableJson(changes)));
    }
    return histories.get(publication)!;
  };
  const texts = new Map<ChapterEntry, string>();
  const text = (chapter: ChapterEntry): string => {
    if (!texts.has(chapter)) texts.set(chapter, digest(chapter.extract.sourceKey));
    return texts.get(chapter)!;
  };
  return {
    site: () => shell,
    publication: (publication) => history(publication),
    chapter: (chapter) => digest(history(chapter.data.publication), text(chapter)),
    wholePublication: (publication) => {
      return digest(history(publication), ...lookup.chaptersOf(publication).map(text));
    },
  };
}
