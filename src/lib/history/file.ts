/** src/content/history.json: the history of published changes, written by each successful build and committed with the content. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES } from '../load/files.ts';
import { emptyHistory, type History } from './history.ts';

export const HISTORY_FILE = CONTENT_FILES.history;

export function readHistory(root: string): History {
  const path = join(root, HISTORY_FILE);
  if (!existsSync(path)) return emptyHistory();
  const raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Partial<History>;
  return { pages: raw.pages ?? {} };
}

export function serializeHistory(history: History): string {
  return `${JSON.stringify({
    $comment: 'Every text each published paragraph has held, and the day it began. Written by npm run build: commit it with your change. Never edit by hand; see EDITING.md, “The history of changes”.',
    version: 1,
    pages: history.pages,
  }, null, 1)}\n`;
}

/** Write the history when it changed; returns whether it did. */
export function writeHistory(root: string, history: History): boolean {
  const path = join(root, HISTORY_FILE);
  const text = serializeHistory(history);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}
