/**
 * What checking each chapter gave, kept on disk between builds, so a build or `npm run check`
 * reads again only the chapters that changed.
 *
 * A chapter's result depends only on its path, its text and the checker's code (this project's
 * src/lib and src/schemas, and the installed packages). An entry is found by a hash of the path
 * and text; the whole file is ignored when the code changed. A missing, unreadable or outdated
 * cache file is never an error: every chapter is then read again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDigest } from '../code-digest.ts';

/** The cache's file, in the build's work folder (.tmp/). */
export const CHAPTER_CACHE_FILE = 'content-cache/chapters.json';

/** Anything JSON can hold: what a chapter's check gave (its entry and its findings). */
export type Stored = unknown;

export interface ChapterCache {
  get(path: string, source: string): Stored | undefined;
  set(path: string, source: string, value: Stored): void;
  /** Write the entries used or made by this run (so entries of deleted or changed files go). */
  save(): void;
}

interface CacheFile {
  code: string;
  entries: Record<string, Stored>;
}

const keyOf = (path: string, source: string): string => createHash('sha256').update(path).update('\0').update(source).digest('base64url');

/** The project whose code is running: this file is src/lib/content/chapter-cache.ts in it. */
const RUNNING_CODE = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * A hash of the code that checks chapters: every file under src/lib and src/schemas, and the
 * package files. By default the code running now, whichever site it checks.
 */
export function checkerCodeHash(root = RUNNING_CODE): string {
  return codeDigest(root, { folders: ['src/lib', 'src/schemas'], extensions: ['.ts'], files: ['package.json', 'package-lock.json'] });
}

export function chapterCacheAt(file: string, code: string): ChapterCache {
  let stored: Record<string, Stored> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.code === code && parsed.entries && typeof parsed.entries === 'object') stored = parsed.entries;
  } catch {
    // No cache yet, or one that cannot be read: every chapter is read again.
  }
  const used: Record<string, Stored> = {};
  let added = false;
  return {
    get(path, source) {
      const key = keyOf(path, source);
      if (!(key in stored)) return undefined;
      used[key] = stored[key];
      return stored[key];
    },
    set(path, source, value) {
      used[keyOf(path, source)] = value;
      added = true;
    },
    save() {
      // Nothing new and nothing to drop: the file on disk is already what it should be.
      if (!added && Object.keys(used).length === Object.keys(stored).length) return;
      mkdirSync(dirname(file), { recursive: true });
      // Written whole, then renamed into place, so a stopped build never leaves half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify({ code, entries: used } satisfies CacheFile));
      renameSync(partial, file);
    },
  };
}
