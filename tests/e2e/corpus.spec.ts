/**
 * The publications as data, read back from the built site and checked against its pages: every
 * numbered item and quote the indexes show, each publication's blocks as its chapter pages number
 * them, and llms.txt naming every publication. Linked from the data page and the press room.
 */
import { expect, test } from '@playwright/test';
import { siteContent } from './helpers.ts';
import { curlyApostrophes } from '../../src/lib/typography.ts';

test('the data page and the press room link to every corpus download, and each link answers', async ({ page, request }) => {
  for (const path of ['/data/', '/press/']) {
    await page.goto(path);
    const links = await page.locator('.corpus-downloads a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links).toEqual(expect.arrayContaining(['/recommendations.csv', '/recommendations.json', '/quotes.csv', '/quotes.json', '/llms.txt', '/llms-full.txt', '/schemas/numbered-items.v1.json']));
    for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('/recommendations.json holds exactly the items the index lists, each at its own page with its label', async ({ page, request }) => {
  const data = await (await request.get('/recommendations.json')).json() as { items: { label: string; url: string; inChapter: string; paragraph: string | null; text: string }[] };
  await page.goto('/recommendations/');
  const shown = await page.locator('[data-item] .recommendation-label .number').allInnerTexts();
  // The index groups each publication's items by theme; the file keeps their numbered order.
  expect(data.items.map((i) => i.label).sort()).toEqual([...shown].sort());
  expect(new Set(data.items.map((i) => i.label)).size).toBe(data.items.length);
  for (const item of data.items.slice(0, 6)) {
    await page.goto(new URL(item.url).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.label);
    await page.goto(new URL(item.inChapter).pathname);
    const anchor = new URL(item.inChapter).hash.slice(1);
    await expect(page.locator(`[id="${anchor}"]`)).toHaveAttribute('data-para', item.paragraph!);
  }
});

test('/quotes.csv has one row per quote the quotes pages show, after a byte-order mark and a header', async ({ page, request }) => {
  const csv = await (await request.get('/quotes.csv')).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split('\r\n')[0]).toBe('Quote,"Speaker, as printed",Publication,Chapter,Paragraph,Theme,Permanent address');
  // Every speaker's page, together: each quote once.
  await page.goto('/quotes/');
  let quotes = 0;
  for (const href of await page.getByRole('navigation', { name: 'Filter by speaker' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!).filter((h) => h.includes('/roles/')))) {
    await page.goto(href);
    quotes += await page.locator('[data-item]').count();
  }
  expect(quotes).toBe(siteContent().quotes.length);
  const json = await (await request.get('/quotes.json')).json() as { quotes: unknown[] };
  expect(json.quotes).toHaveLength(quotes);
});

test('a publication’s full text holds each chapter’s blocks as its page numbers them', async ({ page, request }) => {
  const publication = siteContent().publications.find((p) => p.formatEntry.readAs === 'chapters')!;
  const text = await (await request.get(`/${publication.id}/${publication.id}.json`)).json() as { chapters: { url: string; blocks: { number: string; anchor: string; text: string }[] }[] };
  for (const chapter of text.chapters.slice(0, 3)) {
    await page.goto(new URL(chapter.url).pathname);
    for (const block of chapter.blocks.slice(0, 8)) {
      const element = page.locator(`[id="${block.anchor}"]`);
      await expect(element).toHaveAttribute('data-para', block.number);
      // The file has the words as written; the page shows them typeset (curly apostrophes).
      const words = curlyApostrophes(block.text.replace(/\[\d+\]/g, '').replace(/\s+/g, ' ').trim()).slice(0, 40);
      expect((await element.innerText()).replace(/\s+/g, ' ')).toContain(words);
    }
  }
});

test('llms.txt lists every publication, and every JSON schema is served as JSON Schema', async ({ request }) => {
  const list = await (await request.get('/llms.txt')).text();
  for (const p of siteContent().publications) expect(list).toContain(`[${p.title}](`);
  const schema = await request.get('/schemas/quotes.v1.json');
  expect(schema.headers()['content-type']).toContain('json');
  expect((await schema.json() as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
});

test('each publication has a history of changes, linked from its page; with no change since publication it says so', async ({ page }) => {
  const publication = siteContent().publications[0]!;
  await page.goto(`/${publication.id}/`);
  await page.getByRole('link', { name: 'History of changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/${publication.id}/history/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History of changes');
  await expect(page.locator('.no-changes')).toHaveText('No change has been made to it since.');
});
