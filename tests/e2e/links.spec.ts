import { expect, test } from '@playwright/test';
import { builtPages } from './helpers.ts';

test('every internal link and fragment on the built site resolves', async ({ page }) => {
  test.setTimeout(180_000);
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  const ids = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      hrefs: [...document.querySelectorAll('a[href], link[href]')].map((el) => (el as HTMLAnchorElement).href),
    }));
    const duplicates = found.ids.filter((id, i) => found.ids.indexOf(id) !== i);
    expect(duplicates, `duplicate ids on ${path}`).toEqual([]);
    ids.set(path, new Set(found.ids));
    for (const href of found.hrefs) links.push({ from: path, href });
  }
  const origin = new URL(page.url()).origin;
  const broken: string[] = [];
  for (const { from, href } of links) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    if (!url.pathname.endsWith('/')) {
      const res = await page.request.get(url.pathname);
      if (res.status() !== 200) broken.push(`${from} → ${href} (${res.status()})`);
      continue;
    }
    const targetIds = ids.get(url.pathname);
    if (!targetIds) broken.push(`${from} → ${href} (no such page)`);
    else if (url.hash && !targetIds.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${href} (no such fragment)`);
  }
  expect(broken).toEqual([]);
});
