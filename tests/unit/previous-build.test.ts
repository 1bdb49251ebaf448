import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearEarlierBuilds, replaceSite } from '../../src/integrations/build/previous-build.ts';

function folderWith(path: string, file: string, text: string): void {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, file), text);
}

describe('the site a build replaces', () => {
  it('is set aside when the new site goes live, and deleted by the next build', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ne-previous-'));
    const work = join(root, '.tmp');
    const dist = join(root, 'dist');
    try {
      folderWith(dist, 'index.html', 'first');
      folderWith(join(work, 'dist-next-1'), 'index.html', 'second');
      replaceSite(dist, join(work, 'dist-next-1'), work);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('second');
      expect(readFileSync(join(work, 'dist-previous', 'index.html'), 'utf8')).toBe('first');

      const clearing = clearEarlierBuilds(work);
      // Renamed at once, before any deleting, so the next build may set dist/ aside again.
      expect(existsSync(join(work, 'dist-previous'))).toBe(false);
      await clearing;
      expect(readdirSync(work)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('deletes the folders of builds that were stopped, but not those of a build still running', async () => {
    const work = mkdtempSync(join(tmpdir(), 'ne-previous-'));
    try {
      // A process id far above any in use stands for a build that was stopped.
      folderWith(join(work, 'dist-next-999999999'), 'index.html', 'stopped');
      folderWith(join(work, `dist-next-${process.ppid}`), 'index.html', 'running');
      folderWith(join(work, 'asset-cache'), 'a.png', 'kept');
      await clearEarlierBuilds(work);
      expect(readdirSync(work).sort()).toEqual(['asset-cache', `dist-next-${process.ppid}`]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('treats a folder with its own process id as an earlier build’s (ids repeat), and keeps a second set-aside site apart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ne-previous-'));
    const work = join(root, '.tmp');
    const dist = join(root, 'dist');
    try {
      folderWith(join(work, `dist-next-${process.pid}`), 'index.html', 'stale');
      folderWith(join(work, `dist-clearing-${process.pid}-1-abc`), 'index.html', 'stale');
      await clearEarlierBuilds(work);
      expect(readdirSync(work)).toEqual([]);

      // Two builds finishing one after the other, with no build in between to clear the first.
      folderWith(dist, 'index.html', 'one');
      folderWith(join(work, 'a'), 'index.html', 'two');
      replaceSite(dist, join(work, 'a'), work);
      folderWith(join(work, 'b'), 'index.html', 'three');
      replaceSite(dist, join(work, 'b'), work);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('three');
      expect(readFileSync(join(work, 'dist-previous', 'index.html'), 'utf8')).toBe('two');
      await clearEarlierBuilds(work);
      expect(readdirSync(work)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports a folder it cannot delete and goes on', async () => {
    const work = mkdtempSync(join(tmpdir(), 'ne-previous-'));
    const warnings: string[] = [];
    try {
      folderWith(join(work, 'dist-previous'), 'index.html', 'old');
      const refuse = (dir: string) => Promise.reject(new Error(`EBUSY: resource busy, rmdir '${dir}'`));
      await expect(clearEarlierBuilds(work, { warn: (m) => warnings.push(m), remove: refuse })).resolves.toBeUndefined();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^Could not delete .*dist-clearing-.*\(the next build will try again\): EBUSY/);
      // Still set aside under its clearing name, so the next build finds and deletes it.
      await clearEarlierBuilds(work);
      expect(readdirSync(work)).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
