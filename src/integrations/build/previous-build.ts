/**
 * What happens to the site a new build replaces. Deleting thousands of files takes a second or
 * more, and nothing needs to wait for it: the replaced dist/ is set aside in .tmp/dist-previous,
 * and the next build deletes it in the background while it checks the content and renders pages.
 */
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunning } from '../../lib/running.ts';

const PREVIOUS = 'dist-previous';
/** Folders of earlier builds that can go: set aside, being cleared, or left by a build that was stopped. */
const LEFTOVER = /^dist-(clearing|next|old)-(\d+)(?:-[0-9a-z-]+)?$/;

/** A name no other folder has: process ids repeat (in containers, often). */
const clearingName = (work: string): string => join(work, `dist-clearing-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);


/**
 * Start deleting what earlier builds left in `work` (the previous site, and the folders of builds
 * that were stopped). The folders are renamed before this returns its promise, so a build can
 * start at once; the promise resolves when they are gone, and the build awaits it before it sets
 * dist/ aside. Deleting is best effort: a folder that cannot be deleted is reported, not fatal
 * (the next build tries again).
 */
export async function clearEarlierBuilds(
  work: string,
  { warn = console.warn, remove = (dir: string) => rm(dir, { recursive: true, force: true }) }: { warn?: (message: string) => void; remove?: (dir: string) => Promise<void> } = {},
): Promise<void> {
  if (!existsSync(work)) return;
  const doomed: string[] = [];
  try {
    if (existsSync(join(work, PREVIOUS))) {
      const clearing = clearingName(work);
      renameSync(join(work, PREVIOUS), clearing);
      doomed.push(clearing);
    }
    for (const name of readdirSync(work)) {
      const match = LEFTOVER.exec(name);
      if (!match || join(work, name) === doomed[0]) continue;
      // This build has made no folder yet, so one with its own process id is an earlier build's;
      // one with another id is left alone while that process runs (it may be a build at work).
      const pid = Number(match[2]);
      if (pid === process.pid || !isRunning(pid)) doomed.push(join(work, name));
    }
  } catch (error) {
    warn(`Could not set aside the earlier build in ${work}: ${(error as Error).message}`);
  }
  await Promise.all(doomed.map((dir) => remove(dir).catch((error: unknown) => {
    warn(`Could not delete ${dir} (the next build will try again): ${(error as Error).message}`);
  })));
}

/** Replace `dist` with the finished build `next`, setting the replaced site aside for the next build to delete. */
export function replaceSite(dist: string, next: string, work: string): void {
  const previous = join(work, PREVIOUS);
  // Still there if it could not be cleared, or another build set its site aside meanwhile.
  if (existsSync(previous)) renameSync(previous, clearingName(work));
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(next, dist);
}
