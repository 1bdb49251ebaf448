/**
 * Permanent links: the advice editors get for the changes an editor review tried on the real
 * report. Each test makes the change in a copy of the content, checks what the check says (file,
 * line, fix), then follows the advice and checks that the error goes. Expected lines, numbers and
 * addresses are worked out from the content and the registry, never copied from the output.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndCheckSite as loadSiteContent } from '../../src/lib/check/check-site.ts';
import { formatFinding, type Finding } from '../../src/lib/findings.ts';
import { excerpt, mergeRegistry, type Registry } from '../../src/lib/permalinks/registry.ts';
import { chapterAnchors } from '../../src/lib/permalinks/anchors.ts';
import { checkFragments } from '../../src/lib/permalinks/check.ts';
import { noMoves } from '../../src/lib/load/moves.ts';

const ROOT = process.cwd();
const EARLY_HELP = 'src/content/chapters/2021-regional-care-report/early-help.mdx';
const EARLY_HELP_PAGE = '/2021-regional-care-report/early-help/';
const PARTNERSHIPS = 'src/content/chapters/2021-regional-care-report/partnerships-and-integration.mdx';
const PARTNERSHIPS_PAGE = '/2021-regional-care-report/partnerships-and-integration/';
const DELETED = 'Shared investment will be needed to stimulate a change in the balance of spending across the system.';
const DATASET = 'tier-4-mental-health-beds';
const CHART = `<Chart dataset="${DATASET}" />`;

const registry = JSON.parse(readFileSync(join(ROOT, 'src/content/permalinks.json'), 'utf8')) as Registry;
const original = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
/** 1-based line of the first line of `file` (as committed in the working tree) starting with `start`. */
const lineOf = (file: string, start: string): number => original(file).split('\n').findIndex((l) => l.startsWith(start)) + 1;
/** The published id whose words a paragraph held, from the registry. */
const publishedId = (page: string, text: string): string => Object.entries(registry.fragments[page]!).find(([, words]) => words === excerpt(text))![0];
const chapterOrder = (file: string): string => /^order:\s*(\d+)/m.exec(original(file))![1]!;

let root: string;
const roots: string[] = [];
function copy(options: { git?: boolean } = {}): void {
  root = mkdtempSync(join(tmpdir(), 'ne-permalink-advice-'));
  roots.push(root);
  cpSync(join(ROOT, 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  if (options.git) {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'published');
  }
}
afterEach(() => { for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true }); });

