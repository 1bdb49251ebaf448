/**
 * What a build prints: Astro's log without a line per page written (unless VERBOSE=1), and, when
 * something fails inside Astro, one plain message naming the page and its content files, with the
 * full error in a log file. (tests/build/bad-input.test.ts runs real builds that fail this way.)
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import buildLog from '../../src/integrations/build/log-destination.mjs';
import { failureMessage, recordFailures, StepFailure } from '../../src/integrations/build/failure.ts';
import { pageSources } from '../../src/lib/page-sources.ts';
import { loadAndCheckSite } from '../../src/lib/check/check-site.ts';
import { fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-log-'));
afterAll(() => { rmSync(dir, { recursive: true, force: true }); removeFixtureSites(); });
afterEach(() => vi.restoreAllMocks());

/** What the destination writes to the terminal for these events. */
function written(verbose: boolean, events: { label: string | null; level: 'info' | 'warn' | 'error'; message: string; newLine?: boolean }[]): string {
  let out = '';
  const write = (chunk: string | Uint8Array): boolean => { out += String(chunk); return true; };
  vi.spyOn(process.stdout, 'write').mockImplementation(write);
  vi.spyOn(process.stderr, 'write').mockImplementation(write);
  const log = buildLog({ verbose });
  for (const e of events) log.write({ newLine: true, ...e });
  vi.restoreAllMocks();
  return out;
}

const PAGES = [
  { label: 'SKIP_FORMAT', level: 'info', message: '\n\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m' },
  { label: null, level: 'info', message: '  \u001b[34m├─\u001b[39m \u001b[2m/themes/index.html\u001b[22m', newLine: false },
  { label: null, level: 'info', message: '  \u001b[34m├─\u001b[39m \u001b[2m/data/index.html\u001b[22m', newLine: false },
  { label: 'SKIP_FORMAT', level: 'info', message: ' \u001b[2m(+16ms)\u001b[22m ' },
  { label: 'SKIP_FORMAT', level: 'info', message: ' \u001b[2m(+8ms)\u001b[22m ' },
  { label: null, level: 'info', message: '\u001b[32m✓ Completed in 356ms.\u001b[39m\n' },
  { label: 'build', level: 'warn', message: 'a warning that matters' },
] as const;

describe('Astro’s log during a build', () => {
  it('leaves out the line per page written, and says how to see them', () => {
    const out = written(false, [...PAGES]);
    expect(out).not.toContain('├─');
    expect(out).not.toMatch(/\(\+\d+ms\)/);
    expect(out).toContain('generating static routes');
    expect(out).toContain('(VERBOSE=1 npm run build lists each page)');
    expect(out).toContain('✓ Completed in 356ms.');
    expect(out).toContain('a warning that matters');
  });

  it('lists every page with VERBOSE=1', () => {
    const out = written(true, [...PAGES]);
    expect(out).toContain('/themes/index.html');
    expect(out).toContain('/data/index.html');
    expect(out).toContain('(+16ms)');
    expect(out).not.toContain('VERBOSE=1');
  });

  it('hands errors to the build’s failure record, which writes them in full to its log file, not to the terminal', () => {
    const record = recordFailures(join(dir, 'build-error.log'));
    const out = written(false, [
      { label: null, level: 'error', message: 'ReferenceError: Director is not defined\n    at _createMdxContent (file:///x/chunk.mjs:252:8)' },
      { label: 'build', level: 'error', message: 'Caught error rendering /test-report/print/: ReferenceError: Director is not defined' },
    ]);
    expect(out).toBe('');
    expect(record.pages).toEqual([{ page: '/test-report/print/', error: 'ReferenceError: Director is not defined' }]);
    expect(readFileSync(record.logFile, 'utf8')).toMatch(/Director is not defined\n\s+at _createMdxContent/);
  });
});

describe('the message of a build that stopped inside Astro or Chromium', () => {
  const content = loadAndCheckSite(fixtureSite());
  const record = (): ReturnType<typeof recordFailures> => recordFailures(join(dir, 'build-error.log'));
  const log = relative(process.cwd(), join(dir, 'build-error.log'));

  it('names the page, the content files it is made from, the error in one line, and the log', () => {
    const r = record();
    r.capture('Caught error rendering /test-report/print/: ReferenceError: Director is not defined');
    expect(failureMessage(r, content, '/')).toBe([
      'the page /test-report/print/ could not be made: ReferenceError: Director is not defined.',
      'It is made from src/content/publications/test-report.yaml and src/content/chapters/test-report/: look there for the last change made (npm run check -- --content names any mistake it knows).',
      `The full error is in ${log}, for whoever looks after the site’s engine.`,
    ].join('\n'));
  });

  it('a PDF that could not print names the publication’s files', () => {
    const failure = new StepFailure('the PDF of test-report could not be printed', '/test-report/print/', new Error('page.pdf: Printing failed\n    at renderPdfs'));
    expect(failureMessage(record(), content, '/', failure).split('\n').slice(0, 2)).toEqual([
      'the PDF of test-report could not be printed (from the page /test-report/print/): page.pdf: Printing failed.',
      'It is made from src/content/publications/test-report.yaml and src/content/chapters/test-report/: look there for the last change made (npm run check -- --content names any mistake it knows).',
    ]);
  });

  it('a failure with no page (the bundler) names the content file its error names', () => {
    const r = record();
    r.capture(`Could not compile\n  Location:\n    ${content.root}/src/content/chapters/test-report/second.mdx:12:3\n  Stack trace:\n    at compile (x.js:1:1)`);
    expect(failureMessage(r, content, '/').split('\n').slice(0, 2)).toEqual([
      'the site could not be built: Could not compile.',
      'The error names src/content/chapters/test-report/second.mdx: look there for the last change made.',
    ]);
  });
});

describe('a failure in the engine’s own code', () => {
  it('says where the bundler stopped, and that it is not in the content', () => {
    const content = loadAndCheckSite(fixtureSite());
    const r = recordFailures(join(dir, 'build-error.log'));
    r.capture(`[CompilerError] Unexpected token\n  Location:\n    ${content.root}/src/components/author/Chart.astro:52:2\n  Stack trace:\n    at compile (x.js:1:1)`);
    expect(failureMessage(r, content, '/').split('\n').slice(0, 2)).toEqual([
      'the site could not be built: [CompilerError] Unexpected token.',
      'It stopped at line 52 of src/components/author/Chart.astro, a file of the site’s engine, not of its content.',
    ]);
  });
});

describe('the content files a page is made from', () => {
  const content = loadAndCheckSite(fixtureSite());
  it.each([
    ['/test-report/first/', ['src/content/chapters/test-report/first.mdx']],
    ['/evidence/test-report/second/', ['src/content/chapters/test-report/second.mdx']],
    ['/test-report/test-report.pdf', ['src/content/publications/test-report.yaml', 'src/content/chapters/test-report/']],
    ['/data/fixture-poverty.png', ['data/datasets/fixture-poverty.json']],
    ['/recommendations/test-3/', ['src/content/chapters/test-report/second.mdx']],
    ['/themes/early-help/', ['src/content/themes.yaml']],
    ['/quotes/roles/north-east-secondary-headteacher/', ['src/content/chapters/test-report/second.mdx']],
    ['/', ['src/content/site.yaml']],
  ])('%s', (page, files) => {
    expect(pageSources(page, content, page.startsWith('/evidence/') ? '/evidence/' : '/')).toEqual(files);
  });
});
