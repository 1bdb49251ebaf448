/**
 * Rebuilds reuse the PDFs, share images and chart images and drawings Chromium rendered for the last build,
 * and render again exactly those whose inputs changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { build, fixtureProject, remove } from './helpers.ts';

const FILES = ['test-report/test-report.pdf', 'og/test-report/first.png', 'og/test-report/second.png', 'data/fixture-poverty.png', 'data/fixture-poverty/chart-wide-light.png', 'data/fixture-poverty/chart-thumbnail-dark.png'];

let project: string;
const runs: { status: number; output: string; hashes: Record<string, string> }[] = [];

function buildAndHash(): void {
  const result = build(project);
  const hashes = Object.fromEntries(FILES.map((f) => [f, createHash('sha256').update(readFileSync(join(project, 'dist', f))).digest('hex')]));
  runs.push({ ...result, hashes });
}

/** "share images: 1 rendered, 12 unchanged since the last build" → { rendered: 1, reused: 12 } */
function counts(output: string, kind: string): { rendered: number; reused: number } {
  const m = new RegExp(`${kind}: (\\d+) rendered, (\\d+) unchanged`).exec(output);
  expect(m, `no "${kind}" line in the build output:\n${output}`).not.toBeNull();
  return { rendered: Number(m![1]), reused: Number(m![2]) };
}

beforeAll(() => {
  project = fixtureProject();
  buildAndHash();
  buildAndHash();
  const chapter = join(project, 'src/content/chapters/test-report/second.mdx');
  writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('title: Second chapter', 'title: Second chapter, revised'));
  buildAndHash();
}, 600_000);

afterAll(() => remove(project));

describe('the asset cache', () => {
  it('renders everything on a first build', () => {
    expect(runs[0]!.status, runs[0]!.output).toBe(0);
    expect(counts(runs[0]!.output, 'pdfs')).toEqual({ rendered: 1, reused: 0 });
    expect(counts(runs[0]!.output, 'share images').reused).toBe(0);
    expect(counts(runs[0]!.output, 'chart images')).toEqual({ rendered: 1, reused: 0 });
    // The chart drawn for its figure's first paint (wide, narrow; light, dark) and its thumbnails.
    expect(counts(runs[0]!.output, 'chart drawings')).toEqual({ rendered: 6, reused: 0 });
  });

  it('renders nothing again when nothing changed, and the files are the same bytes', () => {
    expect(runs[1]!.status, runs[1]!.output).toBe(0);
    expect(counts(runs[1]!.output, 'pdfs')).toEqual({ rendered: 0, reused: 1 });
    const share = counts(runs[1]!.output, 'share images');
    expect(share.rendered).toBe(0);
    expect(share.reused).toBe(counts(runs[0]!.output, 'share images').rendered);
    expect(counts(runs[1]!.output, 'chart images')).toEqual({ rendered: 0, reused: 1 });
    expect(counts(runs[1]!.output, 'chart drawings')).toEqual({ rendered: 0, reused: 6 });
    expect(runs[1]!.hashes).toEqual(runs[0]!.hashes);
  });

  it('renders again what a changed title appears in, and only that', () => {
    const after = runs[2]!;
    expect(after.status, after.output).toBe(0);
    // The title is on the chapter's card and in the publication's PDF; the chart does not show it.
    expect(counts(after.output, 'pdfs')).toEqual({ rendered: 1, reused: 0 });
    expect(counts(after.output, 'chart images')).toEqual({ rendered: 0, reused: 1 });
    expect(counts(after.output, 'chart drawings')).toEqual({ rendered: 0, reused: 6 });
    const share = counts(after.output, 'share images');
    expect(share.rendered).toBeGreaterThanOrEqual(1);
    expect(share.reused).toBeGreaterThan(share.rendered);
    expect(after.hashes['og/test-report/second.png']).not.toBe(runs[1]!.hashes['og/test-report/second.png']);
    expect(after.hashes['og/test-report/first.png']).toBe(runs[1]!.hashes['og/test-report/first.png']);
    expect(after.hashes['test-report/test-report.pdf']).not.toBe(runs[1]!.hashes['test-report/test-report.pdf']);
  });
});
