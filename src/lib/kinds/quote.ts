/**
 * Quotes: what a person said, as the publication prints it, <Quote by="…">…</Quote>. Each is a
 * numbered block with its own anchor, made from its first six words (#quote-poverty-is-stark-…);
 * the quotes index (/quotes/, by theme and by speaker) and the theme pages list it, with a button
 * that copies it with its attribution and link.
 */
import type { Kind } from './kind.ts';
import type { ExtractedQuote, SiteContent } from '../model.ts';
import { slugify } from '../slug.ts';
import { curlyApostrophes } from '../typography.ts';
import { paths } from '../addresses.ts';
import { yearOf } from '../locale.ts';
import { oncePerSite, siteLookup } from '../lookup.ts';

export const QUOTE_PREFIX = 'quote-';

/** Anchor of a quote: "quote-" and the slug of its first words, stable while those words are. */
export function quoteAnchor(text: string, words = 6): string {
  const first = text
    .replace(/[“”"‘’]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, words)
    .join(' ');
  return `${QUOTE_PREFIX}${slugify(first)}`;
}

export const quote: Kind = {
  name: 'quote',
  noun: 'quote',
  anchorPrefix: QUOTE_PREFIX,
  registered: true,
  components: [{
    name: 'Quote',
    required: [],
    takes: ['by', 'id'],
    setByBuild: ['id', 'para'],
    example: '<Quote by="A foster carer">…</Quote>',
    use: 'what a person said, with `by` their role exactly as the publication gives it',
    numbering: 'block',
    blockKind: 'quote',
    blockAnchor: (el, scope) => {
      // Two quotes opening with the same words: the second is #quote-…-2.
      const base = quoteAnchor(scope.text(el));
      const seen = scope.next(`quote:${base}`);
      return seen === 1 ? base : `${base}-${seen}`;
    },
    extract(_el, scope) {
      const by = scope.attributes['by'] === undefined ? undefined : curlyApostrophes(scope.attributes['by'].trim());
      if (!by) {
        scope.finding('quote-attribution', 'a <Quote> has no attribution', 'add by="…" with the speaker’s role exactly as the source gives it');
        return;
      }
      scope.out.quotes.push({
        publication: scope.publication,
        chapter: scope.chapter,
        by,
        text: scope.text,
        anchor: scope.attributes['id'] ?? '',
        heading: scope.heading,
        place: scope.place,
      });
    },
  }],
};

export interface QuoteEntry extends ExtractedQuote {
  publicationTitle: string;
  year: number;
  chapterTitle: string;
  theme?: string | undefined;
  themeName?: string | undefined;
  roleSlug: string;
  inChapter: string;
}

export const quoteEntries: (site: SiteContent) => readonly QuoteEntry[] = oncePerSite((site) => site.quotes.map((q): QuoteEntry => {
  const lookup = siteLookup(site);
  const publication = lookup.publication(q.publication);
  const chapter = lookup.chapter(q.publication, q.chapter);
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
