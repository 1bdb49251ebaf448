/**
 * Would this build break a published link? Compares the registry with the pages and anchors the
 * site has now, honouring the moves an editor declared, and says what would break and how to fix it.
 */
import { finding, type Finding } from '../findings.ts';
import type { RuleId } from '../rules.ts';
import { chapterFile } from '../load/files.ts';
import { excerpt, similarity, whereAre, SAME_TEXT, type Anchor, type PageAnchors, type Registry } from './registry.ts';
import { MOVES_FILE, moveLine, parseFragment, type Moves } from '../load/moves.ts';
import { comparePositions, diagnoseShift, parsePosition, publishedPosition, type Position, type Shift } from './shifts.ts';
import { placeAfter, placeFrom, type Place } from './place.ts';
import { isNumberedBlockAnchor, kindOfAnchor, type KindName } from '../kinds/index.ts';
import { CHART_PREFIX } from '../kinds/chart.ts';
import { NUMBERED_ITEM_PREFIX } from '../kinds/numbered-item.ts';
import { paths } from '../addresses.ts';

/** What the check can use, besides the registry and the pages, to say where a removed thing was. */
export interface Hints {
  /** A chapter's anchors as last committed, with `id` holding `words` among them (from git). */
  earlier?: ((file: string, id: string, words: string) => readonly Anchor[] | undefined) | undefined;
  /** "page#id" of a chart or key figure → the anchor of the paragraph that states its figures. */
  near?: ReadonlyMap<string, string> | undefined;
  /** The datasets there are now: a removed chart's dataset page still shows the chart. */
  datasets?: ReadonlySet<string> | undefined;
  /** The publications there are now: a deleted chapter's readers go to its publication's contents page. */
  publications?: ReadonlySet<string> | undefined;
}

/** At most this many detailed messages per page; the rest are summed up in one. */
const DETAIL = 4;

const FIX_NUMBERING = 'if you added a paragraph above it, write {/* inserted */} on its own line before the new one, so published numbers stay (the new one becomes e.g. 6.12a); ' +
  'if you deleted a paragraph, write {/* removed */} where it was; if you rewrote this one on purpose, run  npm run permalinks -- --accept';

const NOT_ACCEPT = 'npm run permalinks -- --accept cannot fix this: it records only a paragraph rewritten in place';

const quoteWords = (words: string): string => `“${words}…”`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const error = (file: string, line: number | undefined, rule: RuleId, message: string, fix: string): Finding => finding(file, line, rule, message, fix);

/** The chapter file that makes a chapter page: "/report/waiting-lists/" → src/content/chapters/report/waiting-lists.mdx. */
export const chapterFileOf = (page: string): string => { const [publication = '', chapter = ''] = page.split('/').filter(Boolean); return chapterFile(publication, chapter); };

/** The command that brings a deleted file back as last committed, whether or not its deletion was staged (git rm, or a git app). */
export const restoreCommand = (file: string): string => `git restore --source=HEAD --staged --worktree ${file}`;

/** How to declare moves in moves.yaml, in words: creating the file, or its section, when needed. */
export function addMoves(moves: Moves, section: 'pages' | 'fragments', entries: readonly (readonly [string, string])[]): string {
  const lines = entries.map(([from, to]) => `  ${from}: ${to}`).join('  and');
  const what = entries.length === 1 ? 'the line' : 'the lines';
  if (!moves.exists) return `create ${MOVES_FILE} with the line  ${section}:  and under it, indented by two spaces, ${what}${lines}`;
  if (moves[section].size === 0) return `add to ${MOVES_FILE} the line  ${section}:  and under it, indented by two spaces, ${what}${lines}`;
  return `add to ${MOVES_FILE}, under  ${section}:  indented by two spaces like the lines there, ${what}${lines}`;
}

/** The kind of a published anchor, by its id (src/lib/kinds/): slides are headings with numbers, notes are not registered. */
const kindOfId = (id: string): Exclude<KindName, 'slide' | 'note'> => {
  const kind = kindOfAnchor(id);
  return kind === 'slide' || kind === 'note' ? 'heading' : kind;
};

