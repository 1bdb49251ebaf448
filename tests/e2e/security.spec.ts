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

test('the built _headers gives every published page exactly one frame policy: only embed pages may be framed', () => {
  const text = readFileSync(join(DIST, '_headers'), 'utf8');
  const rules: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.push([line, []]);
    else if (line.startsWith('  ') && rules.length) rules.at(-1)![1].push(line.trim());
  }
  const pages = [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const embeds = pages.filter((p) => p.startsWith('/data/') && p.split('/').length === 4).map((p) => `${p}embed/`);
  expect(embeds.length).toBeGreaterThan(5);
  // Cloudflare Pages reads 100 rules; the dataset and embed pages take one rule each shape, not one each.
  expect(rules.length).toBeLessThan(embeds.length * 2);
  expect(rules.length).toBeLessThanOrEqual(100);
  for (const path of [...pages, ...embeds]) {
    // As Netlify and Cloudflare read a pattern: "*" any characters, ":name" one path segment.
    const policies = rules.filter(([pattern]) => new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+')).join('.*')}$`).test(path))
      .flatMap(([, headers]) => headers.filter((h) => h.startsWith('Content-Security-Policy:')));
    expect(policies, path).toHaveLength(1);
    expect(policies[0], path).toContain(path.endsWith('/embed/') ? 'frame-ancestors *;' : "frame-ancestors 'self';");
  }
});
