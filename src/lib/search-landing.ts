/**
 * Where a search result leads, and the words it shows, from one place in the page: the search page
 * shows an excerpt around the spot where the query's words stand closest together, names the
 * section holding it, and links to the numbered paragraph (or quote, recommendation, slide) that
 * holds it. Pagefind's own excerpt is taken from the page's first matching section, which may be
 * far from the best match: a link built from one place and an excerpt from another would send the
 * reader somewhere the excerpt is not.
 */

/** What this needs of a Pagefind result (its word positions count words of `raw_content`, as Pagefind splits them). */
export interface SearchResultData {
  url: string;
  content: string;
  raw_content?: string | undefined;
  /** Word positions of the matches. */
  locations?: number[] | undefined;
  /** Elements with an id, with the word position where each starts. */
  anchors?: { id: string; location: number }[] | undefined;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] | undefined }[] | undefined;
  excerpt: string;
}

export interface SearchLanding {
  href: string;
  /** The excerpt as HTML: the page's words, escaped, with the matches in <mark>. */
  excerpt: string;
  /** The title of the section holding the excerpt (undefined before the first heading). */
  section: string | undefined;
}

/** Words of the excerpt: about Pagefind's own length (the search page asks it for 30). */
const EXCERPT_WORDS = 30;
/** Words of the excerpt shown before the best match. */
const WORDS_BEFORE = 8;

/** Where the query's words cluster most closely: for a phrase, where the phrase stands. */
export function bestLocation(locations: readonly number[]): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const here of locations) {
    const count = locations.filter((other) => Math.abs(other - here) <= 12).length;
    if (count > bestCount) {
      best = here;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Ids a reader can land on (the kinds' anchor prefixes, src/lib/kinds/): a numbered paragraph,
 * quote, numbered item (and its copy in <AllRecommendations>, "all-recommendation-4") or slide; not a
 * label inside one. Written out here so that the search page's script does not bundle the kinds.
 */
const LANDING_ID = /^(para|quote|recommendation|all-recommendation|slide)-(?!.*-label$)/;

/** The words as Pagefind counts them (its split), each safe to put into HTML. */
function words(data: SearchResultData): string[] {
  const text = data.raw_content ?? data.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split(/[^\S\uFEFF]+/).map((word) => word.replace(/&(?!lt;|gt;|amp;)/g, '&amp;'));
}

export function searchLanding(data: SearchResultData): SearchLanding {
  const page = data.url.split('#')[0]!;
  const first = data.sub_results?.[0];
  const at = bestLocation(data.locations ?? []);
  if (at === undefined) return { href: first?.url ?? data.url, excerpt: first?.excerpt ?? data.excerpt, section: first?.title };
  const all = words(data);
  const start = Math.max(0, Math.min(at - WORDS_BEFORE, all.length - EXCERPT_WORDS));
  const end = Math.min(all.length, start + EXCERPT_WORDS);
  const marked = new Set(data.locations);
  const shown = all.slice(start, end).map((word, i) => (marked.has(start + i) ? `<mark>${word}</mark>` : word)).join(' ').trim();
  const excerpt = `${start > 0 ? '… ' : ''}${shown}${end < all.length ? ' …' : ''}`;
  const holder = (data.anchors ?? []).filter((a) => a.location <= at && LANDING_ID.test(a.id)).at(-1);
  // The section holding the match (Pagefind's sections list the matches in each).
  const sections = data.sub_results ?? [];
  const section = sections.find((s) => s.locations?.includes(at)) ?? sections.filter((s) => Math.min(...(s.locations ?? [])) <= at).at(-1);
  return { href: holder ? `${page}#${holder.id}` : section?.url ?? data.url, excerpt, section: section?.title };
}
