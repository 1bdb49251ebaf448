/**
 * The public history of every published change: each numbered block of each chapter (paragraph,
 * list, table, quotation, quote, numbered item) with every text it has held, oldest first, and
 * the day it began. The build keeps it in src/content/history.json (as it keeps the register of
 * published addresses), so a host that clones with depth 1 still builds every history page.
 * Pure: the file's reading and writing are in file.ts.
 */
import { diffWords } from 'diff';

export interface Version {
  /** The block's words from `from` on; "" while it did not exist, or once it was removed. */
  text: string;
  /** Its number as readers cite it then: "6.12". */
  label?: string | undefined;
  /** The day (YYYY-MM-DD) the build first published these words. */
  from: string;
}

export interface PageHistory {
  /** The day the page was first recorded. */
  since: string;
  /** Each block's versions, oldest first, by its anchor, in reading order. */
  blocks: Record<string, Version[]>;
}

export interface History {
  /** Chapter pages, by path: "/annual-report/waiting-lists/". */
  pages: Record<string, PageHistory>;
}

/** A chapter page's blocks as they are now. */
export interface CurrentBlock {
  anchor: string;
  text: string;
  label?: string | undefined;
  /** Removed after publication ({/* removed *\/}): its words are gone. */
  retired?: boolean;
}

export function emptyHistory(): History {
  return { pages: {} };
}

/**
 * The history after a build on `today`: a new page is recorded as first published; a block whose
 * words differ from its last version gets a new version from today (a new block on a page
 * published before gets an empty first version: it was inserted). Two edits on one day are one
 * change, and an edit undone the same day is no change. Nothing is ever dropped.
 */
export function updateHistory(old: History, pages: ReadonlyMap<string, readonly CurrentBlock[]>, today: string): History {
  const next: History = { pages: { ...old.pages } };
  for (const [page, blocks] of pages) {
    const before = old.pages[page];
    if (!before) {
      next.pages[page] = { since: today, blocks: Object.fromEntries(blocks.map((b) => [b.anchor, [{ text: b.retired ? '' : b.text, label: b.label, from: today }]])) };
      continue;
    }
    const merged: Record<string, Version[]> = {};
    for (const [anchor, versions] of Object.entries(before.blocks)) merged[anchor] = [...versions];
    for (const block of blocks) {
      const text = block.retired ? '' : block.text;
      const versions = merged[block.anchor] ?? (merged[block.anchor] = [{ text: '', label: block.label, from: before.since }]);
      const last = versions.at(-1)!;
      if (last.text === text) continue;
      if (last.from === today && versions.length > 1) {
        // A second edit the same day is the same change; an edit undone the same day is none.
        if (versions.at(-2)!.text === text) versions.pop();
        else versions[versions.length - 1] = { text, label: block.label, from: today };
      } else {
        versions.push({ text, label: block.label, from: today });
      }
    }
    next.pages[page] = { since: before.since, blocks: merged };
  }
  return next;
}

/** One change to one block: its words before and after, on the day it was published. */
export interface BlockChange {
  page: string;
  anchor: string;
  label?: string | undefined;
  date: string;
  before: string;
  after: string;
  kind: 'changed' | 'inserted' | 'removed';
}

/** Every change recorded for the given pages, oldest first (a page's first publication is not a change). */
export function changesIn(history: History, pages: readonly string[]): BlockChange[] {
  const out: BlockChange[] = [];
  for (const page of pages) {
    const recorded = history.pages[page];
    if (!recorded) continue;
    for (const [anchor, versions] of Object.entries(recorded.blocks)) {
      for (let i = 1; i < versions.length; i++) {
        const before = versions[i - 1]!;
        const after = versions[i]!;
        out.push({ page, anchor, label: after.label ?? before.label, date: after.from, before: before.text, after: after.text,
          kind: before.text === '' ? 'inserted' : after.text === '' ? 'removed' : 'changed' });
      }
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** The words of a change, word by word: what stayed, what went and what came. */
export function wordDiff(before: string, after: string): { text: string; change: 'same' | 'removed' | 'added' }[] {
  return diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}
