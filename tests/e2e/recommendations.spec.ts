import { expect, test } from '@playwright/test';
import { siteContent } from './helpers.ts';

test('the All recommendations chapter shows the report’s 20 recommendations in order, grouped by theme', async ({ page }) => {
  await page.goto('/2021-regional-care-report/all-recommendations/');
  const labels = await page.locator('.all-recommendations li.recommendation .number').allTextContents();
  expect(labels).toEqual(Array.from({ length: 20 }, (_, i) => `Recommendation ${i + 1}`));
  const groups = await page.locator('.all-recommendations h2').allTextContents();
  expect(groups.map((g) => g.trim())).toEqual([
    'Early help', 'Partnerships and integration', 'Children’s workforce', 'Care markets',
    'Ofsted regulatory framework', 'Court system and family justice',
  ]);
});

test('each generated recommendation is the list’s text written in its chapter (in a note where the chapter words it otherwise), and links back to it', async ({ page }) => {
  const recs = siteContent().recommendations.filter((r) => r.publication === '2021-regional-care-report');
  expect(recs).toHaveLength(20);
  await page.goto('/2021-regional-care-report/all-recommendations/');
  const items = page.locator('.all-recommendations li.recommendation');
  for (let i = 0; i < 20; i++) {
    const link = items.nth(i).getByRole('link', { name: /in its chapter/ });
    const href = await link.getAttribute('href');
    // And to its own page, where it is cited and shared.
    await expect(items.nth(i).getByRole('link', { name: `Cite or share recommendation ${i + 1}` })).toHaveAttribute('href', `/recommendations/2021-${i + 1}/`);
    const chapterText = await page.context().newPage().then(async (chapterPage) => {
      await chapterPage.goto(href!);
      const target = chapterPage.locator(`#${href!.split('#')[1]}`);
      await expect(target).toBeVisible();
      // Where the chapter words it otherwise, the chapter shows its own words and the list's in a note.
      const note = target.locator('.editorial-note');
      const text = (await note.count()) > 0
        ? (await note.locator(':scope > :not(:first-child)').allInnerTexts()).join(' ')
        : await target.locator('.recommendation-body').innerText();
      await chapterPage.close();
      return text;
    });
    const listed = await items.nth(i).locator('p').nth(1).innerText();
    expect(listed.replace(/\s+/g, ' ').trim()).toBe(chapterText.replace(/\s+/g, ' ').trim());
  }
});
