/**
 * When a file (or the newest of several files or folders) last changed, from git;
 * undefined where there is no git history (e.g. a downloaded copy). The history is read once per
 * build with one `git log`, not once per page.
 */
import { execFileSync } from 'node:child_process';

interface History {
  /** Each file's newest commit date. */
  dates: Map<string, string>;
  /** The newest date of anything under each folder. */
  folders: Map<string, string>;
}

/** The newest date under every folder that holds a file, worked out once. */
function folderDates(dates: Map<string, string>): Map<string, string> {
  const folders = new Map<string, string>();
  for (const [file, date] of dates) {
    for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) {
      const folder = file.slice(0, slash);
      const newest = folders.get(folder);
      if (newest === undefined || date > newest) folders.set(folder, date);
    }
  }
  return folders;
}

const histories = new Map<string, History | null>();

/** Each file's newest commit date, from one `git log` of the content and data. */
function history(cwd: string): History | null {
  if (!histories.has(cwd)) {
    let dates: Map<string, string> | null = null;
    try {
      const out = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'src', 'data'], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
      dates = new Map();
      for (const commit of out.split('\0').slice(1)) {
        const [date, ...files] = commit.split('\n').filter(Boolean);
        if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
        // Newest commits come first: keep each file's first date.
        for (const file of files) if (!dates.has(file)) dates.set(file, date);
      }
    } catch {
      dates = null;
    }
    histories.set(cwd, dates && { dates, folders: folderDates(dates) });
  }
  return histories.get(cwd)!;
}

/** A path's date: a file's own, a folder's newest (git's history can hold both at one path). */
function newestAt(history: History, path: string): string | undefined {
  const name = path.replace(/\/$/, '');
  const file = history.dates.get(name);
  const folder = history.folders.get(name);
  return file === undefined || (folder !== undefined && folder > file) ? folder : file;
}

export function lastChanged(paths: string | readonly string[], cwd = process.cwd()): string | undefined {
  const known = history(cwd);
  if (!known) return undefined;
  let newest: string | undefined;
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    const date = newestAt(known, path);
    if (date !== undefined && (newest === undefined || date > newest)) newest = date;
  }
  return newest;
}

/**
 * Every content and data file's last commit date, as one string: whatever a page's "last changed"
 * line shows changes it (the pages' keys, src/lib/page-keys.ts, include it).
 */
export function allChangeDates(cwd = process.cwd()): string {
  const known = history(cwd);
  return known ? [...known.dates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, date]) => `${file} ${date}`).join('\n') : '';
}
