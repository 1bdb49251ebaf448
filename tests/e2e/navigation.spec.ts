import { expect, test } from '@playwright/test';
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
});
