import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './helpers.ts';

/** Every URL in the sitemap, as a path. */
function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

// WCAG 2.2 AA, and axe's best practices (unique landmark names, one main, heading order…).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Every sitemap page in both themes, in halves so that both workers share the load. Legacy mode
// runs axe in the page itself (the pages have no iframes): about twice as fast as the default,
// which merges results through a second page.
const SHARDS = 2;
const axeFor = (page: Page): AxeBuilder => new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS).setLegacyMode(true);

for (const scheme of ['light', 'dark'] as const) {
  for (let shard = 0; shard < SHARDS; shard++) {
    test(`axe finds no WCAG 2.2 AA or best-practice violation on any sitemap page (${scheme}, part ${shard + 1} of ${SHARDS})`, async ({ browser }) => {
      test.setTimeout(600_000);
      const all = sitemapPaths();
      expect(all.length).toBeGreaterThan(20);
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of all.filter((_, i) => i % SHARDS === shard)) {
        await page.goto(path);
        expect(await page.locator('iframe').count(), path).toBe(0);
        for (const v of (await axeFor(page).analyze()).violations) {
          violations.push(`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }
}

test('the axe check can fail: it reports violations planted in a page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  // An image without alternative text and a button without a name.
  await page.evaluate(() => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><button type="button"></button>');
  });
  const ids = (await axeFor(page).analyze()).violations.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  await context.close();
});

test('a keyboard-only reader goes from home to a chapter, searches, and opens a chart’s table; focus is always visible', async ({ page }) => {
  await page.goto('/');
  const focusIsVisible = () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to main content');
  expect(await focusIsVisible()).toBe(true);
  // Tab to the first publication's link and follow it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focusIsVisible()).toBe(true);
    if (text.includes('North East Regional Care Report')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/2021-regional-care-report\/$/);
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).trim() === 'About the North East') break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/about-the-north-east\/$/);
  // (As a reader would, once the page has loaded: the address changes before its scripts have run.)
  await page.waitForLoadState('load');
  // Open a chart's table from the keyboard.
  const toggle = page.getByRole('button', { name: 'Show the table' }).first();
  await toggle.focus();
  expect(await focusIsVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('figure.chart table').first()).toBeVisible();
  // Search from the keyboard.
  await page.goto('/search/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // skip link
  await page.getByLabel('Search the publications').focus();
  await page.keyboard.type('early help');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-result').first()).toBeVisible();
});