/** A chapter's number ("6" of "6.14"), from any numbered anchor of its page. */
const chapterNumber = (current: readonly Anchor[]): string | undefined => current.find((a) => a.label)?.label?.split('.')[0];
const cite = (current: readonly Anchor[], p: Position | string): string => {
  const n = chapterNumber(current);
  const position = typeof p === 'string' ? p : `${p.n}${p.s}`;
  return n ? `${n}.${position}` : position;
};

/** The number a block written at `line` would take after the one above it, with {/* inserted *\/}: "6.13a". */
function insertedLabel(current: readonly Anchor[], line: number): string | undefined {
  const above = current.filter((a) => a.position !== undefined && a.line < line).at(-1);
  const p = parsePosition(above?.position);
  if (!above || !p) return undefined;
  return cite(current, `${p.n}${p.s === '' ? 'a' : String.fromCharCode(p.s.charCodeAt(0) + 1)}`);
}

/** The number a {/* removed *\/} marker written at `line` takes: one after the numbered block above it. */
function removedNumber(current: readonly Anchor[], line: number): number {
  const above = current.filter((a) => a.position !== undefined && a.line < line).at(-1);
  return (parsePosition(above?.position)?.n ?? 0) + 1;
}

/**
 * Just before the next numbered block after `above` (past any headings): without the earlier
 * text, the one place a {/* removed *\/} marker surely keeps every number after it.
 */
function beforeNextBlock(above: Anchor, current: readonly Anchor[]): Place {
  const next = current.find((a) => a.position !== undefined && a.line > above.line);
  return next ? { line: next.line, before: next, after: above } : placeAfter(above, current);
}

/** Where a gone anchor was on the page: from the chapter's committed text, else from its neighbours. */
function placeOfGone(id: string, words: string, page: string, file: string, current: readonly Anchor[], published: Readonly<Record<string, string>>, hints: Hints): Place | undefined {
  const kind = kindOfId(id);
  // A chart's or key figure's words are its title, which the earlier text does not hold: its id is enough.
  const before = hints.earlier?.(file, id, kind === 'chart' || kind === 'key-figure' ? '' : words);
  const fromHistory = before ? placeFrom(before, id, current) : undefined;
  if (fromHistory) return { ...fromHistory, exact: true };
  if (kind === 'chart' || kind === 'key-figure') {
    const near = hints.near?.get(`${page}#${id}`);
    const anchor = near === undefined ? undefined : current.find((a) => a.id === near);
    return anchor ? placeAfter(anchor, current) : undefined;
  }
  const holdsOwn = (a: Anchor): boolean => !a.retired && published[a.id] !== undefined && similarity(published[a.id]!, excerpt(a.text)) >= SAME_TEXT;
  if (kind === 'paragraph') {
    // After the last paragraph numbered before it that still holds its own words.
    const p = publishedPosition(id);
    const above = p && current.filter((a) => holdsOwn(a) && a.position !== undefined && publishedPosition(a.id) !== undefined && comparePositions(publishedPosition(a.id)!, p) < 0).at(-1);
    if (above) return beforeNextBlock(above, current);
  }
  if (kind === 'paragraph' || kind === 'quote' || kind === 'numbered-item') {
    // Blocks are recorded in reading order: after the last one before it that is still here.
    const blocks = Object.keys(published).filter(isNumberedBlockAnchor);
    const previous = blocks.slice(0, blocks.indexOf(id)).reverse().map((b) => current.find((a) => a.id === b && holdsOwn(a))).find((a) => a !== undefined);
    if (previous) return beforeNextBlock(previous, current);
    const next = blocks.slice(blocks.indexOf(id) + 1).map((b) => current.find((a) => a.id === b && holdsOwn(a))).find((a) => a !== undefined);
    return next ? { line: next.line, before: next } : undefined;
  }
  if (kind === 'heading') {
    // Headings are recorded in reading order: the one after the last published heading still here.
    const headings = Object.keys(published).filter((h) => kindOfId(h) === 'heading');
    const previous = headings.slice(0, headings.indexOf(id)).reverse().map((h) => current.find((a) => a.id === h)).find((a) => a !== undefined);
    const next = current.find((a) => a.kind === 'heading' && a.line > (previous?.line ?? 0));
    return next ? { line: next.line, before: next, after: previous } : previous ? { line: previous.line, after: previous } : undefined;
  }
  return undefined;
}

