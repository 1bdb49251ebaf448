import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageFiles } from '../../src/lib/staged-files.ts';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'ne-staged-'));
}

describe('files staged while a build runs', () => {
  it('are written under the staging folder and moved whole to the target', async () => {
    const root = scratch();
    try {
      const staging = stageFiles(join(root, 'cache'), 'citations', [
        { path: 'chapters/report/intro.bib', body: '@report{intro}' },
        { path: 'chapters/report/intro.ris', body: 'TY  - RPRT' },
        { path: 'recommendations/2021-4.bib', body: '@misc{r4}' },
      ]);
      await staging.written;
      mkdirSync(join(root, 'out'));
      await staging.moveTo(join(root, 'out', 'citations'));
      expect(readFileSync(join(root, 'out/citations/chapters/report/intro.ris'), 'utf8')).toBe('TY  - RPRT');
      expect(readFileSync(join(root, 'out/citations/recommendations/2021-4.bib'), 'utf8')).toBe('@misc{r4}');
      expect(readdirSync(join(root, 'out/citations/chapters/report')).sort()).toEqual(['intro.bib', 'intro.ris']);
      // Nothing is left behind in the staging folder's parent.
      expect(readdirSync(join(root, 'cache'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fail the move when a file could not be written, naming the file', async () => {
    const root = scratch();
    try {
      // "a" is both a file and a folder: the second write cannot succeed.
      const staging = stageFiles(join(root, 'cache'), 'citations', [
        { path: 'a', body: 'file' },
        { path: 'a/b.bib', body: 'inside' },
      ]);
      await expect(staging.moveTo(join(root, 'out'))).rejects.toThrow(/[/\\]a/);
      expect(existsSync(join(root, 'out'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('clear what a stopped build staged, but not what a running one is staging', async () => {
    const root = scratch();
    const cache = join(root, 'cache');
    try {
      // A process id far above any in use stands for a build that was stopped.
      mkdirSync(join(cache, 'staged-999999999-citations'), { recursive: true });
      mkdirSync(join(cache, `staged-${process.ppid}-citations`), { recursive: true });
      writeFileSync(join(cache, 'unrelated.json'), '{}');
      const staging = stageFiles(cache, 'citations', [{ path: 'x.bib', body: 'x' }]);
      await staging.written;
      await expect.poll(() => existsSync(join(cache, 'staged-999999999-citations'))).toBe(false);
      expect(existsSync(join(cache, `staged-${process.ppid}-citations`))).toBe(true);
      expect(existsSync(join(cache, 'unrelated.json'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
