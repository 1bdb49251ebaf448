import { expect, test } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './helpers.ts';

function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

test('every page names a share image that exists and is a 1200×630 PNG, with full metadata', async ({ request }) => {
  for (const path of sitemapPaths()) {
    const html = await (await request.get(path)).text();
    const meta = (name: string): string | undefined => new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1];
    for (const name of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'twitter:card']) expect(meta(name), `${path} ${name}`).toBeTruthy();
    expect(html).toMatch(/<link rel="canonical" href="[^"]+"/);
    const image = new URL(meta('og:image')!).pathname;
    const file = join(DIST, image);
    expect(existsSync(file), `${path} → ${image}`).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
});

test('the feed, sitemap and robots.txt are published', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain('<rss');
  expect(feed).toContain('North East Regional Care Report');
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .*sitemap-index\.xml/);
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
});

test('citations name the exact URL and the publication date', async ({ request }) => {
  const bib = await (await request.get('/citations/recommendations/2021-4.bib')).text();
  expect(bib).toContain('url = {http');
  expect(bib).toContain('/recommendations/2021-4/}');
  expect(bib).toContain('year = {2021}');
  expect(bib).toContain('month = jul');
  const ris = await (await request.get('/citations/chapters/2023-response/workforce.ris')).text();
  expect(ris).toContain('PY  - 2023');
  expect(ris).toMatch(/UR {2}- http[^\r\n]*\/2023-response\/workforce\//);
});

test.describe('share controls', () => {
  const chapter = '/2021-regional-care-report/care-markets/';

  // What is shared is the page's canonical address (the site's public origin), never the address it was opened at.
  const canonical = (page: import('@playwright/test').Page) => page.locator('link[rel="canonical"]').getAttribute('href');

  test('copy the exact link, email it, and no share button where the Web Share API is missing', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => { Object.defineProperty(navigator, 'share', { value: undefined }); });
    await page.goto(chapter);
    const url = (await canonical(page))!;
    expect(new URL(url).pathname).toBe(chapter);
    await page.getByRole('button', { name: 'Copy link to this chapter' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const mail = await page.getByRole('link', { name: 'Email a link to this chapter' }).getAttribute('href');
    expect(mail).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mail!.split('&body=')[1]!)).toBe(`Care markets: North East Regional Care Report\n${url}`);
    await expect(page.getByRole('button', { name: 'Share… this chapter' })).toBeHidden();
  });

  test('the Web Share API, where present, is given the title and exact link', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: (data: unknown) => { (window as unknown as { shared: unknown }).shared = data; return Promise.resolve(); } });
    });
    await page.goto('/recommendations/2021-4/');
    await page.getByRole('button', { name: 'Share… recommendation 4' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: unknown }).shared)).toEqual({
      title: 'Recommendation 4: North East Regional Care Report',
      url: await canonical(page),
    });
    expect(new URL((await canonical(page))!).pathname).toBe('/recommendations/2021-4/');
  });
});
