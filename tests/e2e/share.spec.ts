import { expect, test } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, siteContent } from './helpers.ts';

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
  // The feed names its own address, in the Atom namespace, as feed validators ask.
  expect(feed).toMatch(/<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
  const self = /<atom:link href="([^"]+)" rel="self" type="application\/rss\+xml"\/>/.exec(feed);
  expect(self?.[1]).toBe(new URL('/feed.xml', /<link>([^<]+)<\/link>/.exec(feed)![1]).href);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .*sitemap-index\.xml/);
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
});

test('robots.txt lets crawlers fetch the chart embed pages, so they can read the noindex those pages carry', async ({ request, page }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const disallowed = [...robots.matchAll(/^Disallow:[ \t]*(\S*)/gm)].map((m) => m[1]!).filter(Boolean);
  const embeds = siteContent().datasets.map((d) => `/data/${d.id}/embed/`);
  expect(embeds.length).toBeGreaterThan(5);
  for (const embed of embeds) {
    // As crawlers read a rule: a prefix, with * for any characters.
    expect(disallowed.filter((rule) => new RegExp(`^${rule.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}`).test(embed)), embed).toEqual([]);
  }
  await page.goto(embeds[0]!);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
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

  // What a reader copies or shares is the page's address where the reader is: the canonical
  // address's path, on the origin the page was opened at (a preview, a mirror, the public site).
  const canonical = async (page: import('@playwright/test').Page) => {
    const built = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
    return `${new URL(page.url()).origin}${built.pathname}`;
  };

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

  test('after a paragraph number is followed, the share box also copies the link to that paragraph', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(chapter);
    const url = (await canonical(page))!;
    const partButton = page.locator('.share-links [data-share-part] button');
    await expect(partButton).toBeHidden();
    // Tap the number of a paragraph well into the chapter.
    const number = page.locator('main [data-para] > .para-num').nth(5);
    const para = await number.evaluate((a) => (a.parentElement as HTMLElement).dataset['para']!);
    const id = await number.evaluate((a) => a.parentElement!.id);
    await number.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    // (The bar under the paragraph has a button of the same name, doing the same.)
    const button = page.locator('.share-links').getByRole('button', { name: `Copy link to paragraph ${para}` });
    await expect(button).toBeVisible();
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#${id}`);
    // After "Copied", the button keeps the paragraph's name.
    await expect(button).toHaveText(`Copy link to paragraph ${para}`, { timeout: 5000 });
    // The chapter's own link is still there, unchanged.
    await page.getByRole('button', { name: 'Copy link to this chapter' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
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

test('a passage selected and copied gives the publication’s words alone: no paragraph numbers, # links or note numbers', async ({ page }) => {
  await page.goto('/2021-regional-care-report/early-help/');
  // From the first heading to the paragraph with a note marker after it.
  const text = await page.evaluate(() => {
    const main = document.querySelector('main .prose')!;
    const range = document.createRange();
    range.selectNodeContents(main);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  expect(text).not.toMatch(/Paragraph\s*\d/);
  expect(text).not.toMatch(/Link to the section/);
  expect(text).not.toMatch(/^\s*#\s*$/m);
  // A note marker's digits are not glued to the word before them.
  const marked = await page.locator('main .noteref').count();
  expect(marked).toBeGreaterThan(0);
  const before = await page.locator('main .noteref').first().evaluate((n) => (n.previousSibling?.textContent ?? '').trim().split(/\s+/).pop()!);
  expect(text).not.toMatch(new RegExp(`${before.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d`));
});

test('links in an embedded chart open in a new tab, not inside the other site’s frame', async ({ page }) => {
  await page.goto('/data/childrens-social-care-spending-growth/embed/');
  await expect(page.locator('head base')).toHaveAttribute('target', '_blank');
  expect(await page.locator('a[href]').count()).toBeGreaterThan(0);
});

test('a report’s page cites the whole report, with BibTeX and RIS files', async ({ page, request }) => {
  const reports = siteContent().publications.filter((p) => p.formatEntry.readAs === 'chapters');
  expect(reports.length).toBeGreaterThan(0);
  for (const report of reports) {
    await page.goto(`/${report.id}/`);
    await expect(page.locator('.cite summary')).toHaveText('Cite this publication');
    const bib = await (await request.get(`/citations/publications/${report.id}.bib`)).text();
    expect(bib).toMatch(/^@techreport\{/);
    expect(bib).toContain(`title = {${report.title}}`);
    expect(bib).toContain(`/${report.id}/}`);
  }
});

test('in a chapter, a chart and a key figure each offer their own permanent link', async ({ page }) => {
  const chapter = siteContent().chapters.find((c) => c.extract.components.some((x) => x.name === 'Chart'))!;
  await page.goto(`/${chapter.data.publication}/${chapter.slug}/`);
  const chart = page.locator('main figure.chart').first();
  const id = await chart.getAttribute('id');
  await chart.getByRole('link', { name: /Link to this chart/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});
