/**
 * Details a reader notices, in Chromium: the slide view's controls (touch, mouse, keys), printing
 * without on-screen controls, search excerpts without hidden metadata, the search form on a phone,
 * counts and link wording, alignment and line spacing, and the embed code's frame height.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, siteContent } from './helpers.ts';

const deck = (): { path: string; total: number } => {
  const chapter = siteContent().chapters.find((c) => c.extract.components.some((x) => x.name === 'Slide'))!;
  return { path: `/${chapter.data.publication}/${chapter.slug}/`, total: chapter.extract.components.filter((x) => x.name === 'Slide').length };
};

for (const scheme of ['light', 'dark'] as const) {
  test(`the slide view has visible Previous, Next and Close buttons of at least 44 px that move by click, and a slide counter (${scheme})`, async ({ browser }) => {
    const { path, total } = deck();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    await page.goto(path);
    await page.getByRole('button', { name: 'Present as slides' }).click();
    const previous = page.getByRole('button', { name: 'Previous slide' });
    const next = page.getByRole('button', { name: 'Next slide' });
    const close = page.getByRole('button', { name: 'Close the slide view' });
    for (const button of [previous, next, close]) {
      await expect(button).toBeVisible();
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      // The label is readable against the button: text and background differ.
      const [color, background] = await button.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
      expect(color).not.toBe(background);
    }
    await expect(page.locator('[data-slides-counter]')).toHaveText(`Slide 1 of ${total}`);
    await next.click();
    await expect(page).toHaveURL(/#slide-2$/);
    await expect(page.locator('section.slide.current')).toHaveAttribute('id', 'slide-2');
    await expect(page.locator('[data-slides-counter]')).toHaveText(`Slide 2 of ${total}`);
    await expect(page.locator('[data-slides-status]')).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('[data-slides-status]')).toHaveText(new RegExp(`^Slide 2 of ${total}: `));
    await next.click();
    await expect(page).toHaveURL(/#slide-3$/);
    await previous.click();
    await expect(page).toHaveURL(/#slide-2$/);
    // By keyboard: the focused button is pressed with Enter or Space, and the keys still move.
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#slide-3$/);
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(/#slide-4$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#slide-3$/);
    await close.click();
    await expect(page.locator('body')).not.toHaveClass(/presenting/);
    await expect(close).toBeHidden();
    await expect(page.getByRole('button', { name: 'Present as slides' })).toBeFocused();
    await page.close();
  });
}

test('on a phone, the slide view’s buttons move by tap and fit the screen', async ({ browser }) => {
  const { path, total } = deck();
  const context = await browser.newContext({ viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole('button', { name: 'Present as slides' }).tap();
  const next = page.getByRole('button', { name: 'Next slide' });
  for (const name of ['Previous slide', 'Next slide', 'Close the slide view']) {
    const box = (await page.getByRole('button', { name }).boundingBox())!;
    expect(box.height, name).toBeGreaterThanOrEqual(44);
    expect(box.width, name).toBeGreaterThanOrEqual(44);
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(320);
    expect(box.y + box.height, name).toBeLessThanOrEqual(568);
  }
  await next.tap();
  await expect(page).toHaveURL(/#slide-2$/);
  await expect(page.locator('[data-slides-counter]')).toHaveText(`Slide 2 of ${total}`);
  await page.getByRole('button', { name: 'Previous slide' }).tap();
  await expect(page).toHaveURL(/#slide-1$/);
  await page.getByRole('button', { name: 'Close the slide view' }).tap();
  await expect(page.locator('body')).not.toHaveClass(/presenting/);
  await context.close();
});

test('at 1280 px, paragraph numbers on the slides sit inside the slide card, clear of its border', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(deck().path);
  const gaps = await page.locator('section.slide .para-num').evaluateAll((nums) => nums.map((n) => {
    const slide = n.closest('section.slide')!.getBoundingClientRect();
    return n.getBoundingClientRect().left - slide.left;
  }));
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(8);
});

async function displayOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => getComputedStyle(e).display));
}

test('printing hides on-screen controls and keeps the content, headings, paragraph numbers, notes and sources', async ({ page }) => {
  const controls = ['button', '.copy', '.share-links', 'details.cite:not([open])', '.cite-downloads', '.quote-permalink', '.theme-toggle', '.search-form', '.filter-nav', '.back-to-top'];
  const seen = new Set<string>();
  for (const path of ['/2021-regional-care-report/early-help/', '/quotes/', '/search/', '/data/child-poverty-2020-21/', '/recommendations/2023-1/', deck().path]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of controls) {
      const displays = await displayOf(page, selector);
      if (displays.length > 0) seen.add(selector);
      // A control is hidden itself, or inside something hidden.
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      expect(shown, `${path} ${selector}`).toBe(0);
    }
    await expect(page.locator('h1')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  }
  expect([...seen].sort()).toEqual([...controls].sort());
  // The content stays.
  const noted = siteContent().chapters.find((c) => c.extract.noteRefs.length > 0)!;
  await page.goto(`/${noted.data.publication}/${noted.slug}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.para-num').first()).toBeVisible();
  await expect(page.locator('.prose h2').first()).toBeVisible();
  await expect(page.locator('section.notes').first()).toBeVisible();
  await page.goto('/data/child-poverty-2020-21/');
  await page.emulateMedia({ media: 'print' });
  // Under its own "Cite this dataset" heading, the citation is no folded box: it prints.
  await expect(page.locator('.cite .citation').first()).toBeVisible();
  await expect(page.locator('.chart-source a').first()).toBeVisible();
});

test('the search index holds each page’s text without its hidden metadata, and keeps its filters and metadata', async ({ page }) => {
  await page.goto('/search/');
  const results = await page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle) as { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }> }[] }> };
    await pagefind.init();
    const found = await pagefind.search('poverty');
    return Promise.all(found.results.map((r) => r.data()));
  });
  const kinds = new Set(results.map((r) => r.url.split('/')[1] === 'data' ? 'data' : r.url.startsWith('/recommendations/') ? 'recommendation' : 'chapter'));
  expect([...kinds].sort()).toEqual(['chapter', 'data', 'recommendation']);
  for (const r of results) {
    expect(r.meta['title'], r.url).toBeTruthy();
    expect(r.meta['publication'], r.url).toBeTruthy();
    expect(Object.values(r.filters).flat().length, r.url).toBeGreaterThan(0);
    if (!r.url.startsWith('/data/')) expect(r.filters['publication']?.length ?? 0, r.url).toBeGreaterThan(0);
    expect(r.content, r.url).not.toContain(`${r.meta['title']}${r.meta['publication']}`);
    for (const theme of r.filters['theme'] ?? []) expect(r.content, r.url).not.toContain(`${r.meta['publication']}${theme}`);
    expect(r.content, r.url).not.toMatch(/Copy link|reference manager/);
  }
});

for (const width of [320, 375]) {
  test(`the search page fits ${width} px without sideways scrolling, and its button uses the buttons’ font`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/search/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const select of await page.locator('.search-filters select').all()) {
      const box = (await select.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    const font = (selector: string): Promise<string> => page.locator(selector).first().evaluate((e) => getComputedStyle(e).fontFamily);
    expect(await font('.search-row button')).toBe(await font('.site-nav a'));
    expect(await font('.search-row button')).toBe(await font('.search-row input'));
  });
}

/** A page's visible words, with tags and visually hidden text removed. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|\s+/g, ' ');
}

test('counts agree with their nouns, and the PDF links say “PDF” once', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const text = pageText(html);
    expect(text, path).not.toMatch(/\b1 (chapters|quotes|recommendations|numbered recommendations|charts|datasets|minutes|slides)\b/);
    expect(html, path).not.toMatch(/content="1 (quotes|recommendations)\b/);
    expect(text, path).not.toMatch(/PDF ?\(PDF/);
  }
});

test('the theme page counts its chapters in the singular when there is one', async ({ page }) => {
  const site = siteContent();
  const theme = site.themes.find((t) => site.chapters.filter((c) => c.data.theme === t.id).length === 1)!;
  await page.goto(`/themes/${theme.id}/`);
  await expect(page.locator('.page-head .meta')).toContainText(/^1 chapter ·/);
});

test('“Cite this” offers the reference manager downloads with spaces between the words', async ({ page }) => {
  await page.goto('/2021-regional-care-report/early-help/');
  await page.locator('.cite summary').first().click();
  const text = await page.locator('.cite-downloads').first().evaluate((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((e) => e.remove());
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
  expect(text).toBe('Download for a reference manager: BibTeX, RIS, CSL-JSON');
  await expect(page.locator('.cite-downloads').first()).toHaveText(/reference manager: BibTeX citation of this chapter, RIS/);
});

test('filter pills stay rounded rectangles when their text wraps on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/quotes/', '/recommendations/']) {
    await page.goto(path);
    // The quotes pages fold their filters on a phone: open them.
    if (path === '/quotes/') await page.locator('summary', { hasText: /^Filter by/ }).click();
    const pills = await page.locator('.filter-nav a').evaluateAll((links) => links.map((a) => ({ radius: parseFloat(getComputedStyle(a).borderTopLeftRadius), height: a.getBoundingClientRect().height })));
    expect(pills.length).toBeGreaterThan(0);
    for (const pill of pills) expect(pill.radius).toBeLessThanOrEqual(pill.height / 2);
  }
});

test('the search, corrections, accessibility and missing pages start their column where the header does', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/themes/');
  const reference = (await page.locator('h1').boundingBox())!.x;
  expect(reference).toBe((await page.locator('.site-name').boundingBox())!.x);
  for (const path of ['/search/', '/corrections/', '/accessibility/', '/404.html']) {
    await page.goto(path);
    expect((await page.locator('h1').boundingBox())!.x, path).toBe(reference);
    for (const crumbs of await page.locator('.breadcrumbs').all()) expect((await crumbs.boundingBox())!.x, path).toBe(reference);
  }
});

test('note numbers do not open up the line spacing', async ({ page }) => {
  const chapter = siteContent().chapters.find((c) => c.extract.noteRefs.length > 0)!;
  await page.goto(`/${chapter.data.publication}/${chapter.slug}/`);
  const sup = page.locator('sup.noteref').first();
  // A superscript with no line height of its own cannot make its line taller than the others.
  expect(await sup.evaluate((s) => getComputedStyle(s).lineHeight)).toBe('0px');
});

test('each dataset’s embed code gives a frame tall enough for its embed page at 640 px, and says the height can change', async ({ page }) => {
  for (const dataset of siteContent().datasets) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/data/${dataset.id}/`);
    const code = await page.locator('pre.code code').textContent();
    const height = Number(/height="(\d+)"/.exec(code ?? '')?.[1]);
    expect(height, dataset.id).toBeGreaterThan(0);
    await expect(page.locator('#embed + p')).toContainText(`change height="${height}"`);
    await page.setViewportSize({ width: 640, height });
    await page.goto(`/data/${dataset.id}/embed/`);
    await page.waitForLoadState('networkidle');
    const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(scroll, dataset.id).toBeLessThanOrEqual(height);
  }
});

test('no chart title repeats its period', async ({ page }) => {
  await page.goto('/2021-regional-care-report/about-the-north-east/');
  const titles = await page.locator('figcaption.chart-title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) {
    const period = /\(([^)]+)\)\s*$/.exec(title.trim())?.[1];
    if (period) expect(title.indexOf(period), title).toBe(title.lastIndexOf(period));
  }
  await page.goto('/data/spending-power-change-2010-to-2017-18/');
  await expect(page.locator('figcaption.chart-title').first()).not.toContainText('(2010 to 2017/18)');
});

test('an embed page names its icon, so browsers ask for no /favicon.ico that does not exist', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => { if (response.status() === 404) missing.push(response.url()); });
  await page.goto('/data/child-poverty-after-housing-costs/embed/');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon\.svg$/);
  expect(missing).toEqual([]);
});

test('on a phone the datasets list reads as labelled blocks, with nothing to scroll sideways; on a wide screen it is a table', async ({ browser }) => {
  const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await phone.goto('/data/');
  const region = phone.getByRole('region', { name: 'Datasets' });
  const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const firstUnit = phone.locator('.data-index tbody tr').first().locator('td').first();
  expect(await firstUnit.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Unit: "');
  await phone.close();
  const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await wide.goto('/data/');
  await expect(wide.locator('.data-index thead th').first()).toBeVisible();
  expect(await wide.locator('.data-index tbody tr').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-row');
  await wide.close();
});
