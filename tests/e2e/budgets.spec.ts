/**
 * Size budgets (gzip, deterministic): what a reader downloads for each kind of page.
 * The numbers are printed for every template, and the test fails over budget.
 */
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { DIST, siteContent } from './helpers.ts';

const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;
const KB = 1024;

function article(html: string): string {
  const find = (node: Root | Element): Element | undefined => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'article') return child;
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const el = find(fromHtml(html));
  return el ? toText(el) : '';
}

interface Weight { html: number; css: number; js: number; text: number; requests: string[] }

async function weigh(page: import('@playwright/test').Page, path: string): Promise<Weight> {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const file = (p: string): Buffer => readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p));
  const html = file(path).toString('utf8');
  const css = requests.filter((r) => r.endsWith('.css')).reduce((n, r) => n + gz(file(r)), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*(src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gz(m[2]!), 0);
  const js = requests.filter((r) => r.endsWith('.js')).reduce((n, r) => n + gz(file(r)), 0) + inlineJs;
  return { html: gz(html), css, js, text: gz(article(html)), requests };
}

test('a text chapter: HTML and CSS within 14 KB beyond its own text, JavaScript within 5 KB, one stylesheet set, no fonts or images', async ({ page }) => {
  const chapter = siteContent().chapters.find((c) => c.data.publication === '2021-regional-care-report' && c.extract.components.every((x) => x.name !== 'Chart'))!;
  const path = `/${chapter.data.publication}/${chapter.slug}/`;
  const w = await weigh(page, path);
  console.log(`text chapter ${path}: html ${(w.html / KB).toFixed(1)} KB (text ${(w.text / KB).toFixed(1)} KB), css ${(w.css / KB).toFixed(1)} KB, js ${(w.js / KB).toFixed(1)} KB`);
  expect(w.html + w.css - w.text).toBeLessThanOrEqual(14 * KB);
  expect(w.js).toBeLessThanOrEqual(5 * KB);
  expect(w.requests.filter((r) => /\.(woff2?|ttf|otf)$/.test(r))).toEqual([]);
  expect(w.requests.filter((r) => /\.(png|jpe?g|webp|avif)$/.test(r))).toEqual([]);
  // Scripts never block rendering: every script is a module (deferred) or tiny inline.
  const blocking = await page.locator('head script[src]:not([type="module"])').count();
  expect(blocking).toBe(0);
});

test('a chart page: chart.js arrives only as the chart nears view, in a chunk within 62 KB (for the chart worker, and for drawing in the page)', async ({ page }) => {
  const chunks = readdirSync(join(DIST, '_astro')).filter((f) => /^chart-(render|worker)\b.*\.js$/.test(f));
  expect(chunks.map((f) => f.replace(/^(chart-(render|worker)).*$/, '$1')).sort()).toEqual(['chart-render', 'chart-worker']);
  for (const chunk of chunks) {
    const size = gz(readFileSync(join(DIST, '_astro', chunk)));
    console.log(`chart.js chunk ${chunk}: ${(size / KB).toFixed(1)} KB`);
    expect(size).toBeLessThanOrEqual(62 * KB);
  }
  const w = await weigh(page, '/data/child-poverty-after-housing-costs/');
  console.log(`dataset page: html ${(w.html / KB).toFixed(1)} KB, css ${(w.css / KB).toFixed(1)} KB, js ${(w.js / KB).toFixed(1)} KB`);
});

test('pages never load their share images, and the home, index and search pages stay small', async ({ page }) => {
  for (const path of ['/', '/recommendations/', '/quotes/', '/data/', '/search/', '/press/']) {
    const w = await weigh(page, path);
    console.log(`${path}: html ${(w.html / KB).toFixed(1)} KB, css ${(w.css / KB).toFixed(1)} KB, js ${(w.js / KB).toFixed(1)} KB`);
    expect(w.requests.filter((r) => r.startsWith('/og/'))).toEqual([]);
    expect(w.css).toBeLessThanOrEqual(10 * KB);
    expect(w.js).toBeLessThanOrEqual(8 * KB);
  }
});
