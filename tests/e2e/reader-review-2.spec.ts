/**
 * The second review by readers and journalists (at the viewport where each thing was seen):
 * sharing a paragraph where it stands on a phone, copies with the reader's own address, search
 * for figures as written, which PDF is which, and the smaller things.
 */
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, siteContent } from './helpers.ts';
import { isPressRelease } from '../../src/lib/publication-formats.ts';

const phone = { width: 375, height: 800 };
const chapter = '/2021-regional-care-report/early-help/';

test.describe('on a phone', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });

  test('a paragraph’s number is a 44 px target, and tapping it opens copy, share and cite right under the paragraph', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => { Object.defineProperty(navigator, 'share', { value: (d: unknown) => { (window as unknown as { shared: unknown }).shared = d; return Promise.resolve(); } }); });
    await page.goto(chapter);
    const number = page.locator('#para-7 > .para-num');
    const box = (await number.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(40);
    await number.tap();
    const bar = page.getByRole('group', { name: 'Paragraph 6.7' });
    await expect(bar).toBeVisible();
    // Right under the paragraph, not thousands of pixels away at the end of the chapter.
    const paragraph = (await page.locator('#para-7').boundingBox())!;
    const barBox = (await bar.boundingBox())!;
    expect(barBox.y - (paragraph.y + paragraph.height)).toBeLessThan(40);
    for (const button of await bar.getByRole('button').all()) {
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      // Its name starts with the words it shows, for speech input (WCAG 2.5.3 Label in Name).
      const shown = (await button.locator('[data-label]').innerText()).trim();
      await expect(button).toHaveAccessibleName(new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
    }
    await bar.getByRole('button', { name: 'Copy link to paragraph 6.7', exact: true }).click();
    const here = new URL(page.url()).origin;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${here}${chapter}#para-7`);
    await bar.getByRole('button', { name: 'Copy citation of paragraph 6.7', exact: true }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toMatch(/^North East ADCS \(2021\) ‘Early help’, in North East Regional Care Report, para\. 6\.7\. Available at: http:\/\/127\.0\.0\.1:\d+\/2021-regional-care-report\/early-help\/#para-7 \(Accessed: \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
    await bar.getByRole('button', { name: 'Share… paragraph 6.7', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: { url: string } }).shared.url)).toBe(`${here}${chapter}#para-7`);
  });

  test('the bar opens for the paragraph a link leads to', async ({ page }) => {
    await page.goto(`${chapter}#para-11`);
    await expect(page.getByRole('group', { name: 'Paragraph 6.11' })).toBeVisible();
  });
});

test('every Harvard citation ends alike: its address, then the day it was read, as the paragraph’s does', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const recommendation = siteContent().recommendations[0]!;
  const code = siteContent().publications.find((p) => p.id === recommendation.publication)!.code;
  for (const path of [chapter, `/recommendations/${code}-${recommendation.number}/`, `/data/${siteContent().datasets[0]!.id}/`]) {
    await page.goto(path);
    const box = page.locator('.cite:has(button[aria-label^="Copy the Harvard citation of"])').first();
    const what = (await box.locator('button[aria-label^="Copy the Harvard citation of"]').getAttribute('aria-label'))!.replace('Copy the Harvard citation of ', '');
    if (await box.evaluate((el) => el.tagName === 'DETAILS')) await box.locator('summary').click();
    const shown = (await box.locator('.citation').first().textContent())!.replace(/\s+/g, ' ').trim();
    expect(shown, path).toMatch(new RegExp(` Available at: \\S+ \\(Accessed: ${today}\\)\\.$`));
    await box.getByRole('button', { name: new RegExp(`^Copy the Harvard citation of ${what}`) }).click();
    // With the address the reader is on for the build's.
    const built = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    expect(await page.evaluate(() => navigator.clipboard.readText()), path).toBe(shown.split(built).join(new URL(page.url()).origin));
  }
});

test('in the press room, the press release’s paragraphs open the same copy, share and cite bar, with their permanent addresses', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const publication = siteContent().publications.find(isPressRelease)!;
  const release = siteContent().chapters.find((c) => c.data.publication === publication.id)!;
  const permanent = `/${release.data.publication}/${release.slug}/`;
  await page.goto('/press/');
  const number = page.locator('.press-release [data-para] > .para-num').last();
  const label = (await number.locator('xpath=..').getAttribute('data-para'))!;
  const id = (await number.locator('xpath=..').getAttribute('id'))!;
  await number.click();
  const bar = page.getByRole('group', { name: `Paragraph ${label}` });
  await expect(bar).toBeVisible();
  await bar.getByRole('button', { name: `Copy link to paragraph ${label}`, exact: true }).click();
  const here = new URL(page.url()).origin;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${here}${permanent}#${id}`);
  await bar.getByRole('button', { name: `Copy citation of paragraph ${label}`, exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`, para\\. ${label.replace('.', '\\.')}\\. Available at: ${here}${permanent}#${id} \\(Accessed: .+\\)\\.$`));
  // The permanent address opens the same paragraph there.
  await page.goto(`${permanent}#${id}`);
  await expect(page.getByRole('group', { name: `Paragraph ${label}` })).toBeVisible();
});

