import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearEarlierBuilds, replaceSite } from '../../scripts/lib/previous-build.ts';

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
});
