/**
 * Where a published anchor that is gone used to be, as a line of the chapter as it is now: found
 * from the chapter's earlier text in git (its last commits), by the nearest neighbour that is
 * still there. Only asked when something is gone, so it costs nothing on a clean check.
 */
import { execFileSync } from 'node:child_process';
import { parseAndExtract } from '../mdx/extract.ts';
import { extractAnchors } from './anchors.ts';
import { excerpt, similarity, SAME_TEXT, type Anchor } from './registry.ts';

/** Where something was: just before `before` (the anchor now in its place), or else just after `after`. */
export interface Place {
  line: number;
  before?: Anchor | undefined;
  after?: Anchor | undefined;
  /** Found from the chapter's earlier text (exact), not guessed from its neighbours. */
  exact?: boolean;
}

const git = (root: string, args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
};

const earlier = new Map<string, Anchor[][]>();

/** The anchors of a chapter file in each of its last committed versions, newest first ([] without git). */
function committedVersions(root: string, file: string): Anchor[][] {
  const key = `${root}\0${file}`;
  if (!earlier.has(key)) {
    const commits = (git(root, ['log', '-n', '10', '--format=%H', '--', file]) ?? '').split('\n').filter(Boolean);
    earlier.set(key, commits.flatMap((commit) => {
      const source = git(root, ['show', `${commit}:./${file}`]);
      if (source === undefined) return [];
      const order = /^order:\s*(\d+)/m.exec(source)?.[1];
      const extract = parseAndExtract({ file, source, order: order === undefined ? undefined : Number(order), publication: '', chapter: '' });
      return [extractAnchors(extract, file)];
    }));
  }
  return earlier.get(key)!;
}

/** A chapter's anchors as last committed with `id` in them holding `words` (any words when ""). */
export function gitEarlierAnchors(root: string): (file: string, id: string, words: string) => Anchor[] | undefined {
  return (file, id, words) => committedVersions(root, file).find((anchors) => anchors.some((a) => a.id === id && !a.retired && (words === '' || similarity(words, excerpt(a.text)) >= SAME_TEXT)));
}

const same = (was: Anchor, now: Anchor): boolean =>
  was.id === now.id && (was.retired ? now.retired === true : !now.retired && similarity(excerpt(was.text), excerpt(now.text)) >= SAME_TEXT);

/** Where `id` was in `before` (a page's anchors as they were), on the page as it is (`now`). */
export function placeFrom(before: readonly Anchor[], id: string, now: readonly Anchor[]): Place | undefined {
  const i = before.findIndex((a) => a.id === id);
  if (i === -1) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const after = now.find((a) => same(before[j]!, a));
    if (after) return placeAfter(after, now);
  }
  for (const was of before.slice(i + 1)) {
    const next = now.find((a) => same(was, a));
    if (next) return { line: next.line, before: next };
  }
  return undefined;
}

/** The place just after an anchor of the page: before the anchor that follows it, if any. */
export function placeAfter(after: Anchor, now: readonly Anchor[]): Place {
  const next = now.find((a) => a.line > after.line);
  return next ? { line: next.line, before: next, after } : { line: after.line, after };
}