/** A published anchor whose words changed (not because the numbers shifted). */
function changedAnchor(id: string, words: string, now: Anchor, current: readonly Anchor[]): Finding {
  const moved = whereAre(words, current, id);
  return error(now.file, now.line, 'permalink-changed',
    `#${id} (${now.what}) was published holding ${quoteWords(words)} but now holds ${quoteWords(excerpt(now.text))}` +
    (moved ? `; the published words are now at #${moved.id} (${moved.what}, line ${moved.line}), so links and citations to ${id} would point at the wrong text` : ', so links and citations to it would point at the wrong text'),
    FIX_NUMBERING);
}

/** A published anchor that is gone, with advice for what it was. */
function goneAnchor(id: string, words: string, page: string, here: string, file: string, current: readonly Anchor[], published: Readonly<Record<string, string>>, moves: Moves, hints: Hints): Finding {
  const kind = kindOfId(id);
  const moved = whereAre(words, current);
  const place = placeOfGone(id, words, page, file, current, published, hints);
  const at = place ? ` (it was ${place.exact ? 'at' : 'near'} line ${place.line})` : '';
  const fragment = (to: string): string => addMoves(moves, 'fragments', [[`${page}#${id}`, to]]);
  const nearest = place?.after?.id ?? place?.before?.id ?? '<the anchor just above where it stood, e.g. para-12>';
  const isNew = (a: Anchor | undefined): a is Anchor => a !== undefined && !(a.id in published) && !a.retired;
  switch (kind) {
    case 'heading': {
      const renamed = moved?.kind === 'heading' ? moved : place?.before?.kind === 'heading' && isNew(place.before) ? place.before : undefined;
      return error(file, renamed?.line ?? place?.line, 'permalink-removed',
        `#${id} (the heading “${words}”) on ${page} was published and is gone` + (renamed ? `; the heading “${renamed.text}” at line ${renamed.line} looks like it, renamed` : at),
        renamed
          ? `if you renamed it, ${fragment(`${here}#${renamed.id}`)}, so its old links land on the new heading`
          : `if you renamed it, ${fragment(`${here}#<its new id>`)}; if you deleted it on purpose, send its links to ${place?.exact ? 'what is there now' : 'the heading above it'}: ${fragment(`${here}#${(place?.exact ? place.before?.id : undefined) ?? nearest}`)}`);
    }
    case 'chart':
    case 'key-figure': {
      const dataset = id.slice(CHART_PREFIX.length);
      const toDataset = kind === 'chart' && hints.datasets?.has(dataset);
      const what = kind === 'chart' ? 'chart' : 'key figure';
      if (moved && moved.kind === kind) {
        return error(file, moved.line, 'permalink-removed', `#${id} (the ${what} ${quoteWords(words)}) on ${page} was published and is gone; the ${what} at line ${moved.line} (#${moved.id}) looks like it, renamed`,
          `send its old links there: ${fragment(`${here}#${moved.id}`)}`);
      }
      return error(file, place?.line, 'permalink-removed',
        `#${id} (the ${what} ${quoteWords(words)}) on ${page} was published and is no longer in the chapter${at}: links to it would land at the top of the page`,
        `if you removed it on purpose, ${toDataset ? `send its links to its dataset’s page, which still shows it: ${fragment(`${paths.dataset(dataset)}#${id}`)}` : `send its links to where it stood: ${fragment(`${here}#${nearest}`)}`}. ` +
        `A ${what} takes no paragraph number, so do not write {/* removed */} for it: that would move every number after it. If you did not mean to remove it, put it back`);
    }
    case 'quote': {
      const renamed = moved?.kind === 'quote' ? moved : place?.before?.kind === 'quote' && isNew(place.before) ? place.before : undefined;
      if (renamed) {
        return error(file, renamed.line, 'permalink-removed',
          `#${id} (the quote ${quoteWords(words)}) on ${page} was published and is gone; the quote at line ${renamed.line} looks like it, with new first words (a quote’s anchor is made from its first words)`,
          `send its old links to it: ${fragment(`${here}#${renamed.id}`)}`);
      }
      const line = place?.line;
      return error(file, line, 'permalink-removed',
        `#${id} (the quote ${quoteWords(words)}) on ${page} was published and is no longer in the chapter${at}`,
        line === undefined
          ? `if you deleted it on purpose, write {/* removed */} on its own line where it was, so the paragraph numbers after it stay, then send its links there: ${fragment(`${here}#para-<the number it had>`)}; if not, put it back`
          : `if you deleted it on purpose, write {/* removed */} on its own line at line ${line}, where it was, with a blank line after it, so the paragraph numbers after it stay; then send its links to that place: ${fragment(`${here}#para-${removedNumber(current, line)}`)}. If not, put it back`);
    }
    case 'numbered-item': {
      const n = id.slice(NUMBERED_ITEM_PREFIX.length);
      const renumbered = moved?.kind === 'recommendation' ? moved : undefined;
      return error(file, renumbered?.line ?? place?.line, 'permalink-removed',
        `#${id} (recommendation ${n}, ${quoteWords(words)}) on ${page} was published and is gone` + (renumbered ? `; its words are now recommendation ${renumbered.id.slice(NUMBERED_ITEM_PREFIX.length)} at line ${renumbered.line}` : at),
        renumbered
          ? `a published recommendation keeps its number for ever (its own page and citations use it): give it number={${n}} back`
          : `a published recommendation keeps its number and its page for ever: put it back; to withdraw it, keep it and say so in its text and in the publication’s corrections:`);
    }
    case 'paragraph': {
      if (moved && moved.id !== id) {
        return error(file, moved.line, 'permalink-removed', `#${id} on ${page} was published (${quoteWords(words)}) and is gone; its words are now at #${moved.id} (${moved.what}, line ${moved.line})`,
          `paragraph numbers follow the order of the chapter: if you moved this paragraph, put it back where it was; if you moved it on purpose, write {/* removed */} where it was and ${fragment(`${here}#${moved.id}`)}`);
      }
      const label = publishedPosition(id);
      return error(file, place?.line, 'permalink-removed',
        `#${id}${label ? ` (paragraph ${cite(current, label)})` : ''} on ${page} was published (${quoteWords(words)}) and is gone${at}`,
        place
          ? `if you deleted it on purpose, write {/* removed */} on its own line at line ${place.line}, where it was, with a blank line after it: its number stays taken and old links land there. If not, put it back`
          : 'if you deleted it on purpose, write {/* removed */} on its own line where it was: its number stays taken and old links land there. If not, put it back');
    }
  }
}

/** The one change that moved the published numbers of a page, and what to do about it. */
function shiftFinding(shift: Shift, page: string, here: string, file: string, current: readonly Anchor[], published: Readonly<Record<string, string>>, followers: number, moves: Moves, hints: Hints): Finding {
  const { at, id, words } = shift;
  const tail = followers === 0 ? '' : followers === 1 ? ' and the published paragraph after it' : ` and the ${followers} published paragraphs after it`;
  const now = current.find((a) => a.id === id && !a.retired);
  const named = (): string => {
    const p = publishedPosition(id);
    return p ? `paragraph ${cite(current, p)}` : kindOfId(id) === 'quote' ? `the quote ${quoteWords(words)}` : `#${id}`;
  };
  switch (shift.kind) {
    case 'deleted': {
      const isQuote = kindOfId(id) === 'quote';
      // Where the deleted block was; the block that took its number when that is not known.
      const line = (words === '' ? undefined : placeOfGone(id, words, page, file, current, published, hints)?.line) ?? at.line;
      const what = words === '' ? 'a numbered paragraph, list or quote above it' : named();
      const message = now === at
        ? `#${id} (${at.what}) was published holding ${quoteWords(words)} but now holds ${quoteWords(excerpt(at.text))}, the words of #${shift.holds}: ${what} was deleted, so every paragraph after it moved up one number and links and citations to #${id}${tail} would point at the wrong text`
        : `#${at.id} (${at.what}) now holds ${quoteWords(excerpt(at.text))}, the words of #${shift.holds}: ${what}${words === '' ? '' : ` (#${id})`} was deleted, so every paragraph after it moved up one number and links and citations to them would point at the wrong text`;
      // Last, so that nothing follows the line to copy.
      const quoteMove = isQuote ? ` Then send the quote’s links to that place: ${addMoves(moves, 'fragments', [[`${page}#${id}`, `${here}#para-${removedNumber(current, line)}`]])}` : '';
      return error(file, line, 'permalink-changed', message,
        `if you deleted ${what === named() ? what : 'it'} on purpose, write {/* removed */} on its own line at line ${line}, where it was, with a blank line after it: its number stays taken and the paragraphs after it keep theirs. If you did not mean to delete it, put it back. (${NOT_ACCEPT})${quoteMove}`);
    }
    case 'inserted': {
      const added = shift.added.length > 0 ? shift.added : [at];
      const first = added[0]!;
      const noun = (a: Anchor): string => (a.kind === 'list' ? 'list' : a.kind === 'quote' ? 'quote' : a.kind === 'table' ? 'table' : 'paragraph');
      const what = added.length === 1 ? `a new ${noun(first)} (line ${first.line}, ${quoteWords(excerpt(first.text))}) was added above it` : `${added.length} new blocks (lines ${added.map((a) => a.line).join(', ')}) were added above it`;
      const label = insertedLabel(current, first.line);
      return error(file, first.line, 'permalink-changed',
        `#${id} (${named()}) was published holding ${quoteWords(words)}${now ? ` but now holds ${quoteWords(excerpt(now.text))}` : ''}; the published words are now at #${shift.movedTo.id} (${shift.movedTo.what}, line ${shift.movedTo.line}): ${what}, so it and every paragraph after it moved down ${added.length === 1 ? 'one number' : `${added.length} numbers`} and links and citations to #${id}${tail} would point at the wrong text`,
        `write {/* inserted */} on its own line, with a blank line after it, just before line ${first.line}${added.length > 1 ? ` and just before each of the other new ones (line ${added.slice(1).map((a) => a.line).join(', line ')})` : ''}: ` +
        `${added.length === 1 ? `the new one is numbered ${label ?? 'after the one above (e.g. 6.12a)'}` : `the new ones are numbered after the one above${label ? ` (${label}, then the next letter)` : ''}`} and ${named()} keeps its number. If the words at line ${first.line} are not new but were moved from elsewhere in the chapter, put them back. (${NOT_ACCEPT})`);
    }
    case 'misplaced-removed':
      return error(file, at.line, 'permalink-changed',
        `#${id} (${named()}) was published holding ${quoteWords(words)}, and those words are still in the chapter, now at #${shift.movedTo.id} (${shift.movedTo.what}, line ${shift.movedTo.line}): the {/* removed */} at line ${at.line} takes number ${at.label ?? at.position}, so every paragraph after it moved down one number and links and citations to #${id}${tail} would point at the wrong text`,
        `delete the line {/* removed */} at line ${at.line}: it is only for a deleted paragraph, list or quote. A removed chart, key figure or heading takes no number: say where its links go in ${MOVES_FILE} (its own error says how)`);
  }
}

/**
 * A published chapter page that no chapter makes now: deleted (by mistake, or on purpose), or
 * renamed. `pagesNow` maps each chapter page there is now to its file; `publicationsNow`, when
 * known, says whether its publication is still there (else its readers go to the home page).
 */
export function chapterGone(page: string, anchorCount: number, pagesNow: ReadonlyMap<string, string>, registry: Registry, moves: Moves, publicationsNow?: ReadonlySet<string>): Finding {
  // A chapter of the same publication that was never published is most likely the renamed one.
  const publication = page.split('/')[1]!;
  const fresh = [...pagesNow.keys()].filter((p) => p.split('/')[1] === publication && !(p in registry.fragments) && !(p in (registry.chapters ?? {})) && ![...moves.pages.values()].includes(p));
  const renamed = fresh.length === 1 ? fresh[0]! : undefined;
  const renamedFile = renamed ? pagesNow.get(renamed) : undefined;
  const contents = publicationsNow && !publicationsNow.has(publication) ? '/' : `/${publication}/`;
  const file = chapterFileOf(page);
  const restore = `if the file was deleted by mistake, restore it: undo the deletion, or run  ${restoreCommand(file)}`;
  const readers = `send its readers to ${contents === '/' ? 'the home page' : 'the publication’s contents page'}`;
  return error(file, undefined, 'page-removed',
    `the chapter page ${page} was published (with ${plural(anchorCount, 'anchor')}) but no chapter makes it now, as ${file} is gone: every link to it, and every citation of its paragraphs, would break${renamedFile ? `. The new chapter ${renamedFile} looks like it, renamed` : ''}`,
    renamed
      ? `if you renamed the chapter file, ${addMoves(moves, 'pages', [[page, renamed]])} (or give the file its old name back); ${restore}; if you deleted it on purpose, ${readers} instead: ${addMoves(moves, 'pages', [[page, contents]])}`
      : `${restore}; if you renamed it, give it its old name back, or send its readers to the new page:  ${page}: /${publication}/<new-name>/  under  pages:  in ${MOVES_FILE}; if you deleted it on purpose, ${readers}: ${addMoves(moves, 'pages', [[page, contents]])}`);
}

/** Check every published fragment of the chapter pages against the anchors they have now. */
export function checkFragments(registry: Registry, anchors: PageAnchors, moves: Moves, hints: Hints = {}): Finding[] {
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
      if (!movedTo) findings.push(chapterGone(page, Object.keys(published).length, new Map([...anchors].map(([p, list]) => [p, list[0]?.file ?? chapterFileOf(p)])), registry, moves, hints.publications));
      continue;
    }
    const here = anchors.has(page) ? page : movedTo!;
    const file = current[0]?.file ?? chapterFileOf(here);
    // One deleted or added paragraph moves every number after it: report that change, once.
    const shift = diagnoseShift(published, current);
    const follows = (id: string): boolean => {
      if (!shift) return false;
      const p = publishedPosition(id);
      return id === shift.id || (p !== undefined && comparePositions(p, shift.from) >= 0);
    };
    const problems: Finding[] = [];
    const followers: string[] = [];
    for (const [id, words] of Object.entries(published)) {
      const declared = moves.fragments.get(`${page}#${id}`) ?? (movedTo ? moves.fragments.get(`${movedTo}#${id}`) : undefined);
      const now = current.find((a) => a.id === id);
      if (now ? now.retired || similarity(words, excerpt(now.text)) >= SAME_TEXT : declared) continue;
      if (follows(id)) {
        if (id !== shift!.id) followers.push(id);
        continue;
      }
      problems.push(now ? changedAnchor(id, words, now, current) : goneAnchor(id, words, page, here, file, current, published, moves, hints));
    }
    if (shift) findings.push(shiftFinding(shift, page, here, file, current, published, followers.length, moves, hints));
    if (shift && followers.length > 0) {
      findings.push(error(file, findings.at(-1)!.line, 'permalink-changed',
        `and ${plural(followers.length, 'more published paragraph')} on ${page} moved with it (${followers.map((id) => `#${id}`).join(', ')})`,
        `${followers.length === 1 ? 'it follows' : 'they follow'} from the error above: do what it says and ${followers.length === 1 ? 'it lands on its' : 'they land on their'} words again`));
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
