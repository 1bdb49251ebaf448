import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { siteContent } from './helpers.ts';

test('a reader goes from the home page to a publication to a chapter by clicking', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/North East children’s services evidence/);
  await page.locator('#publications').locator('..').getByRole('link', { name: 'North East Regional Care Report', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('North East Regional Care Report');
  await page.getByRole('link', { name: 'Early help' }).first().click();
  await expect(page).toHaveURL(/\/2021-regional-care-report\/early-help\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Early help');
  await page.getByRole('link', { name: /Next chapter/ }).click();
  await expect(page).toHaveURL(/\/2021-regional-care-report\/partnerships-and-integration\/$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Regional Care Report 2021' }).click();
  await expect(page).toHaveURL(/\/2021-regional-care-report\/$/);
});

test('the publication page lists its chapters in the report’s order', async ({ page }) => {
  await page.goto('/2021-regional-care-report/');
  const titles = await page.locator('.contents-list > li > a').allTextContents();
  expect(titles).toEqual([
    'Introduction', 'Executive summary', 'About the North East', 'Children’s services in the North East',
    'Key themes', 'Early help', 'Partnerships and integration', 'Children’s workforce', 'Care markets',
    'Ofsted regulatory framework', 'Court system and family justice', 'All recommendations',
  ]);
});

test('every chapter page has its landmarks, skip link, language and a theme band when themed', async ({ page }) => {
  for (const chapter of siteContent().chapters) {
    await page.goto(`/${chapter.data.publication}/${chapter.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.data.title);
    if (chapter.data.theme) await expect(page.locator('.theme-band')).toHaveCount(1);
    // Pages without a chart carry no chart code.
    if (chapter.extract.components.every((c) => c.name !== 'Chart')) await expect(page.locator('script[src*="Chart"]')).toHaveCount(0);
  }
});

test('every heading in a chapter has an id and a visible copy-link anchor', async ({ page }) => {
  await page.goto('/2021-regional-care-report/early-help/');
  const headings = page.locator('article h2[id]:not(.panel-title), article h3[id]');
  const count = await headings.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const id = await headings.nth(i).getAttribute('id');
    await expect(page.locator(`a.heading-anchor[href="#${id}"]`)).toHaveCount(1);
  }
});

test('pages read without sideways scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/2021-regional-care-report/', '/2021-regional-care-report/early-help/', '/2021-regional-care-report/all-recommendations/', '/themes/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('a missing page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Home page' })).toBeVisible();
  // The site's own menu, in its own words (home and search are on the page already).
  const menu = siteContent().config.navigation.filter((entry) => entry.page !== 'home' && entry.page !== 'search').map((entry) => entry.label);
  expect(menu.length).toBeGreaterThan(3);
  for (const name of menu) await expect(page.locator('main').getByRole('link', { name, exact: true })).toBeVisible();
  // Its search box leads to the search page with the words typed.
  await page.getByRole('searchbox', { name: 'Search the publications' }).fill('paradigm shift');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=paradigm\+shift$/);
  await expect(page.locator('#search-q')).toHaveValue('paradigm shift');
});

test('every entry of the 2023 response’s printed contents list has its page, or its section on that page', async ({ page }) => {
  const source = readFileSync(join('data', 'sources', '2023-response-to-government-proposals.txt'), 'utf8');
  const block = source.slice(source.indexOf('Contents\n'), source.indexOf('Implementation\t'));
  const entries = [...block.split('\n').slice(1), 'Implementation\t25'].map((l) => l.split('\t')).filter(([title]) => title && title.trim());
  // Where the printed contents and the body's headings word a section differently, the site follows the body.
  const bodyWording: Record<string, string> = { SEND: 'Special educational needs and disabilities (SEND)', 'Social work context': 'Social worker context' };
  await page.goto('/2023-response/');
  const chapters = page.locator('.contents-list > li > a');
  let chapterHref: string | null = null;
  const checked: string[] = [];
  for (const [title, pageNumber] of entries) {
    if (pageNumber && pageNumber.trim()) {
      await page.goto('/2023-response/');
      const link = chapters.filter({ hasText: new RegExp(`^${title!.trim().replace(/[()]/g, '\\$&')}$`) });
      await expect(link, title).toHaveCount(1);
      chapterHref = await link.getAttribute('href');
    } else {
      await page.goto(chapterHref!);
      await expect(page.locator('h2', { hasText: bodyWording[title!.trim()] ?? title!.trim() }).first(), title).toBeVisible();
    }
    checked.push(title!.trim());
  }
  expect(checked.length).toBeGreaterThanOrEqual(25);
});

test('every kind of page says when its content last changed, from git', async ({ page }) => {
  const git = (...paths: string[]): string => execFileSync('git', ['log', '-1', '--format=%cs', '--', ...paths], { encoding: 'utf8' }).trim();
  const cases: [string, string][] = [
    ['/quotes/', git('src/content', 'data')],
    ['/', git('src/content', 'data')],
    ['/recommendations/2021-4/', git('src/content/chapters/2021-regional-care-report/partnerships-and-integration.mdx')],
    ['/2021-regional-care-report/care-markets/', git('src/content/chapters/2021-regional-care-report/care-markets.mdx')],
  ];
  for (const [path, date] of cases) {
    expect(date, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.goto(path);
    await expect(page.locator(`time[datetime="${date}"]`).first(), path).toBeVisible();
  }
});
