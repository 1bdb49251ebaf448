/**
 * What a real server must do with the built site and the host files the build wrote for it: the
 * checks tests/e2e/nginx.spec.ts and tests/e2e/apache.spec.ts run, each on its own server. Headers,
 * each page's whole policy as a header (and the pages still working under it in Chromium), the
 * precompressed copies, the slash redirect, the not-found page, the CSV type, nothing of the host
 * files served.
 */
import { expect, test } from '@playwright/test';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './helpers.ts';
import { metaPolicy, pagePolicy } from '../../src/lib/headers.ts';
import { INLINE_SCRIPT_HASHES } from '../../src/lib/inline-scripts.ts';

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

interface Answer { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** A request as a browser sends it, with the answer's bytes as they came (not decompressed). */
function get(origin: string, path: string, acceptEncoding = 'identity'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const file = (path: string): Buffer => readFileSync(join(DIST, path));
const pageHtml = (page: string): string => file(join(page, 'index.html')).toString('utf8');
const stylesheet = (): string => /href="(\/_astro\/[^"]+\.css)"/.exec(pageHtml('/'))![1]!;
const dataset = (): string => /href="\/data\/([^/"]+)\/"/.exec(pageHtml('/data/'))![1]!;

/**
 * The checks, for a server `start` runs over dist/ (undefined, with the reason, where that server
 * cannot be had here: the file is then skipped, saying so).
 */
export function servedSiteChecks(server: string, start: () => Promise<RunningServer | { missing: string }>): void {
  // One server for the whole file, in one worker.
  test.describe.configure({ mode: 'serial' });
  let running: RunningServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    const started = await start();
    if ('missing' in started) {
      console.log(`Skipping the ${server} tests: ${started.missing}`);
      test.skip(true, started.missing);
      return;
    }
    running = started;
  });

  test.afterAll(async () => {
    await running?.stop();
  });

  const fetchRaw = (path: string, acceptEncoding?: string): Promise<Answer> => get(running!.origin, path, acceptEncoding);

  test(`${server}: every page answers with the security headers and its whole Content-Security-Policy, frame-ancestors included`, async () => {
    const embed = `/data/${dataset()}/embed/`;
    for (const page of ['/', '/quotes/', '/search/', `/data/${dataset()}/`, embed, '/2021-regional-care-report/early-help/']) {
      const answer = await fetchRaw(page);
      expect(answer.status, page).toBe(200);
      expect(answer.headers['strict-transport-security'], page).toBe('max-age=63072000; includeSubDomains');
      expect(answer.headers['x-content-type-options'], page).toBe('nosniff');
      expect(answer.headers['referrer-policy'], page).toBe('strict-origin-when-cross-origin');
      expect(answer.headers['permissions-policy'], page).toContain('camera=()');
      expect(answer.headers['cross-origin-opener-policy'], page).toBe('same-origin');
      const policy = answer.headers['content-security-policy'] as string;
      // The page's own <meta> policy, whole, with the frame policy a <meta> cannot carry.
      expect(policy, page).toBe(pagePolicy(metaPolicy(pageHtml(page)), page));
      expect(policy, page).toMatch(page === embed ? /^frame-ancestors \*;/ : /^frame-ancestors 'self';/);
      expect(policy, page).toContain(`'${INLINE_SCRIPT_HASHES[0]}'`);
      expect(policy, page).not.toContain('unsafe-inline');
      expect(answer.headers['cache-control'], page).toBeUndefined();
    }
    expect((await fetchRaw('/search/')).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    expect((await fetchRaw('/quotes/')).headers['content-security-policy']).not.toContain("'wasm-unsafe-eval'");
  });

  test(`${server}: hashed assets are cached for a year, immutable; scripts and workers carry no page policy`, async () => {
    const css = await fetchRaw(stylesheet());
    expect(css.status).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-security-policy']).toBeUndefined();
    const worker = await fetchRaw('/pagefind/pagefind-worker.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['content-security-policy']).toBeUndefined();
  });

  test(`${server}: the precompressed copies are sent as they are, with the file's own type: brotli where the browser takes it, else gzip, else the file`, async () => {
    for (const [path, onDisk, type] of [[stylesheet(), stylesheet(), /^text\/css/], ['/quotes/', '/quotes/index.html', /^text\/html/], ['/feed.xml', '/feed.xml', /xml/]] as const) {
      const br = await fetchRaw(path, 'gzip, deflate, br');
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers['content-type'], path).toMatch(type);
      expect(br.headers['vary'], path).toContain('Accept-Encoding');
      expect(br.body.equals(file(`${onDisk}.br`)), `${path} is ${onDisk}.br`).toBe(true);
      const gz = await fetchRaw(path, 'gzip');
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gz.headers['content-type'], path).toMatch(type);
      expect(gz.body.equals(file(`${onDisk}.gz`)), `${path} is ${onDisk}.gz`).toBe(true);
      const plain = await fetchRaw(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.headers['content-type'], path).toMatch(type);
      expect(plain.body.equals(file(onDisk)), `${path} is ${onDisk}`).toBe(true);
      // Compressed, the file is a fraction of its size.
      expect(br.body.length, path).toBeLessThan(plain.body.length / 2);
    }
  });

  test(`${server}: a folder asked for without its slash is sent to it, so only one address answers`, async () => {
    const where = (answer: Answer): string => { const url = new URL(answer.headers['location']!, running!.origin); return `${url.pathname}${url.search}`; };
    const bare = await fetchRaw('/recommendations');
    expect(bare.status).toBe(301);
    expect(where(bare)).toBe('/recommendations/');
    expect(where(await fetchRaw('/recommendations?theme=funding'))).toBe('/recommendations/?theme=funding');
    expect((await fetchRaw('/recommendations/')).status).toBe(200);
  });

  test(`${server}: an unknown address is the not-found page, with status 404 and the page’s headers; the host files are not served`, async () => {
    const notFound = file('404.html');
    for (const path of ['/no-such-page/', '/no-such-page', '/_astro/', '/_headers', '/.nginx/http.conf']) {
      const answer = await fetchRaw(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.equals(notFound), `${path} answers with 404.html`).toBe(true);
      expect(answer.headers['content-security-policy'], path).toBe(pagePolicy(metaPolicy(notFound.toString('utf8')), '/404.html'));
    }
    // Apache itself forbids .ht* files (403), before the site's own rules.
    const htaccess = await fetchRaw('/.htaccess');
    expect([403, 404], '/.htaccess').toContain(htaccess.status);
    expect(htaccess.body.toString('utf8')).not.toContain('RewriteEngine');
  });

  test(`${server}: a CSV download is text/csv with its charset, compressed or not`, async () => {
    const path = `/data/${dataset()}.csv`;
    for (const encoding of ['identity', 'gzip', 'br']) {
      const answer = await fetchRaw(path, encoding);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type'], encoding).toBe('text/csv; charset=utf-8');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  test(`${server}: under the policy sent as a header, the pages run: the theme script, a chart, search, an embed; no violation`, async ({ page }) => {
    test.setTimeout(120_000);
    const violations: string[] = [];
    page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`); });
    const origin = running!.origin;
    await page.goto(`${origin}/`);
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.reload();
    // The inline theme script at the top of <head>, before the <meta> policy: allowed by its hash.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto(`${origin}/data/${dataset()}/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The chart, drawn by its worker (a worker's policy is its own response's: none).
    const chart = page.locator(`#chart-${dataset()}`);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    await page.goto(`${origin}/search/?q=poverty`);
    await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 20_000 });
    await page.goto(`${origin}/data/${dataset()}/embed/`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}
