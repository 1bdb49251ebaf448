/** URL-safe anchors from text, the same everywhere (headings, quotes, index pages). */
import GithubSlugger, { slug as githubSlug } from 'github-slugger';

const plain = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, '');

export function slugify(text: string): string {
  return githubSlug(plain(text));
}

/** A slugger that de-duplicates within one page: "notes", "notes-1", ... */
export function createSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(plain(text));
}
