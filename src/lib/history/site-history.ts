/**
 * The site's history as this build publishes it: the committed history (src/content/history.json)
 * brought up to date with the chapters as they are now, on the day the build runs. Pages read it,
 * and the build writes it back: the history pages and the file always agree.
 */
import type { ChapterEntry, SiteContent } from '../model.ts';
import { paths, withBase } from '../addresses.ts';
import { formatPartialDate } from '../locale.ts';
import { oncePerSite } from '../lookup.ts';
import { readHistory } from './file.ts';
import { changesIn, updateHistory, type BlockChange, type CurrentBlock, type History } from './history.ts';

/** The day the build publishes on: BUILD_DATE (YYYY-MM-DD) where set (tests, rebuilding a past state), else today. */
export function publishingDay(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const set = env['BUILD_DATE'];
  return set && /^\d{4}-\d{2}-\d{2}$/.test(set) ? set : new Date().toISOString().slice(0, 10);
}

/** A chapter's numbered blocks as they are now, removed ones included (their words are gone). */
export function currentBlocks(chapter: ChapterEntry): CurrentBlock[] {
  return [
    ...chapter.extract.blocks.map((b) => ({ anchor: b.id, text: b.readable ?? b.text, label: b.label })),
    ...chapter.extract.retired.map((r) => ({ anchor: r.id, text: '', label: r.label, retired: true })),
  ];
}

export const siteHistory: (site: SiteContent) => History = oncePerSite((site) => updateHistory(
  readHistory(site.root),
  new Map(site.chapters.map((c) => [paths.chapter(c.data.publication, c.slug), currentBlocks(c)])),
  publishingDay(),
));

export interface PublicationChange extends BlockChange {
  chapter: ChapterEntry;
  /** The editor's note for the change: the chapter's correction of that day, if it records one. */
  note?: string | undefined;
}

/** Every published change to a publication's chapters, oldest first, each with its chapter and note. */
export function publicationChanges(site: SiteContent, publication: string): PublicationChange[] {
  const chapters = site.chapters.filter((c) => c.data.publication === publication);
  const byPage = new Map(chapters.map((c) => [paths.chapter(publication, c.slug), c]));
  return changesIn(siteHistory(site), [...byPage.keys()]).map((change) => {
    const chapter = byPage.get(change.page)!;
    return { ...change, chapter, note: chapter.data.corrections.find((k) => k.date === change.date)?.note };
  });
}

/** The anchor of a change on the history page: "<chapter>-<anchor>-<date>". */
export function changeAnchor(change: Pick<BlockChange, 'anchor' | 'date'> & { chapter: Pick<ChapterEntry, 'slug'> }): string {
  return `${change.chapter.slug}-${change.anchor}-${change.date}`;
}

/** What a chapter page says beside a changed block: when it last changed, and where its history is. */
export interface ChangeMark {
  /** The day of its last change (YYYY-MM-DD), and as readers read it. */
  date: string;
  shown: string;
  /** Its entry on the publication's history page, base path included. */
  href: string;
}

/** The blocks of the chapter in `file` (an absolute path) that changed after publication, by anchor. */
export function changeMarks(site: SiteContent, file: string, base: string): Map<string, ChangeMark> {
  const chapter = site.chapters.find((c) => file.endsWith(`/${c.file}`) || file === c.file);
  const marks = new Map<string, ChangeMark>();
  if (!chapter) return marks;
  for (const change of publicationChanges(site, chapter.data.publication)) {
    if (change.chapter !== chapter || change.kind === 'removed') continue;
    marks.set(change.anchor, {
      date: change.date,
      shown: formatPartialDate(change.date, site.config.locale.language),
      href: withBase(`${paths.history(chapter.data.publication)}#${changeAnchor(change)}`, base),
    });
  }
  return marks;
}