test('a search for a figure as written finds the pages stating it first', async ({ page }) => {
  await page.goto('/search/?q=77%25');
  const first = page.locator('[data-search-results] li').first();
  await expect(first).toBeVisible({ timeout: 20_000 });
  const href = (await first.locator('a').first().getAttribute('href'))!;
  const html = readFileSync(join(DIST, href.split('#')[0]!, 'index.html'), 'utf8');
  expect(html).toMatch(/\b77%/);
});

test('a search excerpt keeps a table’s cells apart', async ({ page }) => {
  await page.goto('/search/');
  const excerpts = await page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle) as { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ content: string }> }[] }> };
    await pagefind.init();
    const found = await pagefind.search('Inner London');
    return Promise.all(found.results.map(async (r) => (await r.data()).content));
  });
  expect(excerpts.join(' ')).not.toMatch(/Change since 2009North East|CategoryChange/);
});

test('the publication page, the press room and the PDF cover say the PDF is this site’s edition, not the original', async ({ page }) => {
  const report = siteContent().publications.find((p) => p.id === '2021-regional-care-report')!;
  await page.goto(`/${report.id}/`);
  await expect(page.locator('dd', { hasText: 'this site’s edition' })).toContainText('not the original report');
  await page.goto('/press/');
  await expect(page.locator('#publications + ul li').first()).toContainText('this site’s edition');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(join(DIST, report.id, `${report.id}.pdf`))), useSystemFonts: true }).promise;
  const cover = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
  expect(cover).toContain('it is not the original report');
});

test('a publication of one chapter opens at its content from the home page, and its PDF has no contents page', async ({ page }) => {
  const slides = siteContent().publications.find((p) => siteContent().chapters.filter((c) => c.data.publication === p.id).length === 1 && p.formatEntry.readAs === 'slides')!;
  const chapter = siteContent().chapters.find((c) => c.data.publication === slides.id)!;
  await page.goto('/');
  await page.getByRole('link', { name: slides.title }).click();
  await expect(page).toHaveURL(new RegExp(`/${slides.id}/${chapter.slug}/$`));
  const doc = await getDocument({ data: new Uint8Array(readFileSync(join(DIST, slides.id, `${slides.id}.pdf`))), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= Math.min(3, doc.numPages); i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join(' ');
  expect(text).not.toContain('Contents');
});

test('a chart’s period never sits in brackets inside brackets, and a period “not stated” is not printed after a title', async ({ page }) => {
  for (const path of builtPages().filter((p) => p.startsWith('/themes/') || p.startsWith('/data/'))) {
    await page.goto(path);
    for (const text of await page.locator('.chart-period, #charts ~ ul li').allInnerTexts()) {
      expect(text, path).not.toMatch(/\([^()]*\([^()]*\)[^()]*\)/);
      expect(text, path).not.toContain('Not stated');
    }
  }
});

test('key figures: a value stays on one line in the press room at 544 px, and a lone card is not a quarter-width sliver', async ({ page }) => {
  await page.setViewportSize({ width: 544, height: 900 });
  await page.goto('/press/');
  for (const value of await page.locator('#key-facts ~ .key-figures .key-figure-value').all()) {
    const lines = await value.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
    const text = await value.innerText();
    if (text.length <= 12) expect(lines, text).toBe(1);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const theme of siteContent().themes) {
    await page.goto(`/themes/${theme.id}/`);
    const cards = page.locator('.key-figures > .key-figure');
    if ((await cards.count()) === 1) {
      const width = (await cards.first().boundingBox())!.width;
      expect(width).toBeGreaterThan(250);
      expect(width).toBeLessThan(400);
    }
  }
});

test('no page shows a straight apostrophe between two letters where the publications print curly ones', async ({ page }) => {
  for (const path of builtPages().filter((p) => !p.includes('/embed/')).slice(0, 200)) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const text = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'");
    expect(text.match(/\p{L}'\p{L}[^\s]*/gu) ?? [], path).toEqual([]);
  }
  await page.goto('/');
});
