/**
 * Published chapters whose files are gone, found while the content is read: one error each, whose
 * first advice is to restore the file if it was deleted by mistake. What depended on the chapter (its
 * publication's numbering, a dataset's sentence in it, links and press quotes to it) waits for that
 * error to be fixed, so a deleted chapter is one error, not four.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings.ts';
import type { ChapterEntry, Moves, PublicationEntry } from '../model.ts';
import { matchAddress, paths } from '../addresses.ts';
import { chapterFile } from '../load/files.ts';
import { chapterGone } from './check.ts';
import type { Registry } from './registry.ts';

export interface GoneChapter {
  /** "<publication>/<slug>" */
  id: string;
  publication: string;
  finding: Finding;
}

export function goneChapters(root: string, registry: Registry | undefined, chapters: readonly ChapterEntry[], publications: readonly PublicationEntry[], moves: Moves): GoneChapter[] {
  if (!registry) return [];
  const pagesNow = new Map(chapters.map((c) => [paths.chapter(c.data.publication, c.slug), c.file]));
  const publicationsNow = new Set(publications.map((p) => p.id));
  const published = new Set([...Object.keys(registry.fragments), ...Object.keys(registry.chapters ?? {})]);
  const gone: GoneChapter[] = [];
  for (const page of [...published].sort()) {
    const match = matchAddress(page);
    if (match?.route !== 'chapter' || pagesNow.has(page) || moves.pages.has(page)) continue;
    const { publication = '', chapter = '' } = match.params as Record<string, string>;
    // A chapter whose file is there has its own error; a deleted publication is reported as one.
    if (existsSync(join(root, chapterFile(publication, chapter))) || !publicationsNow.has(publication)) continue;
    gone.push({ id: `${publication}/${chapter}`, publication, finding: chapterGone(page, Object.keys(registry.fragments[page] ?? {}).length, pagesNow, registry, moves, publicationsNow) });
  }
  return gone;
}
