/** Reading comfort: the theme choice persists without a flash, contents follow the reader, motion respects the reader's setting, and the PDFs' contents are links. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DIST } from './helpers.ts';

test('the theme choice is remembered on the next page, applied before the page first paints', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click(); // automatic → light
  await toggle.click(); // light → dark
  await expect(toggle).toHaveText('Theme: dark');
  // On the next page, record the theme and background at the first moment the body exists.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive' && !(window as unknown as { firstPaint?: unknown }).firstPaint) {
        (window as unknown as { firstPaint: unknown }).firstPaint = { theme: document.documentElement.dataset['theme'], background: getComputedStyle(document.body).backgroundColor };
      }
    });
  });
  await page.goto('/2021-regional-care-report/care-markets/');
  const first = await page.evaluate(() => (window as unknown as { firstPaint: { theme?: string; background: string } }).firstPaint);
  expect(first.theme).toBe('dark');
  const [r, g, b] = first.background.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, first.background).toBeLessThan(150); // a dark background from the start
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveText('Theme: dark');
});

test('the chapter contents mark the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/2021-regional-care-report/care-markets/');
  const contents = page.locator('.chapter-contents');
  const links = contents.locator('a[href^="#"]');
  const second = links.nth(2);
  const id = decodeURIComponent((await second.getAttribute('href'))!.slice(1));
  await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(second).toHaveAttribute('aria-current', 'location');
  await expect(contents.locator('[aria-current="location"]')).toHaveCount(1);
});

test('motion follows the reader’s setting: smooth scrolling only when motion is not reduced', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/2021-regional-care-report/about-the-north-east/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.reload();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test('the PDF’s contents page links to each chapter inside the PDF', async () => {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(join(DIST, '2021-regional-care-report', '2021-regional-care-report.pdf'))), useSystemFonts: true }).promise;
  const internal: unknown[] = [];
  for (let i = 1; i <= Math.min(4, doc.numPages); i++) {
    for (const a of await (await doc.getPage(i)).getAnnotations()) if (a.subtype === 'Link' && a.dest) internal.push(a.dest);
  }
  // One link per chapter of the report (12), each resolving to a page of the same PDF.
  expect(internal.length).toBeGreaterThanOrEqual(12);
  for (const dest of internal.slice(0, 12)) {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest as unknown[];
    expect(explicit, String(dest)).not.toBeNull();
    const pageIndex = await doc.getPageIndex(explicit![0] as { num: number; gen: number });
    expect(pageIndex).toBeGreaterThan(0);
  }
});
