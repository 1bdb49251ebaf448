import { expect, test } from '@playwright/test';
import { siteContent } from './helpers.ts';
import { quoteEntries } from '../../src/lib/kinds/quote.ts';

test('the recommendations index shows exactly the numbered recommendations the MDX holds, in order', async ({ page }) => {
  const content = siteContent();
  await page.goto('/recommendations/');
  for (const publication of content.publications) {
    const expected = content.recommendations.filter((r) => r.publication === publication.id).map((r) => r.number);
    const shown = await page.locator(`li[data-publication="${publication.id}"] .number`).allTextContents();
    const numbers = shown.map((s) => Number(s.replace(/\D/g, '')));
    expect([...numbers].sort((a, b) => a - b), publication.id).toEqual(expected);
  }
  const wanted = { '2021-regional-care-report': 20, '2023-response': 15 } as Record<string, number>;
  for (const [id, n] of Object.entries(wanted)) {
    if (content.publications.some((p) => p.id === id)) {
      await expect(page.locator(`li[data-publication="${id}"]`)).toHaveCount(n);
    }
  }
});

test('each recommendation permalink resolves and links back to a paragraph that exists', async ({ page }) => {
  test.setTimeout(120_000);
  const content = siteContent();
  for (const r of content.recommendations) {
    const code = content.publications.find((p) => p.id === r.publication)!.code;
    await page.goto(`/recommendations/${code}-${r.number}/`);
    // Each document's own word: the 2023 response numbers “key points”, the 2021 report recommendations.
    const word = content.publications.find((p) => p.id === r.publication)!.itemWords.singular;
    const label = `${word === 'key point' ? 'Key point' : 'Recommendation'} ${r.number}`;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    await expect(page.locator('.citation').first()).toContainText(`/recommendations/${code}-${r.number}/`);
    await page.getByRole('link', { name: new RegExp(`^Read ${label.toLowerCase()} in its chapter`) }).click();
    await expect(page).toHaveURL(new RegExp(`/${r.publication}/${r.chapter}/#recommendation-${r.number}$`));
    await expect(page.locator(`#recommendation-${r.number}`)).toBeVisible();
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a theme filter shows only that theme’s recommendations', async ({ page }) => {
    await page.goto('/recommendations/');
    await page.getByRole('navigation', { name: 'Filter by theme' }).getByRole('link', { name: /Care markets/ }).click();
    await expect(page).toHaveURL(/\/recommendations\/themes\/care-markets\/$/);
    const themes = await page.locator('li[data-item]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['theme']));
    expect(themes.length).toBe(siteContent().recommendations.filter((r) => r.theme === 'care-markets').length);
    expect(new Set(themes)).toEqual(new Set(['care-markets']));
  });
});

test('with JavaScript on, a filter applies in place and the address follows', async ({ page }) => {
  await page.goto('/recommendations/');
  await page.getByRole('navigation', { name: 'Filter by theme' }).getByRole('link', { name: /Early help/ }).click();
  await expect(page).toHaveURL(/\/recommendations\/themes\/early-help\/$/);
  const visible = page.locator('li[data-item]:visible');
  await expect(visible).toHaveCount(siteContent().recommendations.filter((r) => r.theme === 'early-help').length);
});

test('copying a quote gives its words, the speaker’s role and the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const quote = quoteEntries(siteContent()).find((q) => q.theme)!;
  const code = siteContent().publications.find((p) => p.id === quote.publication)!.code;
  await page.goto(`/quotes/themes/${quote.theme}/`);
  const card = page.locator(`[id="${code}-${quote.anchor}"]`);
  await card.getByRole('button', { name: 'Copy quote, with its attribution and link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const firstWords = quote.text.replace(/^[“"]/, '').split(/\s+/).slice(0, 5).join(' ');
  expect(copied).toContain(firstWords);
  expect(copied).toContain(quote.by);
  expect(copied).toMatch(new RegExp(`http://[^ ]+/${quote.publication}/${quote.chapter}/#${quote.anchor}$`));
});

test('the quotes pages list every quote once across the themes’ pages and the overview, with a role filter that works without JavaScript', async ({ browser }) => {
  const content = siteContent();
  const page = await browser.newPage({ javaScriptEnabled: false });
  const entries = quoteEntries(content);
  let listed = 0;
  for (const theme of new Set(entries.map((q) => q.theme).filter(Boolean))) {
    await page.goto(`/quotes/themes/${theme}/`);
    listed += await page.locator('.quote[data-item]').count();
  }
  await page.goto('/quotes/');
  listed += await page.locator('.quote[data-item][data-theme=""]').count();
  expect(listed).toBe(content.quotes.length);
  const role = content.quotes[0]!.by;
  await page.getByRole('navigation', { name: 'Filter by speaker' }).getByRole('link', { name: new RegExp(`^${role.replace(/[()]/g, '\\$&')} \\(`) }).click();
  const roles = await page.locator('.quote[data-item]:visible figcaption').allTextContents();
  expect(roles.length).toBe(content.quotes.filter((q) => q.by === role).length);
  expect(new Set(roles)).toEqual(new Set([role]));
  await page.close();
});

test('a theme page follows its theme across publications', async ({ page }) => {
  const content = siteContent();
  await page.goto('/themes/care-markets/');
  for (const chapter of content.chapters.filter((c) => c.data.theme === 'care-markets')) {
    await expect(page.getByRole('link', { name: chapter.data.title, exact: true })).toHaveCount(1);
  }
  await expect(page.locator('#recommendations ~ .recommendation')).toHaveCount(content.recommendations.filter((r) => r.theme === 'care-markets').length);
});
