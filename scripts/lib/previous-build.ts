/**
 * What happens to the site a new build replaces. Deleting thousands of files takes a second or
 * more, and nothing needs to wait for it: the replaced dist/ is set aside in .tmp/dist-previous,
 * and the next build deletes it in the background while it checks the content and renders pages.
 */
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

const PREVIOUS = 'dist-previous';
/** Folders of earlier builds that can go: set aside, being cleared, or left by a build that was stopped. */
const LEFTOVER = /^dist-(clearing|next|old)-(\d+)$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Start deleting what earlier builds left in `work` (the previous site, and the folders of builds
 * that were stopped). The folders are renamed before this returns its promise, so a build can
 * start at once; the promise resolves when they are gone, and the build awaits it before it sets
 * dist/ aside.
 */
export async function clearEarlierBuilds(work: string): Promise<void> {
  if (!existsSync(work)) return;
  const doomed: string[] = [];
  if (existsSync(join(work, PREVIOUS))) {
    const clearing = join(work, `dist-clearing-${process.pid}`);
    renameSync(join(work, PREVIOUS), clearing);
    doomed.push(clearing);
  }
  for (const name of readdirSync(work)) {
    const match = LEFTOVER.exec(name);
    if (match && Number(match[2]) !== process.pid && !isRunning(Number(match[2]))) doomed.push(join(work, name));
  }
  await Promise.all(doomed.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Replace `dist` with the finished build `next`, setting the replaced site aside for the next build to delete. */
export function replaceSite(dist: string, next: string, work: string): void {
  if (existsSync(dist)) renameSync(dist, join(work, PREVIOUS));
  renameSync(next, dist);
}
