/**
 * Permanent links through the real build and real Chromium: a build that would break a published
 * address stops (leaving dist/ as it was); once the editor declares the moves, the old addresses
 * lead readers to the new ones, and inserted or removed paragraphs keep published numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, fixtureProject, remove, treeHash } from './helpers.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/build/chromium.ts';
import { serveFolder } from '../../src/integrations/build/static-server.ts';

const FIRST = 'src/content/chapters/test-report/first.mdx';
const SECOND = 'src/content/chapters/test-report/second.mdx';
const WITHDRAWN = 'A paragraph that will be withdrawn.';

let project: string;
const edit = (file: string, change: (s: string) => string): void => writeFileSync(join(project, file), change(readFileSync(join(project, file), 'utf8')));
const registry = (): { pages: string[]; fragments: Record<string, Record<string, string>>; chapters: Record<string, number> } =>
  JSON.parse(readFileSync(join(project, 'src/content/permalinks.json'), 'utf8'));

let first: { status: number; output: string };
let broken: { status: number; output: string };
let distAfterFirst: string;
let distAfterBroken: string;
let fixed: { status: number; output: string };
let firstWhenBroken: string;

beforeAll(() => {
  project = fixtureProject();
  edit(FIRST, (s) => s.replace('Text with a note<NoteRef n={1} />.\n', `Text with a note<NoteRef n={1} />.\n\n${WITHDRAWN}\n`));
  first = build(project);
  distAfterFirst = treeHash(join(project, 'dist'));
  // The editor renames a chapter, renames a heading, withdraws a paragraph and adds another, and
  // moves the first chapter after the second in the contents.
  renameSync(join(project, SECOND), join(project, SECOND.replace('second', 'renamed')));
  edit(FIRST, (s) => s
    .replace('order: 1', 'order: 5')
    .replace('## Context', '## Background')
    .replace(WITHDRAWN, '{/* removed */}')
    .replace('Child poverty rose', '{/* inserted */}\n\nAn added paragraph.\n\nChild poverty rose'));
  broken = build(project);
  firstWhenBroken = readFileSync(join(project, FIRST), 'utf8');
  distAfterBroken = treeHash(join(project, 'dist'));
  writeFileSync(join(project, 'src/content/moves.yaml'), [
    'pages:',
    '  /test-report/second/: /test-report/renamed/',
    'fragments:',
    '  /test-report/first/#context: /test-report/first/#background',
    '',
  ].join('\n'));
  edit(FIRST, (s) => s.replace('order: 5', 'order: 5\nnumber: 1'));
  fixed = build(project);
}, 600_000);

afterAll(() => remove(project));

describe('the permanent-link registry in a real build', () => {
  it('is written by the first build, with pages, files and fragments', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('New published addresses were recorded in src/content/permalinks.json');
    const { pages, fragments } = registry();
    expect(pages).toEqual(expect.arrayContaining(['/', '/test-report/first/', '/test-report/second/', '/test-report/test-report.pdf', '/data/fixture-poverty.csv', '/recommendations/test-1/']));
    expect(pages.some((p) => p.includes('/print/') || p.startsWith('/og'))).toBe(false);
    expect(fragments['/test-report/first/']).toMatchObject({ context: 'context', 'para-3': 'a paragraph that will be withdrawn', 'recommendation-1': 'first recommendation' });
    expect(registry().chapters).toMatchObject({ '/test-report/first/': 1, '/test-report/second/': 2 });
  });

  it('stops a build that would break published addresses, naming each, and leaves dist/ as it was', () => {
    expect(broken.status).toBe(1);
    expect(broken.output).toMatch(/src\/content\/chapters\/test-report\/second\.mdx {2}page-removed {2}the chapter page \/test-report\/second\/ was published/);
    // The renamed heading is reported at the line of the new one.
    const headingLine = firstWhenBroken.split('\n').indexOf('## Background') + 1;
    expect(broken.output).toMatch(new RegExp(`first\\.mdx:${headingLine}:1 {2}permalink-removed {2}#context \\(the heading “context”\\) on /test-report/first/ was published`));
    // Moving a published chapter in the contents would renumber its paragraphs (1.4 becoming 5.4).
    expect(broken.output).toMatch(/first\.mdx:3:1 {2}permalink-renumbered {2}this chapter was published as chapter 1 .* {2}\(to move it in the contents and keep its numbers, add the line {2}number: 1 {2}to its frontmatter/);
    expect(broken.output).not.toContain('#para-3 ');
    expect(broken.output).not.toContain('#para-4 ');
    expect(broken.output).toContain('The last good build in dist/ was left as it was.');
    expect(distAfterBroken).toBe(distAfterFirst);
  });

  it('builds once the moves are declared, keeping published paragraph numbers', () => {
    expect(fixed.status, fixed.output).toBe(0);
    const html = readFileSync(join(project, 'dist/test-report/first/index.html'), 'utf8');
    expect(html).toMatch(/<span id="para-3" class="retired-anchor"><\/span>/);
    // Numbered after the one above, and marked as added since publication, with a link to its history.
    expect(html).toMatch(/<p id="para-3a" data-para="1\.3a"><a class="para-num" href="#para-3a"[^>]*><span class="visually-hidden">Paragraph <\/span>1\.3a<\/a><a class="para-changed"[^>]*href="\/test-report\/history\/#first-para-3a-\d{4}-\d{2}-\d{2}"[^>]*>Changed on <time[^>]*>[^<]+<\/time><\/a>An added paragraph\.<\/p>/);
    expect(html).toMatch(/<p id="para-4" data-para="1\.4">.*Child poverty rose/);
    // Moved after the second chapter, it keeps its number: “Chapter 1”, and the contents list it second.
    expect(html).toContain('Chapter 1 of 2');
    expect(registry().chapters).toEqual({ '/test-report/first/': 1, '/test-report/second/': 2, '/test-report/renamed/': 2 });
    expect(readFileSync(join(project, 'dist/test-report/index.html'), 'utf8').indexOf('/test-report/renamed/')).toBeLessThan(readFileSync(join(project, 'dist/test-report/index.html'), 'utf8').indexOf('/test-report/first/'));
    expect(registry().pages).toEqual(expect.arrayContaining(['/test-report/second/', '/test-report/renamed/']));
    expect(readFileSync(join(project, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('/test-report/second/');
    expect(existsSync(join(project, 'dist/og/test-report/second.png'))).toBe(false);
  });
});

describe('old addresses in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  beforeAll(async () => {
    const executablePath = findChromium({ install: false });
    if (!executablePath) throw new Error('Chromium is needed for this test (npm test finds or installs it).');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    server = await serveFolder(join(project, 'dist'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a renamed chapter’s old address leads to the new one, fragment included', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/test-report/second/#recommendation-3`);
    await page.waitForURL(`${server.origin}/test-report/renamed/#recommendation-3`);
    await expect(page.locator(':target').getAttribute('id')).resolves.toBe('recommendation-3');
    await page.close();
  });

  it('a renamed heading’s old fragment lands on the new heading', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/test-report/first/#context`);
    await page.waitForURL(`${server.origin}/test-report/first/#background`);
    await expect(page.locator(':target').textContent()).resolves.toBe('Background');
    await page.close();
  });
});
