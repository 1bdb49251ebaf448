/**
 * Would this build break a published link? Compares the registry with the pages and anchors the
 * site has now, honouring the moves an editor declared, and says what would break and how to fix it.
 */
import type { Finding } from '../content-error.ts';
import { excerpt, similarity, SAME_TEXT, type Anchor, type PageAnchors, type Registry } from './registry.ts';
import { MOVES_FILE, moveLine, parseFragment, type Moves } from './moves.ts';

/** At most this many detailed messages per page; the rest are summed up in one. */
const DETAIL = 4;

const FIX_NUMBERING = 'if you added a paragraph above it, write {/* inserted */} on its own line before the new one, so published numbers stay (the new one becomes e.g. 6.12a); ' +
  'if you deleted a paragraph, write {/* removed */} where it was; if you rewrote this one on purpose, run  npm run permalinks -- --accept';

const quoteWords = (words: string): string => `“${words}…”`;

/** Where the published words are now on a page, if anywhere. */
function findWords(words: string, anchors: readonly Anchor[], except?: string): Anchor | undefined {
  let best: Anchor | undefined;
  let score = SAME_TEXT;
  for (const a of anchors) {
    if (a.retired || a.id === except) continue;
    const s = similarity(words, excerpt(a.text));
    if (s >= score) { best = a; score = s; }
  }
  return best;
}

function error(file: string, line: number | undefined, rule: string, message: string, fix: string): Finding {
  return { file, line, column: line === undefined ? undefined : 1, rule, message, fix, severity: 'error' };
}

/** Check every published fragment of the chapter pages against the anchors they have now. */
export function checkFragments(registry: Registry, anchors: PageAnchors, moves: Moves): Finding[] {
  const findings: Finding[] = [];
  for (const [from] of moves.pages) {
    if (anchors.has(from)) {
      findings.push(error(MOVES_FILE, moveLine(moves, 'pages', from), 'move-shadowed', `${from} is declared as moved, but a chapter still makes that page`, `remove the line, or rename the chapter file`));
    }
  }
  for (const [from, to] of moves.fragments) {
    const target = parseFragment(to)!;
    const source = parseFragment(from)!;
    const page = anchors.get(target.page);
    if (page && !page.some((a) => a.id === target.id)) {
      findings.push(error(MOVES_FILE, moveLine(moves, 'fragments', from), 'move-target-missing', `${from} is declared as moved to ${to}, but that page has no anchor #${target.id}`, `use one of the anchors of ${target.page}, e.g. #${page.find((a) => !a.retired)?.id ?? 'para-1'}`));
    }
    const still = anchors.get(source.page) ?? anchors.get(moves.pages.get(source.page) ?? '');
    if (still?.some((a) => a.id === source.id)) {
      findings.push(error(MOVES_FILE, moveLine(moves, 'fragments', from), 'move-shadowed', `${from} is declared as moved, but #${source.id} is still on the page, so old links would land there and not at ${to}`, `remove the line; to keep published numbers when adding a paragraph, mark it with {/* inserted */} instead`));
    }
  }

  for (const [page, published] of Object.entries(registry.fragments)) {
    const movedTo = moves.pages.get(page);
    const current = anchors.get(page) ?? (movedTo ? anchors.get(movedTo) : undefined);
    if (!current) {
      if (!movedTo) {
        // A chapter of the same publication that was never published is most likely the renamed one.
        const publication = page.split('/')[1];
        const fresh = [...anchors.keys()].filter((p) => p.split('/')[1] === publication && !(p in registry.fragments) && ![...moves.pages.values()].includes(p));
        const renamed = fresh.length === 1 ? fresh[0]! : undefined;
        const renamedFile = renamed ? anchors.get(renamed)?.[0]?.file : undefined;
        findings.push(error(MOVES_FILE, undefined, 'page-removed',
          `the chapter page ${page} was published (with ${Object.keys(published).length} anchors) but no chapter makes it now: every link to it would break${renamedFile ? `. The new chapter ${renamedFile} looks like it, renamed` : ''}`,
          `if you renamed the chapter file, add to ${MOVES_FILE} (create the file if there is none) the line  pages:  and under it, indented by two spaces,  ${page}: ${renamed ?? '/<publication>/<new-name>/'}  (or give the file its old name back)`));
      }
      continue;
    }
    const file = current[0]?.file ?? MOVES_FILE;
    const problems: Finding[] = [];
    for (const [id, words] of Object.entries(published)) {
      const declared = moves.fragments.get(`${page}#${id}`) ?? (movedTo ? moves.fragments.get(`${movedTo}#${id}`) : undefined);
      const now = current.find((a) => a.id === id);
      if (now) {
        if (now.retired || similarity(words, excerpt(now.text)) >= SAME_TEXT) continue;
        const moved = findWords(words, current, id);
        problems.push(error(now.file, now.line, 'permalink-changed',
          `#${id} (${now.what}) was published holding ${quoteWords(words)} but now holds ${quoteWords(excerpt(now.text))}` +
          (moved ? `; the published words are now at #${moved.id} (${moved.what}, line ${moved.line}), so links and citations to ${id} would point at the wrong text` : ', so links and citations to it would point at the wrong text'),
          FIX_NUMBERING));
      } else if (!declared) {
        const moved = findWords(words, current);
        problems.push(error(file, moved?.line, 'permalink-removed',
          `#${id} on ${page} was published (${quoteWords(words)}) and is gone` + (moved ? `; its words are now at #${moved.id} (${moved.what})` : ''),
          moved
            ? `add to ${MOVES_FILE}:  fragments:  then, indented,  ${page}#${id}: ${movedTo ?? page}#${moved.id}`
            : `if a paragraph was deleted, write {/* removed */} where it was; if a heading was renamed, add to ${MOVES_FILE} under fragments:  ${page}#${id}: ${movedTo ?? page}#<its new id>`));
      }
    }
    findings.push(...problems.slice(0, DETAIL));
    if (problems.length > DETAIL) {
      const rest = problems.slice(DETAIL);
      findings.push(error(file, rest[0]!.line, 'permalink-changed',
        `and ${rest.length} more published anchor${rest.length === 1 ? '' : 's'} on ${page} would break (${rest.map((p) => /^#(\S+)/.exec(p.message)?.[1]).join(', ')})`,
        'these usually follow from the first one above: fix that and run the check again'));
    }
  }
  return findings;
}

/** Check every published page and file against what the build produced (redirect pages included). */
export function checkPages(registry: Registry, built: ReadonlySet<string>, moves: Moves): Finding[] {
  const findings: Finding[] = [];
  for (const [from, to] of moves.pages) {
    if (!built.has(to)) findings.push(error(MOVES_FILE, moveLine(moves, 'pages', from), 'move-target-missing', `${from} is declared as moved to ${to}, but the site has no such page`, 'give the path of a page the site has now, ending in "/"'));
  }
  const gone = registry.pages.filter((p) => !built.has(p));
  for (const page of gone.slice(0, 10)) {
    findings.push(error(MOVES_FILE, undefined, 'page-removed', `${page} was published and this build no longer makes it: every link to it would break`,
      page.endsWith('/')
        ? `if it was renamed, add to ${MOVES_FILE}:  pages:  then, indented,  ${page}: <its new path>; if its content was removed on purpose, point it at the page that replaces it`
        : 'a file such as a dataset download keeps its name for ever: give the dataset or publication its old id back'));
  }
  if (gone.length > 10) findings.push(error(MOVES_FILE, undefined, 'page-removed', `and ${gone.length - 10} more published pages would be gone`, 'see the first ones above'));
  return findings;
}
