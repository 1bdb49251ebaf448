/**
 * The permanent-link registry: every page and fragment this site has published, written to
 * src/content/permalinks.json by each successful build and committed with the content. Later
 * builds check against it (see check.ts) so that no published link silently breaks.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockKind } from '../model.ts';
import type { KindName } from '../kinds/kind.ts';

export const REGISTRY_FILE = 'src/content/permalinks.json';

export interface Registry {
  /** Every published page or file, as a path from the site root ("/", "/data/x.csv"). */
  pages: string[];
  /** Per page, each published fragment id and the first words it held then. */
  fragments: Record<string, Record<string, string>>;
  /** Per chapter page, the chapter's number its paragraphs were published with (6 for “6.12”): citations name it. */
  chapters?: Record<string, number>;
}

/** One anchor a page has now, with where it is written. */
export interface Anchor {
  id: string;
  /** Words the anchor holds (a heading's text, a paragraph's text); "" for a removed paragraph's placeholder. */
  text: string;
  /** What readers see: "paragraph 6.12", "heading “Care markets”". */
  what: string;
  file: string;
  line: number;
  /** A removed paragraph's placeholder ({/* removed *\/}): its old links land, its words are gone on purpose. */
  retired?: boolean;
  /** What it is, for advice: a numbered block's kind, or a heading, chart or key figure. */
  kind?: KindName | BlockKind | 'removed';
  /** A numbered block's place in the chapter's numbering, without the chapter: "14", "12a". */
  position?: string;
  /** The number readers see and cite, "6.14", when the chapter's number is known. */
  label?: string | undefined;
}

/** The anchors of one page, by its path. */
export type PageAnchors = Map<string, Anchor[]>;

const EXCERPT_WORDS = 12;

/** The first words of a text, lower-case and without punctuation: what the registry remembers. */
export function excerpt(text: string): string {
  // The first few hundred characters hold the first twelve words (a thirteenth, maybe cut, shows
  // it): the rest of a long paragraph need not be read, as the check asks for excerpts often.
  if (text.length > 400) {
    const words = wordsOf(text.slice(0, 400));
    if (words.length > EXCERPT_WORDS) return words.slice(0, EXCERPT_WORDS).join(' ');
  }
  return wordsOf(text).slice(0, EXCERPT_WORDS).join(' ');
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** How alike two excerpts are, 0..1 (shared words over all words): a typo fix stays above one half. */
export function similarity(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (wa.size === 0 && wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}

export const SAME_TEXT = 0.5;

/** Where published words are now on a page, if anywhere (the most alike anchor, not `except`). */
export function whereAre(words: string, anchors: readonly Anchor[], except?: string): Anchor | undefined {
  let best: Anchor | undefined;
  let score = SAME_TEXT;
  for (const a of anchors) {
    if (a.retired || a.id === except) continue;
    const s = similarity(words, excerpt(a.text));
    if (s >= score) { best = a; score = s; }
  }
  return best;
}

/** The published id (other than `except`) whose words an anchor holds now, if any. */
export function publishedIdOf(anchor: Anchor, published: Readonly<Record<string, string>>, except?: string): string | undefined {
  if (anchor.retired) return undefined;
  const words = excerpt(anchor.text);
  let best: string | undefined;
  let score = SAME_TEXT;
  for (const [id, was] of Object.entries(published)) {
    if (id === except) continue;
    const s = similarity(was, words);
    if (s >= score) { best = id; score = s; }
  }
  return best;
}

/**
 * The anchors of a page whose words changed because the numbers shifted, not because they were
 * rewritten: their published words are now at another anchor, or they now hold another published
 * anchor's words (a paragraph was deleted or inserted above them). `--accept` never records these.
 */
export function shiftedAnchors(published: Readonly<Record<string, string>>, now: readonly Anchor[]): Set<string> {
  const out = new Set<string>();
  for (const anchor of now) {
    const was = published[anchor.id];
    if (anchor.retired || was === undefined || similarity(was, excerpt(anchor.text)) >= SAME_TEXT) continue;
    if (whereAre(was, now, anchor.id) || publishedIdOf(anchor, published, anchor.id)) out.add(anchor.id);
  }
  return out;
}

export function emptyRegistry(): Registry {
  return { pages: [], fragments: {}, chapters: {} };
}

/**
 * The registry after a build: everything it held, plus the pages and anchors that are new.
 * Nothing is ever dropped. A fragment whose words changed only a little (a typo fix) has its
 * excerpt refreshed; with `accept`, every changed excerpt is (an editor's deliberate rewrite),
 * except where the numbers shifted (see shiftedAnchors): that is never a rewrite. A chapter's number
 * is recorded once, when it is first published; with `accept`, a renumbering on purpose is recorded.
 */
export function mergeRegistry(old: Registry, pages: readonly string[], anchors: PageAnchors, accept = false, numbers: ReadonlyMap<string, number> = new Map()): Registry {
  const allPages = [...new Set([...old.pages, ...pages])].sort();
  const fragments: Record<string, Record<string, string>> = {};
  const pagePaths = [...new Set([...Object.keys(old.fragments), ...anchors.keys()])].sort();
  for (const page of pagePaths) {
    const before = old.fragments[page] ?? {};
    const now = anchors.get(page) ?? [];
    const merged: Record<string, string> = { ...before };
    const shifted = accept ? shiftedAnchors(before, now) : new Set<string>();
    for (const anchor of now) {
      if (anchor.retired) continue;
      const words = excerpt(anchor.text);
      const was = before[anchor.id];
      if (was === undefined || (accept && !shifted.has(anchor.id)) || similarity(was, words) >= SAME_TEXT) merged[anchor.id] = words;
    }
    if (Object.keys(merged).length > 0) fragments[page] = merged;
  }
  const chapters: Record<string, number> = { ...old.chapters };
  for (const [page, n] of numbers) if (chapters[page] === undefined || accept) chapters[page] = n;
  return { pages: allPages, fragments, chapters: Object.fromEntries(Object.entries(chapters).sort(([a], [b]) => a.localeCompare(b))) };
}

export function serializeRegistry(registry: Registry): string {
  return `${JSON.stringify({
    $comment: 'Every URL and fragment this site has published. Written by npm run build: commit it with your change. Never edit by hand; see EDITING.md, “Links that must keep working”.',
    pages: registry.pages,
    chapters: registry.chapters ?? {},
    fragments: registry.fragments,
  }, null, 1)}\n`;
}

export function readRegistry(root: string): Registry | undefined {
  const path = join(root, REGISTRY_FILE);
  if (!existsSync(path)) return undefined;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Registry>;
  return { pages: raw.pages ?? [], fragments: raw.fragments ?? {}, chapters: raw.chapters ?? {} };
}

/** Write the registry when it changed; returns whether it did. */
export function writeRegistry(root: string, registry: Registry): boolean {
  const path = join(root, REGISTRY_FILE);
  const text = serializeRegistry(registry);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}
