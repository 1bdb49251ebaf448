import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './helpers.ts';

function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

test('no page requests anything from another origin, and none breaks its Content Security Policy', async ({ page }) => {
  test.setTimeout(300_000);
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(`${page.url()} → ${request.url()}`);
  });
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`); });
  for (const path of [...sitemapPaths(), '/search/?q=poverty']) {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test('every page carries a Content Security Policy without unsafe-inline, and external links are safe', async ({ request }) => {
  for (const path of sitemapPaths()) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, path).toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    for (const match of html.matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
      if (match[0].includes('http://localhost') || match[0].includes('http://127.0.0.1')) continue;
      expect(match[0], path).toMatch(/rel="noopener noreferrer"/);
    }
  }
});
