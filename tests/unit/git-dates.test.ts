import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allChangeDates, lastChanged } from '../../src/lib/git-dates.ts';

const gitDate = (...paths: string[]): string => execFileSync('git', ['log', '-1', '--format=%cs', '--', ...paths], { encoding: 'utf8' }).trim();

describe('last-changed dates from one read of the git history', () => {
  it('agree with git log for a file, for folders, and for several paths at once', () => {
    for (const file of ['src/content/chapters/2021-regional-care-report/care-markets.mdx', 'data/key-figures.json', 'src/content/themes.yaml']) {
      expect(lastChanged(file), file).toBe(gitDate(file));
    }
    expect(lastChanged(['src/content', 'data'])).toBe(gitDate('src/content', 'data'));
    expect(lastChanged('data/datasets')).toBe(gitDate('data/datasets'));
  });
  it('are listed whole for the pages\' keys: a file\'s date there is its own, and nothing outside git', () => {
    const all = allChangeDates();
    const file = 'src/content/themes.yaml';
    expect(all.split('\n')).toContain(`${file} ${gitDate(file)}`);
    expect(allChangeDates(mkdtempSync(join(tmpdir(), 'no-git-')))).toBe('');
  });
  it('are absent outside a git repository, and for files git has never seen', () => {
    expect(lastChanged('src/content', mkdtempSync(join(tmpdir(), 'no-git-')))).toBeUndefined();
    expect(lastChanged('src/content/no-such-file.mdx')).toBeUndefined();
  });
  it('give a path that was a file and is now a folder the newest date of either', () => {
    const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
    const git = (date: string, ...args: string[]): void => {
      execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` }, stdio: 'ignore' });
    };
    git('2024-01-01', 'init', '-q');
    git('2024-01-01', 'config', 'user.email', 'test@example.org');
    git('2024-01-01', 'config', 'user.name', 'Test');
    mkdirSync(join(repo, 'src'));
    writeFileSync(join(repo, 'src/notes'), 'a file\n');
    git('2024-01-02', 'add', '.');
    git('2024-01-02', 'commit', '-q', '-m', 'a file');
    rmSync(join(repo, 'src/notes'));
    mkdirSync(join(repo, 'src/notes'));
    writeFileSync(join(repo, 'src/notes/one.md'), 'now a folder\n');
    git('2024-03-04', 'add', '-A');
    git('2024-03-04', 'commit', '-q', '-m', 'a folder');
    expect(lastChanged('src/notes', repo)).toBe('2024-03-04');
    expect(lastChanged('src/notes/', repo)).toBe('2024-03-04');
    expect(lastChanged('src/notes/one.md', repo)).toBe('2024-03-04');
    expect(lastChanged('src', repo)).toBe('2024-03-04');
  });
});
