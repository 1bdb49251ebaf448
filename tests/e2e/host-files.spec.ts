/**
 * What the build leaves for the host, on the built site: a .gz and a .br copy of every text file
 * (where smaller), and the _headers file served as Netlify and Cloudflare serve it (every matching
 * rule's headers), under which every page's policy comes as a header and the pages still run.
 * (tests/e2e/nginx.spec.ts does the same on a real nginx, where nginx can be installed.)
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import sirv from 'sirv';
import { DIST } from './helpers.ts';
import { matchesRule } from '../../src/lib/headers.ts';
import { TEXT_EXTENSIONS } from '../../src/integrations/build/compress.ts';

test('every text file has a brotli and a gzip copy that is smaller and unpacks to it; nothing else has one', () => {
  const files = (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(DIST, f)).isFile());
  const set = new Set(files);
  const text = files.filter((f) => TEXT_EXTENSIONS.has(extname(f)));
  expect(text.length).toBeGreaterThan(300);
  let copies = 0;
  for (const name of text) {
    const original = readFileSync(join(DIST, name));
    for (const [ext, unpack] of [['.br', brotliDecompressSync], ['.gz', gunzipSync]] as const) {
      if (!set.has(`${name}${ext}`)) {
        // Left out only where it would not be smaller (a few bytes of script).
        expect(original.length, `${name} has no ${ext}`).toBeLessThan(100);
        continue;
      }
      const copy = readFileSync(join(DIST, `${name}${ext}`));
      expect(copy.length, `${name}${ext}`).toBeLessThan(original.length);
      expect(unpack(copy).equals(original), `${name}${ext} unpacks to ${name}`).toBe(true);
      copies += 1;
    }
  }
  expect(copies).toBeGreaterThan(text.length * 1.9);
  for (const name of files.filter((f) => /\.(br|gz)$/.test(f))) expect(TEXT_EXTENSIONS.has(extname(name.replace(/\.(br|gz)$/, ''))), name).toBe(true);
  // The biggest page, as a browser taking brotli gets it: its repeated markup packs at least eight times.
  const biggest = text.filter((f) => f.endsWith('.html')).sort((a, b) => statSync(join(DIST, b)).size - statSync(join(DIST, a)).size)[0]!;
  expect(readFileSync(join(DIST, `${biggest}.br`)).length, biggest).toBeLessThan(statSync(join(DIST, biggest)).size / 8);
});

/** The _headers file as Netlify reads it: [pattern, headers] for every rule. */
function headerRules(): [string, [string, string][]][] {
  const rules: [string, [string, string][]][] = [];
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('/')) rules.push([line, []]);
    else if (line.startsWith('  ') && rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1)![1].push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** dist/ served as a host that reads _headers serves it: each matching rule's headers on the answer. */
async function serveWithHeadersFile(): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = headerRules();
  const files = sirv(DIST, { extensions: ['html'], brotli: true, gzip: true, etag: true });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    for (const [pattern, headers] of rules) if (matchesRule(pattern, path)) for (const [name, value] of headers) res.setHeader(name, value);
    files(req, res, () => { res.statusCode = 404; res.end('Not found'); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test('served with the _headers file, each page’s whole policy comes as a header, and the pages run under it', async ({ page }) => {
  test.setTimeout(120_000);
  const host = await serveWithHeadersFile();
  try {
    const violations: string[] = [];
    page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`); });
    const answer = await page.goto(`${host.origin}/`);
    const policy = (await answer!.allHeaders())['content-security-policy']!;
    expect(policy).toMatch(/^frame-ancestors 'self'; default-src 'self';.* script-src 'self' 'sha256-/);
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.reload();
    // The theme script stands before the <meta> policy; under the header policy it runs by its hash.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))![1]!;
    expect((await page.request.get(`${host.origin}${css}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const search = await page.goto(`${host.origin}/search/?q=poverty`);
    expect((await search!.allHeaders())['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 20_000 });
    await page.goto(`${host.origin}/2021-regional-care-report/early-help/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  } finally {
    await host.close();
  }
});
