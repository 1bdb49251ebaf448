/**
 * Incremental builds are exact: after an edit, a rebuild that keeps the pages the edit did not
 * reach writes the same dist/, byte for byte, as a build that renders every page (BUILD_CACHE=0).
 * On a copy of this site's real content, pages only (the assets are cached by content already,
 * tests/build/asset-cache.test.ts); each edit is made as an editor would, in the chapter's file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, remove } from './helpers.ts';
import { copyProject } from '../../scripts/lib/bench-corpus.ts';
import { loadSite } from '../../src/lib/load/load-site.ts';
import type { ChapterEntry } from '../../src/lib/model.ts';

let dir: string;
const site = loadSite(ROOT);

function build(env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir, encoding: 'utf8', timeout: 240_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_ASSETS: '0', BUILD_DATE: '2026-12-01', ...env },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Every file of dist/ and a hash of its bytes. */
function snapshot(): Map<string, string> {
  const dist = join(dir, 'dist');
  const files = (readdirSync(dist, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  return new Map(files.map((f) => [f.slice(dist.length), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/** The files that differ between two snapshots (missing on either side included). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

function pagesReport(): { keyed: number; rendered: number } {
  return JSON.parse(readFileSync(join(dir, '.tmp', 'build-pages.json'), 'utf8')) as { keyed: number; rendered: number };
}

/** Change one line of a content file (1-based), as an editor would. */
function editLine(file: string, line: number, change: (text: string) => string): void {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const before = lines[line - 1]!;
  lines[line - 1] = change(before);
  if (lines[line - 1] === before) throw new Error(`the edit changed nothing at ${file}:${line}`);
  writeFileSync(path, lines.join('\n'));
}

/** Rebuild with the cache, then with none; both dist/ must be the same. Returns what the rebuild rendered. */
function rebuildAndCompare(): { keyed: number; rendered: number; changed: string[]; before: Map<string, string> } {
  const before = snapshot();
  build();
  const report = pagesReport();
  const incremental = snapshot();
  build({ BUILD_CACHE: '0' });
  const cold = snapshot();
  expect(differences(incremental, cold), 'files that differ between the incremental and the full build').toEqual([]);
  return { ...report, changed: differences(before, incremental), before };
}

// A chapter of the publication with the most chapters, with a plain paragraph on one line of its own.
const publication = [...site.publications].sort((a, b) => site.chapters.filter((c) => c.data.publication === b.id).length - site.chapters.filter((c) => c.data.publication === a.id).length)[0]!;
const chapter: ChapterEntry = site.chapters.find((c) => c.data.publication === publication.id && c.extract.recommendations.length > 0)!;
const paragraph = chapter.extract.blocks.find((b) => b.kind === 'paragraph' && /\.$/.test(b.text))!;
const recommendation = chapter.extract.recommendations[0]!;

beforeAll(() => {
  dir = copyProject(ROOT, () => undefined, 'incremental-');
  build();
}, 240_000);

afterAll(() => remove(dir));

describe('an incremental build writes the same site as a full one', () => {
  it('after nothing changed, it renders none of the keyed pages again', () => {
    const { keyed, rendered, changed } = rebuildAndCompare();
    expect(keyed).toBeGreaterThan(100);
    expect(rendered).toBe(0);
    expect(changed).toEqual([]);
  }, 240_000);

  it(`after a sentence of ${chapter.file} changed, it renders only that publication's pages`, () => {
    const lines = readFileSync(join(dir, chapter.file), 'utf8').split('\n');
    const line = lines.findIndex((l, i) => i + 1 >= paragraph.line && l.trimEnd().endsWith('.')) + 1;
    editLine(chapter.file, line, (text) => text.replace(/\.\s*$/, ', as the test wrote.'));
    const { keyed, rendered, changed } = rebuildAndCompare();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(keyed / 2);
    const page = `/${chapter.data.publication}/${chapter.slug}/index.html`;
    expect(changed).toContain(page);
    expect(readFileSync(join(dir, 'dist', page), 'utf8')).toContain('as the test wrote.');
    // No page of another publication is touched.
    const others = site.publications.filter((p) => p.id !== publication.id).map((p) => `/${p.id}/`);
    expect(changed.filter((f) => others.some((o) => f.startsWith(o)))).toEqual([]);
  }, 240_000);

  it(`after the title of ${chapter.file} changed, every page that names it shows the new title`, () => {
    editLine(chapter.file, chapter.fieldLines['title']!, (text) => text.replace(/^title: (.*)$/, (_, t: string) => `title: "${t.replace(/^"|"$/g, '')}, retitled"`));
    const { changed } = rebuildAndCompare();
    // Its neighbours' previous/next links name it: their pages are written again.
    const siblings = site.chapters.filter((c) => c.data.publication === publication.id && c !== chapter);
    expect(siblings.some((c) => changed.includes(`/${c.data.publication}/${c.slug}/index.html`))).toBe(true);
  }, 240_000);

  it(`after a ${publication.itemWords.singular} in ${chapter.file} changed, its own page and every index of them show it`, () => {
    const lines = readFileSync(join(dir, chapter.file), 'utf8').split('\n');
    const words = recommendation.text.split(/\s+/).slice(0, 4).join(' ');
    const line = lines.findIndex((l, i) => i + 1 > recommendation.place.line && l.includes(words)) + 1;
    expect(line, `the ${publication.itemWords.singular}'s text after line ${recommendation.place.line}`).toBeGreaterThan(0);
    editLine(chapter.file, line, (text) => text.replace(words, `${words} (amended)`));
    const { changed } = rebuildAndCompare();
    expect(changed.some((f) => f.startsWith('/recommendations/') && f !== '/recommendations/index.html')).toBe(true);
    expect(changed).toContain('/recommendations/index.html');
  }, 240_000);
});
