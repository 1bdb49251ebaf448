/**
 * When a file (or any of several files or folders, separated by spaces) last changed, from git;
 * undefined where there is no git history (e.g. a downloaded copy).
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

export function lastChanged(file: string, cwd = process.cwd()): string | undefined {
  if (!cache.has(file)) {
    let date: string | undefined;
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...file.split(' ')], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
    } catch {
      date = undefined;
    }
    cache.set(file, date);
  }
  return cache.get(file);
}
