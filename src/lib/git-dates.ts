/**
 * When a file (or the newest of several files or folders) last changed, from git;
 * undefined where there is no git history (e.g. a downloaded copy). The history is read once per
 * build with one `git log`, not once per page.
 */
import { execFileSync } from 'node:child_process';

const histories = new Map<string, Map<string, string> | null>();

/** Each file's newest commit date, from one `git log` of the content and data. */
function history(cwd: string): Map<string, string> | null {
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
    histories.set(cwd, dates);
  }
  return histories.get(cwd)!;
}

export function lastChanged(paths: string | readonly string[], cwd = process.cwd()): string | undefined {
  const dates = history(cwd);
  if (!dates) return undefined;
  let newest: string | undefined;
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    const prefix = `${path.replace(/\/$/, '')}/`;
    for (const [file, date] of dates) {
      if ((file === path || file.startsWith(prefix)) && (newest === undefined || date > newest)) newest = date;
    }
  }
  return newest;
}
