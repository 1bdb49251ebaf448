import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastChanged } from '../../src/lib/git-dates.ts';

const gitDate = (...paths: string[]): string => execFileSync('git', ['log', '-1', '--format=%cs', '--', ...paths], { encoding: 'utf8' }).trim();

describe('last-changed dates from one read of the git history', () => {
  it('agree with git log for a file, for folders, and for several paths at once', () => {
    for (const file of ['src/content/chapters/2021-regional-care-report/care-markets.mdx', 'data/key-figures.json', 'src/content/themes.yaml']) {
      expect(lastChanged(file), file).toBe(gitDate(file));
    }
    expect(lastChanged(['src/content', 'data'])).toBe(gitDate('src/content', 'data'));
    expect(lastChanged('data/datasets')).toBe(gitDate('data/datasets'));
  });
  it('are absent outside a git repository, and for files git has never seen', () => {
    expect(lastChanged('src/content', mkdtempSync(join(tmpdir(), 'no-git-')))).toBeUndefined();
    expect(lastChanged('src/content/no-such-file.mdx')).toBeUndefined();
  });
});
