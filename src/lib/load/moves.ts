/**
 * src/content/moves.yaml: where published pages and fragments went, declared by an editor.
 *
 *   pages:
 *     /annual-report/old-name/: /annual-report/new-name/
 *   fragments:
 *     /annual-report/waiting-lists/#old-heading: /annual-report/waiting-lists/#new-heading
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { finding, type Finding } from '../findings.ts';
import type { Moves } from '../model.ts';
import { readYamlFile } from './read-located.ts';
import { CONTENT_FILES } from './files.ts';

export type { Moves };

export const MOVES_FILE = CONTENT_FILES.moves;

export function noMoves(): Moves {
  return { pages: new Map(), fragments: new Map(), lines: new Map() };
}

/** The line of moves.yaml that declares this move, if it is declared there. */
export function moveLine(moves: Moves, section: 'pages' | 'fragments', from: string): number | undefined {
  return moves.lines.get(`${section}\0${from}`);
}

const PAGE = /^\/(?:[a-z0-9._-]+\/)*$/;
const FRAGMENT = /^(\/(?:[a-z0-9._-]+\/)*)#([A-Za-z0-9_-]+)$/;

export function parseFragment(value: string): { page: string; id: string } | undefined {
  const m = FRAGMENT.exec(value);
  return m ? { page: m[1]!, id: m[2]! } : undefined;
}

export function loadMoves(root: string, findings: Finding[]): Moves {
  const path = join(root, MOVES_FILE);
  if (!existsSync(path)) return noMoves();
  const file = MOVES_FILE;
  const problem = (line: number | undefined, message: string, fix: string): void => {
    findings.push(finding(file, line, 'invalid-move', message, fix));
  };
  const yaml = readYamlFile(root, file, findings, 'fix the YAML on this line: each entry is  old: new  on one line, under "pages:" or "fragments:"');
  if (!yaml) return { ...noMoves(), exists: true };
  const moves: Moves = { ...noMoves(), exists: true };
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (key !== 'pages' && key !== 'fragments') problem(yaml.lineOf([key]), `"${key}" is not a section of this file`, 'use "pages:" for pages that moved and "fragments:" for anchors that moved');
  }
  for (const section of ['pages', 'fragments'] as const) {
    const entries = data[section];
    if (entries === undefined || entries === null) continue;
    if (typeof entries !== 'object' || Array.isArray(entries)) {
      problem(yaml.lineOf([section]), `"${section}" must hold lines of the form  old: new`, `write e.g.  ${section === 'pages' ? '/report/old-name/: /report/new-name/' : '/report/chapter/#old-id: /report/chapter/#new-id'}`);
      continue;
    }
    for (const [from, to] of Object.entries(entries as Record<string, unknown>)) {
      const line = yaml.lineOf([section, from]);
      const ok = section === 'pages'
        ? PAGE.test(from) && typeof to === 'string' && PAGE.test(to)
        : parseFragment(from) !== undefined && typeof to === 'string' && parseFragment(to) !== undefined;
      if (!ok) {
        // A line copied from a message with the sentence's full stop.
        const stop = typeof to === 'string' && /[.,;]$/.test(to) && (section === 'pages' ? PAGE.test(to.slice(0, -1)) : parseFragment(to.slice(0, -1)) !== undefined);
        if (stop) {
          problem(line, `"${to}" ends with “${to.slice(-1)}”, which is not part of an address`, `remove it:  ${from}: ${to.slice(0, -1)}`);
          continue;
        }
        problem(line, `"${from}: ${String(to)}" is not a ${section === 'pages' ? 'page move' : 'fragment move'}`,
          section === 'pages'
            ? 'write both as page paths from the site root ending in "/", e.g.  /report/old-name/: /report/new-name/ (files such as .csv cannot move: keep their names)'
            : 'write both as a page path and an anchor, e.g.  /report/chapter/#para-12: /report/chapter/#para-11');
        continue;
      }
      moves[section].set(from, to as string);
      if (line !== undefined) moves.lines.set(`${section}\0${from}`, line);
    }
  }
  return moves;
}

/**
 * The anchors that moved away from one page, as  old id → new address (path and fragment):
 * what the page's script follows when a reader arrives with an old fragment.
 */
export function fragmentMovesFrom(page: string, moves: Moves): Record<string, string> {
  const out: Record<string, string> = {};
  const oldPages = [page, ...[...moves.pages].filter(([, to]) => to === page).map(([from]) => from)];
  for (const [from, to] of moves.fragments) {
    const source = parseFragment(from)!;
    const target = parseFragment(to)!;
    if (oldPages.includes(source.page)) out[source.id] = target.page === page ? `#${target.id}` : `${target.page}#${target.id}`;
  }
  return out;
}
