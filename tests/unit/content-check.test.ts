import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentInWorker } from '../../scripts/lib/content-check.ts';
import { loadSiteContent } from '../../src/lib/content/site.ts';
import { moveLine } from '../../src/lib/permalinks/moves.ts';
import { FIXTURE, fixtureSite, removeFixtureSites } from './helpers/fixture-site.ts';

afterAll(removeFixtureSites);

const MOVED = '/test-report/old-name/';
const MOVES = `pages:\n  ${MOVED}: /test-report/first/\n`;

describe('the content check in a worker thread', () => {
  it('hands over exactly the content a check in this thread gives, moves and their lines included', async () => {
    const root = fixtureSite([{ file: 'src/content/moves.yaml', content: MOVES }]);
    const outcome = await checkContentInWorker(root, undefined).outcome;
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.content).toEqual(loadSiteContent(root));
    expect(outcome.content.moves.pages.get(MOVED)).toBe('/test-report/first/');
    expect(moveLine(outcome.content.moves, 'pages', MOVED)).toBe(2);
  });

  it('gives the outcome to a reader that cannot wait, and the same one to the promise', async () => {
    const check = checkContentInWorker(fixtureSite(), undefined);
    const now = check.waitForOutcome();
    expect(now.ok && now.content.chapters.map((c) => c.id)).toEqual(['test-report/first', 'test-report/second']);
    expect(await check.outcome).toBe(now);
  });

  it('reports a broken chapter’s errors with their lines', async () => {
    const file = 'src/content/chapters/test-report/second.mdx';
    const quote = '<Quote by="North East secondary headteacher">';
    const root = fixtureSite([{ file, content: (s) => s.replace(quote, '<Quote>') }]);
    const line = readFileSync(join(FIXTURE, file), 'utf8').split('\n').findIndex((l) => l.includes(quote)) + 1;
    const outcome = await checkContentInWorker(root, undefined).outcome;
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.content.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([`${file}:${line} quote-attribution`]);
  });

  it('keeps the chapter cache for the next build', async () => {
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'ne-check-cache-')), 'chapters.json');
    const outcome = await checkContentInWorker(fixtureSite(), cacheFile).outcome;
    expect(outcome.ok).toBe(true);
    expect(Object.keys((JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: object }).entries)).toHaveLength(2);
  });

  it('gives an outcome, not a wait without end, when the check itself fails', () => {
    const root = fixtureSite();
    // A folder where a chapter file should be: reading it throws.
    mkdirSync(join(root, 'src/content/chapters/test-report/third.mdx'));
    const outcome = checkContentInWorker(root, undefined).waitForOutcome();
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toContain('EISDIR');
    expect(existsSync(root)).toBe(true);
  });
});
