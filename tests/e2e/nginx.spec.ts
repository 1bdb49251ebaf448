/**
 * The nginx example on a real nginx (Debian's, 1.22 on Debian 12, installed here when it can be):
 * scripts/nginx.example.conf with the includes the build wrote into dist/, on a loopback port over
 * the built site. Headers, each page's whole policy as a header (and the pages still working under
 * it in Chromium), the precompressed copies, the slash redirect, the not-found page, the CSV type.
 * Where nginx is missing and cannot be installed, this file says so and is skipped.
 */
import { expect, test } from '@playwright/test';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './helpers.ts';
import { findNginx, nginxVersion } from '../../scripts/lib/nginx.ts';
import { startNginx, type RunningNginx } from './nginx-server.ts';
import { metaPolicy, pagePolicy } from '../../src/lib/headers.ts';
import { INLINE_SCRIPT_HASHES } from '../../src/lib/inline-scripts.ts';

// One nginx for the whole file, in one worker.
test.describe.configure({ mode: 'serial' });

/** Beside the two sites' preview servers (E2E_PORT and the next). */
const PORT = Number(process.env['E2E_PORT'] ?? 4329) + 2;
let server: RunningNginx | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const found = findNginx({ install: true });
  if ('missing' in found) {
    console.log(`Skipping the nginx tests: ${found.missing}`);
    test.skip(true, found.missing);
    return;
  }
  console.log(`nginx ${nginxVersion(found.nginx)} (${found.nginx}) serving dist/ with ${'scripts/nginx.example.conf'} on port ${PORT}`);
  server = await startNginx(found.nginx, DIST, PORT);
});

test.afterAll(async () => {
  await server?.stop();
});

interface Answer { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** A request as a browser sends it, with the answer's bytes as they came (not decompressed). */
function get(path: string, acceptEncoding = 'identity'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server!.origin}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
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

test('the example starts on this nginx with no warning', () => {
  expect(server!.startLog).toContain('test is successful');
  expect(server!.startLog).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
});

test('every page answers with the security headers and its whole Content-Security-Policy, frame-ancestors included', async () => {
  const embed = `/data/${dataset()}/embed/`;
  for (const page of ['/', '/quotes/', '/search/', `/data/${dataset()}/`, embed, '/2021-regional-care-report/early-help/']) {
    const answer = await get(page);
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
  expect((await get('/search/')).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
  expect((await get('/quotes/')).headers['content-security-policy']).not.toContain("'wasm-unsafe-eval'");
});

test('hashed assets are cached for a year, immutable; scripts and workers carry no page policy', async () => {
  const css = await get(stylesheet());
  expect(css.status).toBe(200);
  expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(css.headers['content-security-policy']).toBeUndefined();
  const worker = await get('/pagefind/pagefind-worker.js');
  expect(worker.status).toBe(200);
  expect(worker.headers['content-security-policy']).toBeUndefined();
});

test('the precompressed copies are sent as they are: brotli where the browser takes it, else gzip, else the file', async () => {
  for (const [path, onDisk] of [[stylesheet(), stylesheet()], ['/quotes/', '/quotes/index.html'], ['/feed.xml', '/feed.xml']] as const) {
    const br = await get(path, 'gzip, deflate, br');
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(br.headers['vary'], path).toContain('Accept-Encoding');
    expect(br.body.equals(file(`${onDisk}.br`)), `${path} is ${onDisk}.br`).toBe(true);
    const gz = await get(path, 'gzip');
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    expect(gz.body.equals(file(`${onDisk}.gz`)), `${path} is ${onDisk}.gz`).toBe(true);
    const plain = await get(path);
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(file(onDisk)), `${path} is ${onDisk}`).toBe(true);
    // Compressed, the file is a fraction of its size.
    expect(br.body.length, path).toBeLessThan(plain.body.length / 2);
  }
});

test('a folder asked for without its slash is sent to it, so only one address answers', async () => {
  const bare = await get('/recommendations');
  expect(bare.status).toBe(301);
  expect(bare.headers['location']).toBe('/recommendations/');
  expect((await get('/recommendations?theme=funding')).headers['location']).toBe('/recommendations/?theme=funding');
  expect((await get('/recommendations/')).status).toBe(200);
});

test('an unknown address is the not-found page, with status 404 and the page’s headers', async () => {
  for (const path of ['/no-such-page/', '/no-such-page', '/_astro/', '/_headers', '/.htaccess', '/.nginx/http.conf']) {
    const answer = await get(path);
    expect(answer.status, path).toBe(404);
    expect(answer.body.toString('utf8'), path).toBe(file('404.html').toString('utf8'));
    expect(answer.headers['content-security-policy'], path).toBe(pagePolicy(metaPolicy(file('404.html').toString('utf8')), '/404.html'));
  }
});

test('a CSV download is text/csv with its charset, compressed or not', async () => {
  const path = `/data/${dataset()}.csv`;
  for (const encoding of ['identity', 'gzip', 'br']) {
    const answer = await get(path, encoding);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type'], encoding).toBe('text/csv; charset=utf-8');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  }
});

test('under the policy sent as a header, the pages run: the theme script, charts, search, an embed; no violation', async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`); });
  const origin = server!.origin;
  await page.goto(`${origin}/`);
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.reload();
  // The inline theme script at the top of <head>, before the <meta> policy: allowed by its hash.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(`${origin}/data/${dataset()}/`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The chart, drawn by its worker (a worker takes no page policy from nginx).
  const chart = page.locator(`#chart-${dataset()}`);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  await page.goto(`${origin}/search/?q=poverty`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 20_000 });
  await page.goto(`${origin}/data/${dataset()}/embed/`);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
