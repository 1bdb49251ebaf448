/**
 * The second review by readers and journalists, the layout points, at the viewport where each was
 * seen: the quotes page (its weight, its folded filters, every old quote address still landing on
 * its quote), the phone header, and the margin of a wide screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, siteContent } from './helpers.ts';
import { quoteEntries } from '../../src/lib/kinds/quote.ts';

const phone = { width: 375, height: 800 };
const desktop = { width: 1280, height: 900 };
const chapter = '/2021-regional-care-report/early-help/';

/** The header's "Menu" button (a <summary>). */
const menuButton = (page: Page): Locator => page.locator('header.site-header summary', { hasText: 'Menu' });

/** What Chromium tells a screen reader about the control named `name`: its role and whether it is expanded. */
async function announced(page: Page, name: string): Promise<{ role: string; expanded: boolean | undefined } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
  const node = nodes.find((n) => !n.ignored && n.name?.value === name && n.role?.value !== 'StaticText' && n.role?.value !== 'InlineTextBox');
  if (!node) return undefined;
  const expanded = node.properties?.find((p) => p.name === 'expanded')?.value.value;
  return { role: node.role!.value, expanded: typeof expanded === 'boolean' ? expanded : undefined };
}

test.describe('the header on a phone', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });

  test('is one row, at most 72 px tall, with the menu folded behind a 44 px “Menu” button', async ({ page }) => {
    for (const path of ['/', chapter, '/quotes/']) {
      await page.goto(path);
      const header = (await page.locator('header.site-header').boundingBox())!;
      expect(header.height, path).toBeLessThanOrEqual(72);
      await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
      const menu = menuButton(page);
      await expect(menu).toBeVisible();
      // A disclosure button to assistive technology, and said to be collapsed.
      expect(await announced(page, 'Menu')).toEqual({ role: 'DisclosureTriangle', expanded: false });
      const box = (await menu.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      // The menu button is beside the site's name, not on a row of its own.
      const name = (await page.locator('.site-name').boundingBox())!;
      expect(box.y).toBeLessThan(name.y + name.height);
    }
  });

  test('“Menu” opens the links and the theme toggle, each a 44 px target, and the page’s link is marked', async ({ page }) => {
    await page.goto('/quotes/');
    await menuButton(page).tap();
    expect(await announced(page, 'Menu')).toEqual({ role: 'DisclosureTriangle', expanded: true });
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav).toBeVisible();
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const link of await links.all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expect(nav.getByRole('link', { name: 'Quotes' })).toHaveAttribute('aria-current', 'page');
    const toggle = nav.getByRole('button', { name: /^Theme: / });
    expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await toggle.tap();
    await expect(toggle).toHaveText('Theme: light');
    // Nothing of the menu runs off the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });

  test('works from the keyboard: after the site’s name, Enter opens it, Tab goes through it, Escape closes it', async ({ page }) => {
    await page.goto(chapter);
    await page.locator('.site-name').focus();
    await page.keyboard.press('Tab');
    const menu = menuButton(page);
    await expect(menu).toBeFocused();
    // The focus is visible: an outline of at least 2 px.
    expect(parseFloat(await menu.evaluate((m) => getComputedStyle(m).outlineWidth))).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeFocused();
    expect(await announced(page, 'Menu')).toEqual({ role: 'DisclosureTriangle', expanded: false });
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  });
});

test.describe('without JavaScript, on a phone', () => {
  test.use({ viewport: phone, javaScriptEnabled: false });

  test('the menu still opens', async ({ page }) => {
    await page.goto(chapter);
    await menuButton(page).click();
    await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Quotes' })).toBeVisible();
  });
});

test('on a wide screen the menu is open, with no “Menu” button', async ({ page }) => {
  await page.setViewportSize(desktop);
  await page.goto(chapter);
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Quotes' })).toBeVisible();
  await expect(menuButton(page)).toBeHidden();
  await page.locator('.site-name').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link').first()).toBeFocused();
});

