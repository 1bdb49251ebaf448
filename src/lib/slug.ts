/** URL-safe anchors from text, the same everywhere (headings, quotes, index pages). */
import GithubSlugger, { slug as githubSlug } from 'github-slugger';

export function slugify(text: string): string {
  return githubSlug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, ''));
}

/** A slugger that de-duplicates within one page: "notes", "notes-1", ... */
export function createSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, ''));
}

/** Anchor of a quote: "quote-" and the slug of its first words, stable while those words are. */
export function quoteAnchor(text: string, words = 6): string {
  const first = text
    .replace(/[“”"‘’]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, words)
    .join(' ');
  return `quote-${slugify(first)}`;
}

export function recommendationAnchor(n: number): string {
  return `recommendation-${n}`;
}

/** Anchor of the n-th numbered block (paragraph or list) of a chapter; "12a" for one inserted after 12. */
export function paragraphAnchor(n: number | string): string {
  return `para-${n}`;
}

/** Anchor of the n-th slide of a slide deck: the slide number is in the URL. */
export function slideAnchor(n: number): string {
  return `slide-${n}`;
}
