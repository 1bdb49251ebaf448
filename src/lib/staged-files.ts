/**
 * Files known before a build starts, written in the background while it runs, then moved into the
 * output in one step. Creating thousands of small files is slow on some disks (about 0.3 ms each
 * right after Astro has written its pages); started early, it overlaps the build's own work.
 */
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isRunning } from './running.ts';

export interface StagedFile {
  /** Path under the staging folder, with forward slashes, e.g. "recommendations/2021-4.bib". */
  path: string;
  body: string;
}

export interface Staging {
  /** Resolves when every file is written; rejects with the first write that failed. */
  readonly written: Promise<void>;
  /** Await the writes, then move the folder to `target` (which must not exist yet). */
  moveTo(target: string): Promise<void>;
}

const STAGING = /^staged-(\d+)-/;


/** Folders earlier builds staged and never moved (the build was stopped): deleted in the background. */
function clearStale(parent: string): void {
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const match = STAGING.exec(name);
    if (match && Number(match[1]) !== process.pid && !isRunning(Number(match[1]))) {
      void rm(join(parent, name), { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/**
 * Start writing `files` into a new folder under `parent` (put `parent` on the output's disk, so the
 * move is a rename). The writes run in Node's I/O threads; the caller's thread carries on.
 */
export function stageFiles(parent: string, label: string, files: readonly StagedFile[]): Staging {
  clearStale(parent);
  const folder = join(parent, `staged-${process.pid}-${label}`);
  rmSync(folder, { recursive: true, force: true });
  const written = (async () => {
    const folders = new Set(files.map((file) => dirname(join(folder, file.path))));
    // Parents before children: each mkdir is then one system call.
    for (const dir of [...folders].sort()) await mkdir(dir, { recursive: true });
    await Promise.all(files.map((file) => writeFile(join(folder, file.path), file.body)));
  })();
  // A build that stops before the move must not also report an unhandled rejection.
  written.catch(() => undefined);
  return {
    written,
    async moveTo(target: string) {
      await written;
      try {
        renameSync(folder, target);
      } catch (error) {
        // The staging folder on another disk than the output: copy instead, then tidy up.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        cpSync(folder, target, { recursive: true });
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