const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const write = (file: string, text: string): void => writeFileSync(join(root, file), text);
const edit = (file: string, change: (s: string) => string): void => {
  const before = read(file);
  const after = change(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  write(file, after);
};
/** Insert `text` as lines before 1-based `line`. */
const insertAt = (file: string, line: number, text: string): void => edit(file, (s) => { const lines = s.split('\n'); lines.splice(line - 1, 0, ...text.split('\n')); return lines.join('\n'); });
const permalinkFindings = (): Finding[] => loadSiteContent(root).findings.filter((f) => /^(permalink-|page-removed|move-)/.test(f.rule));
const formatted = (): string[] => permalinkFindings().map(formatFinding);

describe('a deleted paragraph (early help, paragraph 6.14)', () => {
  const line = lineOf(EARLY_HELP, DELETED);
  const id = publishedId(EARLY_HELP_PAGE, DELETED);
  const label = `${chapterOrder(EARLY_HELP)}.${id.replace('para-', '')}`;

  it('is reported once, at the line where it was, with {/* removed */} as the fix and no moves.yaml line for the paragraphs after it', () => {
    copy();
    edit(EARLY_HELP, (s) => s.replace(`${DELETED}\n\n`, ''));
    const [first, ...rest] = permalinkFindings();
    expect(formatFinding(first!)).toMatch(new RegExp(`^${EARLY_HELP}:${line}:1 {2}permalink-changed {2}#${id} \\(paragraph ${label.replace('.', '\\.')}\\) was published holding “${excerpt(DELETED).split(' ').slice(0, 4).join(' ')}`));
    expect(first!.message).toContain(`paragraph ${label} was deleted`);
    expect(first!.fix).toContain(`write {/* removed */} on its own line at line ${line}`);
    expect(first!.fix).toContain('--accept cannot fix this');
    // The paragraphs after it are summed up, pointing at the same line; none is told to declare a move.
    expect(rest.map((f) => f.line)).toEqual(rest.map(() => line));
    expect([first!, ...rest].some((f) => f.fix.includes('moves.yaml') || f.fix.includes('fragments:'))).toBe(false);
    // Following the advice fixes every published number.
    insertAt(EARLY_HELP, line, '{/* removed */}\n');
    expect(formatted()).toEqual([]);
  });

  it('is never recorded by --accept: the paragraphs after it keep their published words in the registry', () => {
    copy();
    edit(EARLY_HELP, (s) => s.replace(`${DELETED}\n\n`, ''));
    const published = registry.fragments[EARLY_HELP_PAGE]!;
    const accepted = mergeRegistry(registry, [], chapterAnchors(loadSiteContent(root)), true).fragments[EARLY_HELP_PAGE]!;
    expect(Object.fromEntries(Object.keys(published).map((key) => [key, accepted[key]]))).toEqual(published);
  });

  it('--accept still records a paragraph rewritten in place', () => {
    copy();
    const rewritten = 'Joint budgets across the whole system are the only sustainable answer here.';
    edit(EARLY_HELP, (s) => s.replace(DELETED, rewritten));
    const accepted = mergeRegistry(registry, [], chapterAnchors(loadSiteContent(root)), true).fragments[EARLY_HELP_PAGE]!;
    expect(accepted).toEqual({ ...registry.fragments[EARLY_HELP_PAGE], [id]: excerpt(rewritten) });
  });
});

describe('a list inserted mid-chapter', () => {
  it('is reported at the list, with {/* inserted */} before it as the fix, and no moves.yaml line', () => {
    copy();
    const line = lineOf(EARLY_HELP, DELETED);
    const id = publishedId(EARLY_HELP_PAGE, DELETED);
    const order = chapterOrder(EARLY_HELP);
    const before = Number(id.replace('para-', '')) - 1;
    insertAt(EARLY_HELP, line, '- a first new point\n- a second new point\n');
    const findings = permalinkFindings();
    expect(formatFinding(findings[0]!)).toMatch(new RegExp(`^${EARLY_HELP}:${line}:1 {2}permalink-changed {2}#${id} .*a new list \\(line ${line}`));
    expect(findings[0]!.fix).toContain(`write {/* inserted */} on its own line, with a blank line after it, just before line ${line}: the new one is numbered ${order}.${before}a`);
    expect(findings.some((f) => f.fix.includes('moves.yaml'))).toBe(false);
    insertAt(EARLY_HELP, line, '{/* inserted */}\n');
    expect(formatted()).toEqual([]);
  });
});

describe('a chart removed from a chapter', () => {
  const chartLine = lineOf(PARTNERSHIPS, CHART);

  it('gets chart advice at the line where it was: send its links to the dataset page, and not {/* removed */}', () => {
    copy();
    edit(PARTNERSHIPS, (s) => s.replace(`${CHART}\n\n`, ''));
    const findings = permalinkFindings();
    expect(findings.map(formatFinding)).toEqual([expect.stringMatching(new RegExp(`^${PARTNERSHIPS}:${chartLine}:1 {2}permalink-removed {2}#chart-${DATASET} \\(the chart `))]);
    expect(findings[0]!.fix).toContain(`${PARTNERSHIPS_PAGE}#chart-${DATASET}: /data/${DATASET}/#chart-${DATASET}`);
    expect(findings[0]!.fix).toContain('do not write {/* removed */} for it');

    // Writing {/* removed */} there anyway is named as the cause of the numbers that moved.
    insertAt(PARTNERSHIPS, chartLine, '{/* removed */}\n');
    const [misplaced] = permalinkFindings();
    expect(formatFinding(misplaced!)).toMatch(new RegExp(`^${PARTNERSHIPS}:${chartLine}:1 {2}permalink-changed {2}.*the \\{/\\* removed \\*/\\} at line ${chartLine} takes number`));
    expect(misplaced!.fix).toContain(`delete the line {/* removed */} at line ${chartLine}`);

    // Following the chart's advice (moves.yaml, created as it says) passes.
    edit(PARTNERSHIPS, (s) => s.replace('{/* removed */}\n\n', ''));
    write('src/content/moves.yaml', `fragments:\n  ${PARTNERSHIPS_PAGE}#chart-${DATASET}: /data/${DATASET}/#chart-${DATASET}\n`);
    expect(formatted()).toEqual([]);
  });

  it('with its dataset deleted too: the chart’s place comes from the committed text, and the dataset’s pages and files are reported before building', () => {
    copy({ git: true });
    const anchorsBefore = chapterAnchors(loadSiteContent(root)).get(PARTNERSHIPS_PAGE)!;
    const above = anchorsBefore.filter((a) => a.line < chartLine).at(-1)!;
    rmSync(join(root, `data/datasets/${DATASET}.json`));
    edit(PARTNERSHIPS, (s) => s.replace(`${CHART}\n\n`, ''));
    const findings = permalinkFindings();
    const chart = findings.find((f) => f.rule === 'permalink-removed')!;
    expect(chart.line).toBe(chartLine);
    expect(chart.fix).toContain(`${PARTNERSHIPS_PAGE}#chart-${DATASET}: ${PARTNERSHIPS_PAGE}#${above.id}`);

    const datasetPages = registry.pages.filter((p) => p.includes(`/${DATASET}`));
    expect(datasetPages.length).toBeGreaterThan(4);
    const gone = findings.filter((f) => f.rule === 'page-removed');
    expect(gone).toHaveLength(1);
    expect(gone[0]!.file).toBe(`data/datasets/${DATASET}.json`);
    for (const page of datasetPages) expect(gone[0]!.message).toContain(page);
    expect(gone[0]!.fix).toContain(`put data/datasets/${DATASET}.json back`);

    write('src/content/moves.yaml', `fragments:\n  ${PARTNERSHIPS_PAGE}#chart-${DATASET}: ${PARTNERSHIPS_PAGE}#${above.id}\n`);
    expect(permalinkFindings().map((f) => f.rule)).toEqual(['page-removed']);
  });

  it('without git history, a key figure is placed near the paragraph that states it', () => {
    const page = '/a/';
    const published: Registry = { pages: [], fragments: { [page]: { 'para-1': 'one two three', 'para-2': 'four five six', 'figure-x': 'a figure' } } };
    const now = new Map([[page, [
      { id: 'para-1', text: 'One two three', what: 'paragraph 1.1', file: 'c.mdx', line: 10, position: '1' },
      { id: 'para-2', text: 'Four five six', what: 'paragraph 1.2', file: 'c.mdx', line: 12, position: '2' },
    ]]]);
    const [finding] = checkFragments(published, now, noMoves(), { near: new Map([[`${page}#figure-x`, 'para-1']]) });
    expect(finding).toMatchObject({ file: 'c.mdx', line: 12, rule: 'permalink-removed' });
    expect(finding!.fix).toContain(`${page}#figure-x: ${page}#para-1`);
  });
});

describe('a deleted chapter', () => {
  it('is filed under its old file, counts its anchors right, and says how to send its readers to the contents page', () => {
    copy();
    const file = 'src/content/chapters/2021-regional-care-report/key-themes.mdx';
    const page = '/2021-regional-care-report/key-themes/';
    const n = Object.keys(registry.fragments[page]!).length;
    rmSync(join(root, file));
    const findings = permalinkFindings();
    expect(findings.map(formatFinding)).toEqual([expect.stringMatching(new RegExp(`^${file} {2}page-removed {2}the chapter page ${page} was published \\(with ${n} anchor${n === 1 ? '' : 's'}\\) `))]);
    expect(findings[0]!.fix).toContain(`if you deleted it on purpose, send its readers to the publication’s contents page: create src/content/moves.yaml with the line  pages:  and under it, indented by two spaces, the line  ${page}: /2021-regional-care-report/`);
    write('src/content/moves.yaml', `pages:\n  ${page}: /2021-regional-care-report/\n`);
    // Following the advice is enough: the chapter's citation files now cite the publication.
    expect(permalinkFindings()).toEqual([]);
    // A move to a page that is neither a chapter nor the publication's page cannot keep them.
    write('src/content/moves.yaml', `pages:\n  ${page}: /themes/\n`);
    const after = permalinkFindings();
    expect(after.map((f) => [f.file, f.line, f.rule])).toEqual([['src/content/moves.yaml', 2, 'page-removed']]);
    expect(after[0]!.message).toContain(`/citations/chapters${page.slice(0, -1)}.bib`);
  });

  it('one that held published recommendations, moved away as the first error says: the gap they leave says to restore it, never to renumber', () => {
    copy();
    const page = EARLY_HELP_PAGE;
    const held = Object.keys(registry.fragments[page]!).filter((id) => /^recommendation-\d+$/.test(id)).map((id) => Number(id.split('-')[1])).sort((a, b) => a - b);
    expect(held.length).toBeGreaterThan(0);
    rmSync(join(root, EARLY_HELP));
    const first = permalinkFindings()[0]!;
    const line = /the line {2}(\S+: \S+)/.exec(first.fix.slice(first.fix.indexOf('on purpose')))![1]!;
    write('src/content/moves.yaml', `pages:\n  ${line}\n`);
    const gap = loadSiteContent(root).findings.find((f) => f.rule === 'recommendation-gap')!;
    expect(gap.message).toContain(`skip ${held[0]}`);
    expect(gap.fix).toMatch(new RegExp(`^recommendations? ${held[0]}.* published, and a published number keeps its page and its citations for ever, so do not renumber the others: restore ${EARLY_HELP}, which held them \\(git restore --source=HEAD --staged --worktree ${EARLY_HELP}\\)`));
    expect(gap.fix).not.toMatch(/renumber it/);
  });

  it('the command it gives to restore the file works, whether the deletion was staged (git rm) or not', () => {
    const file = 'src/content/chapters/2021-regional-care-report/key-themes.mdx';
    for (const staged of [true, false]) {
      copy({ git: true });
      if (staged) execFileSync('git', ['rm', '-q', file], { cwd: root });
      else rmSync(join(root, file));
      const command = /run {2}(git restore [^;]+?);/.exec(permalinkFindings()[0]!.fix)?.[1];
      expect(command, `staged: ${staged}`).toBeDefined();
      execFileSync('sh', ['-c', command!], { cwd: root });
      expect(read(file)).toBe(original(file));
      expect(permalinkFindings()).toEqual([]);
    }
  });
});

describe('lines for every problem that has one', () => {
  it('a renamed heading is reported at the new heading', () => {
    copy();
    const heading = '## Schools at the heart of communities';
    const line = lineOf(EARLY_HELP, heading);
    edit(EARLY_HELP, (s) => s.replace(heading, '## Schools at the centre'));
    const [finding] = permalinkFindings();
    expect(formatFinding(finding!)).toMatch(new RegExp(`^${EARLY_HELP}:${line}:1 {2}permalink-removed {2}#schools-at-the-heart-of-communities `));
    expect(finding!.fix).toContain(`${EARLY_HELP_PAGE}#schools-at-the-heart-of-communities: ${EARLY_HELP_PAGE}#schools-at-the-centre`);
  });

  it('a publication’s changed code is reported at its code line, for all its recommendation pages at once', () => {
    copy();
    const file = 'src/content/publications/2021-regional-care-report.yaml';
    const line = original(file).split('\n').findIndex((l) => l.startsWith('code:')) + 1;
    const code = /^code:\s*"?([a-z0-9]+)"?/m.exec(original(file))![1]!;
    edit(file, (s) => s.replace(/^code:.*$/m, `code: ${code}x`));
    const findings = permalinkFindings();
    expect(findings.map((f) => [f.file, f.line, f.rule])).toEqual([[file, line, 'page-removed']]);
    expect(findings[0]!.message).toContain(`/recommendations/${code}-1/`);
    expect(findings[0]!.fix).toContain(`set its code back to ${code}`);
  });
});

describe('a change to a published paragraph without a note in corrections (change-without-note)', () => {
  const notes = (): Finding[] => loadSiteContent(root).findings.filter((f) => f.rule === 'change-without-note');
  const order = chapterOrder(EARLY_HELP);
  const deletedLabel = `${order}.${publishedId(EARLY_HELP_PAGE, DELETED).replace('para-', '')}`;

  it('says a paragraph added with {/* inserted */} was added, at its line, and that the note says what was added', () => {
    copy();
    const line = lineOf(EARLY_HELP, DELETED);
    insertAt(EARLY_HELP, line, '{/* inserted */}\n\nA paragraph the editor added.\n');
    const [warning, ...rest] = notes();
    expect(rest).toEqual([]);
    expect(warning!.line).toBe(line + 2);
    expect(warning!.message).toMatch(/^paragraph \d+\.\d+a was added after the chapter was published/);
    expect(warning!.message).not.toContain('other words');
    expect(warning!.fix).toContain('what you added and why');
  });

  it('says a paragraph replaced by {/* removed */} was removed, at the marker, not at the title', () => {
    copy();
    const line = lineOf(EARLY_HELP, DELETED);
    edit(EARLY_HELP, (s) => s.replace(DELETED, '{/* removed */}'));
    const [warning, ...rest] = notes();
    expect(rest).toEqual([]);
    expect(warning!.line).toBe(line);
    expect(warning!.message).toMatch(new RegExp(`^paragraph ${deletedLabel.replace('.', '\\.')} was removed after the chapter was published`));
  });

  it('waits while the paragraphs are not numbered as published: a paragraph added without its marker is one error, not a warning for every paragraph after it', () => {
    copy();
    insertAt(EARLY_HELP, lineOf(EARLY_HELP, DELETED), 'A paragraph the editor added.\n');
    expect(permalinkFindings().length).toBeGreaterThan(0);
    expect(notes()).toEqual([]);
  });
});

describe('a deleted quote', () => {
  it('ends its advice with the moves.yaml line to copy, so no full stop of the sentence is copied with it; a line copied with one is named', () => {
    copy();
    const source = original(EARLY_HELP);
    const start = source.indexOf('<Quote');
    const end = source.indexOf('</Quote>', start) + '</Quote>\n\n'.length;
    write(EARLY_HELP, source.slice(0, start) + source.slice(end));
    const quote = permalinkFindings().find((f) => f.fix.includes('send the quote’s links'))!;
    expect(quote.fix).toMatch(/ {2}\/2021-regional-care-report\/early-help\/#quote-[a-z0-9-]+: \/2021-regional-care-report\/early-help\/#para-\d+$/);
    const [from, to] = /(\/\S+#quote-\S+): (\/\S+#para-\d+)$/.exec(quote.fix)!.slice(1) as [string, string];
    // Copied with the full stop a sentence would have put after it: the check names it.
    write('src/content/moves.yaml', `fragments:\n  ${from}: ${to}.\n`);
    expect(loadSiteContent(root).findings.filter((f) => f.rule === 'invalid-move').map(formatFinding)).toEqual([
      `src/content/moves.yaml:2:1  invalid-move  "${to}." ends with “.”, which is not part of an address  (remove it:  ${from}: ${to})`,
    ]);
  });
});