test.describe('the quotes pages', () => {
  const KB = 1024;
  const quotePages = (): string[] => (readdirSync(join(DIST, 'quotes'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('index.html')).map((f) => `/quotes/${f.replace(/index\.html$/, '')}`.replace(/\\/g, '/'));
  const idOf = (q: { publication: string; anchor: string }): string => `${siteContent().publications.find((p) => p.id === q.publication)!.code}-${q.anchor}`;

  test('no quotes page weighs more than 30 KB on a first visit (its HTML, gzipped)', () => {
    const pages = quotePages();
    expect(pages).toContain('/quotes/');
    for (const path of pages) {
      const size = gzipSync(readFileSync(join(DIST, path, 'index.html')), { level: 9 }).length;
      console.log(`${path}: ${(size / KB).toFixed(1)} KB`);
      expect(size, path).toBeLessThanOrEqual(30 * KB);
    }
  });

  test('each quote is listed in full on one page of the quotes index: its theme’s page, or the overview when it has none', () => {
    const listed = new Map<string, string[]>();
    for (const path of quotePages().filter((p) => !p.startsWith('/quotes/roles/'))) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      for (const [, id] of html.matchAll(/<div class="quote[^"]*" id="([^"]+)"/g)) listed.set(id!, [...(listed.get(id!) ?? []), path]);
    }
    for (const quote of quoteEntries(siteContent())) {
      const home = quote.theme ? `/quotes/themes/${quote.theme}/` : '/quotes/';
      const pages = listed.get(idOf(quote)) ?? [];
      // On its theme's page; on the overview too when it is its theme's most recent quote.
      expect(pages.filter((p) => p !== '/quotes/'), idOf(quote)).toEqual(quote.theme ? [home] : []);
      if (!quote.theme) expect(pages, idOf(quote)).toEqual(['/quotes/']);
    }
    // The overview shows one quote per theme and the quotes on no theme: far fewer than all.
    const overview = [...listed].filter(([, pages]) => pages.includes('/quotes/')).length;
    const entries = quoteEntries(siteContent());
    expect(overview).toBe(new Set(entries.map((q) => q.theme).filter(Boolean)).size + entries.filter((q) => !q.theme).length);
  });

  test('every quote’s old address on the overview, /quotes/#<id>, still lands on the quote', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const quote of quoteEntries(siteContent())) {
      const id = idOf(quote);
      await page.goto(`/quotes/#${id}`);
      const card = page.locator(`[id="${id}"]`);
      await expect(card, id).toBeInViewport();
      expect(new URL(page.url()).hash).toBe(`#${id}`);
      await expect(card.locator('blockquote')).toContainText(quote.text.replace(/\s+/g, ' ').slice(0, 30).trim());
    }
  });

  test.describe('on a phone', () => {
    test.use({ viewport: phone, hasTouch: true, isMobile: true });

    test('the filters are folded into one 44 px line, and the first theme’s quotes start in the first screen', async ({ page }) => {
      for (const path of ['/quotes/', '/quotes/themes/early-help/']) {
        await page.goto(path);
        const speakers = page.getByRole('navigation', { name: 'Filter by speaker' });
        await expect(speakers).toBeHidden();
        const fold = page.locator('summary', { hasText: /^Filter by/ });
        const box = (await fold.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeLessThanOrEqual(60);
        expect((await page.locator('.main-column h2').first().boundingBox())!.y, path).toBeLessThan(phone.height);
        await fold.tap();
        await expect(speakers).toBeVisible();
        await expect(page.getByRole('navigation', { name: 'Filter by theme' })).toBeVisible();
      }
    });
  });

  test('without JavaScript, on a phone, the filters open and lead to their pages', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/quotes/');
    await page.locator('summary', { hasText: /^Filter by/ }).click();
    await page.getByRole('navigation', { name: 'Filter by theme' }).getByRole('link', { name: /^Early help/ }).click();
    await expect(page).toHaveURL(/\/quotes\/themes\/early-help\/$/);
    await expect(page.locator('.quote[data-item]')).toHaveCount(quoteEntries(siteContent()).filter((q) => q.theme === 'early-help').length);
    await context.close();
  });

  test('on a wide screen the filters are open beside the quotes, with no button to open them', async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto('/quotes/');
    const themes = page.getByRole('navigation', { name: 'Filter by theme' });
    await expect(themes).toBeVisible();
    await expect(page.locator('summary', { hasText: /^Filter by/ })).toBeHidden();
    // Beside the quotes, not above them.
    const filters = (await themes.boundingBox())!;
    const quotes = (await page.locator('.main-column').boundingBox())!;
    expect(filters.x).toBeGreaterThanOrEqual(quotes.x + quotes.width);
    expect(filters.y).toBeLessThan(quotes.y + 100);
  });
});

test.describe('the margin of a wide screen', () => {
  const pages: [string, string][] = [
    ['a chapter', chapter],
    ['a publication', '/2021-regional-care-report/'],
    ['a recommendation', '/recommendations/2021-4/'],
    ['the quotes', '/quotes/'],
    ['a theme’s quotes', '/quotes/themes/early-help/'],
    ['a dataset', '/data/child-poverty-after-housing-costs/'],
  ];
  /** The text column, and the margin beside it. */
  const text = (page: Page): Locator => page.locator('main .main-column, main article.prose').first();
  const margin = (page: Page): Locator => page.locator('main .margin-column, main .chapter-aside').first();

  for (const width of [1280, 1440]) {
    test(`at ${width} px the text keeps a reading measure and the margin beside it holds the page’s details, not empty space`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const [what, path] of pages) {
        await page.goto(path);
        const body = (await text(page).boundingBox())!;
        const side = (await margin(page).boundingBox())!;
        // Beside the text, level with its top, reaching into the right quarter of the screen.
        expect(side.x, what).toBeGreaterThanOrEqual(body.x + body.width);
        expect(Math.abs(side.y - body.y), what).toBeLessThan(80);
        expect(side.x + side.width, what).toBeGreaterThan(width * 0.75);
        // What the margin holds is there to see, in the first screen.
        expect(side.y, what).toBeLessThan(900);
        expect(await margin(page).locator('a, button, dl, summary').count(), what).toBeGreaterThan(0);
        // The text column keeps a reading measure (40rem); on a chapter, 60 to 80 characters a line.
        expect(body.width, what).toBeLessThanOrEqual(41 * 16);
        if (path === chapter) {
          const perLine = await text(page).evaluate((column) => {
            const body = getComputedStyle(document.body);
            const paragraphs = [...column.querySelectorAll('p')].filter((p) => getComputedStyle(p).fontSize === body.fontSize && getComputedStyle(p).fontFamily === body.fontFamily);
            return Math.max(...paragraphs.map((p) => {
              const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
              return lines >= 3 ? p.textContent!.replace(/\s+/g, ' ').trim().length / lines : 0;
            }));
          });
          expect(perLine).toBeGreaterThan(60);
          expect(perLine).toBeLessThan(80);
          // The chapter's contents stay in view beside the text as it is read.
          await page.mouse.wheel(0, 4000);
          await expect(page.locator('.chapter-contents')).toBeInViewport();
        }
      }
    });
  }

  for (const width of [375, 768]) {
    test(`at ${width} px the margin falls in line with the text, and nothing scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const [what, path] of pages) {
        await page.goto(path);
        const body = (await text(page).boundingBox())!;
        const side = (await margin(page).boundingBox())!;
        expect(Math.abs(side.x - body.x), what).toBeLessThan(2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), what).toBe(0);
      }
    });
  }
});
