import { expect, test } from '@playwright/test';
import { siteContent } from './helpers.ts';
import { checkSiteFidelity } from '../../scripts/lib/fidelity-run.ts';
import { paths } from '../../src/lib/addresses.ts';

test('every line of each source document is on the site, in order, as Chromium renders it', async ({ page }) => {
  test.setTimeout(120_000);
  const content = siteContent();
  const texts = new Map<string, string>();
  for (const publication of content.publications) {
    const urls = [
      { path: paths.publication(publication.id), tag: 'main' },
      ...content.chapters.filter((c) => c.data.publication === publication.id).map((c) => ({ path: paths.chapter(publication.id, c.slug), tag: 'article' })),
    ];
    for (const { path, tag } of urls) {
      await page.goto(path);
      // The reading text without the site's paragraph numbers.
      await page.locator('.para-num').evaluateAll((numbers) => numbers.forEach((n) => n.remove()));
      texts.set(`${path} ${tag}`, await page.locator(tag).first().innerText());
    }
  }
  const results = checkSiteFidelity(process.cwd(), content, (path, tag) => texts.get(`${path} ${tag}`) ?? '');
  expect(results.length).toBeGreaterThan(0);
  for (const { publication, report } of results) {
    expect(report.checkedLines, publication).toBeGreaterThan(20);
    expect({ publication, missing: report.missing, outOfOrder: report.outOfOrder, stale: report.staleAllowances })
      .toEqual({ publication, missing: [], outOfOrder: [], stale: [] });
  }
});
