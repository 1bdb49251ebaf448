/**
 * Fidelity details a reader or a journalist quoting the site would notice, in Chromium: a
 * recommendation reads in its chapter as the chapter prints it, author lines keep the document's
 * punctuation, and the site adds no claim of its own about who issued a document.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { curlyApostrophes } from '../../src/lib/typography.ts';
import { siteContent } from './helpers.ts';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

test('a recommendation the chapter words differently reads in the chapter as printed there, with the list’s wording in a note', async ({ page }) => {
  const reworded = siteContent().recommendations.filter((r) => r.chapterWording);
  expect(reworded.length).toBeGreaterThan(0);
  for (const rec of reworded) {
    await page.goto(`/${rec.publication}/${rec.chapter}/`);
    const section = page.locator(`#${rec.anchor}`);
    expect(squash(await section.locator('.recommendation-body').innerText())).toBe(squash(rec.chapterWording!));
    const note = squash(await section.locator('.editorial-note').innerText());
    expect(note).toContain('numbered list');
    expect(note).toContain(squash(rec.text));
    // The recommendation's own page keeps the list's wording as its text.
    const code = siteContent().publications.find((p) => p.id === rec.publication)!.code;
    await page.goto(`/recommendations/${code}-${rec.number}/`);
    await expect(page.locator('main')).toContainText(squash(rec.text).slice(0, 60));
  }
});

test('an author line keeps the document’s full stop before its acknowledgement', async ({ page }) => {
  const publication = siteContent().publications.find((p) => p.acknowledgement)!;
  const source = readFileSync(`data/sources/${publication.source}`, 'utf8');
  const printed = source.split('\n').find((line) => curlyApostrophes(line).includes(publication.acknowledgement!))!;
  await page.goto(`/${publication.id}/`);
  // As printed, with the typographic apostrophes the site shows (“O’Sullivan” for “O'Sullivan”).
  await expect(page.locator('dd', { hasText: publication.acknowledgement! })).toHaveText(curlyApostrophes(printed.trim()));
});

test('the press room names no issuer the press release does not name', async ({ page }) => {
  const release = readFileSync('data/sources/2021-press-release.txt', 'utf8');
  await page.goto('/press/');
  const said = await page.locator('.press-release .meta').innerText();
  expect(release).not.toContain('Issued by');
  expect(said).not.toContain('Issued by');
});

test('each group heading of the all-recommendations page that the printed list words otherwise is explained in an editorial note', async ({ page }) => {
  const source = readFileSync('data/sources/2021-regional-care-report.txt', 'utf8');
  const list = source.slice(source.lastIndexOf(' All recommendations'));
  const printedHeadings = list.split('\n').map((line) => line.trim()).filter((line) => /^[A-Z][^.]{2,40}$/.test(line));
  await page.goto('/2021-regional-care-report/all-recommendations/');
  const headings = (await page.locator('.all-recommendations h2').allInnerTexts()).map(squash);
  expect(headings.length).toBeGreaterThan(3);
  const differing = headings.filter((h) => !printedHeadings.includes(h));
  expect(differing.length).toBeGreaterThan(0);
  const notes = squash(await page.locator('#editorial-notes').locator('xpath=ancestor::section[1]').innerText());
  for (const heading of differing) expect(notes, heading).toContain(`“${heading}”`);
});

test('numbered items carry their document’s own word: the 2023 response’s “key points” are never called recommendations', async ({ page }) => {
  const source = readFileSync('data/sources/2023-response-to-government-proposals.txt', 'utf8');
  expect(source).toContain('Executive summary and key points');
  const response = siteContent().publications.find((p) => p.source === '2023-response-to-government-proposals.txt')!;
  const points = siteContent().recommendations.filter((r) => r.publication === response.id);
  expect(points.length).toBeGreaterThan(0);
  const chapter = points[0]!.chapter;
  await page.goto(`/${response.id}/${chapter}/`);
  await expect(page.locator(`#${points[0]!.anchor} .recommendation-label .number`)).toHaveText(`Key point ${points[0]!.number}`);
  await page.goto(`/recommendations/${response.code}-${points[0]!.number}/`);
  await expect(page.locator('h1')).toHaveText(`Key point ${points[0]!.number}`);
  await expect(page.locator('main')).not.toContainText(`Recommendation ${points[0]!.number}`);
  await expect(page.locator('.citation').first()).toContainText(`Key point ${points[0]!.number}`);
  await page.goto(`/${response.id}/`);
  await expect(page.locator('dd', { hasText: 'numbered' })).toContainText(`${points.length} numbered key points`);
  await page.goto('/recommendations/');
  await expect(page.locator(`li[data-publication="${response.id}"] .number`).first()).toHaveText(/^Key point \d+$/);
});

test('each note of a chapter is numbered once, as in the print, and says where its text is', async ({ page }) => {
  const chapter = siteContent().chapters.find((c) => c.extract.noteRefs.length > 0)!;
  await page.goto(`/${chapter.data.publication}/${chapter.slug}/`);
  for (const n of chapter.extract.noteRefs) {
    const note = page.locator(`li#note-${n}`);
    await expect(note).toHaveAttribute('value', String(n));
    await expect(note).toHaveText('See the printed report.');
  }
});

test('the feed dates an item only to the day its source gives: a year is not published as 1 January', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
  const publications = siteContent().publications;
  expect(publications.some((p) => p.date.length < 10)).toBe(true);
  for (const p of publications) {
    const item = items.find((i) => i.includes(`<title>${p.title.replace(/&/g, '&amp;')}</title>`));
    expect(item, p.title).toBeDefined();
    const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item!)?.[1];
    if (p.date.length === 10) expect(new Date(pubDate!).toISOString().slice(0, 10)).toBe(p.date);
    else expect(pubDate, `${p.title} is dated only ${p.date}`).toBeUndefined();
  }
});

test('a theme page dates its chapters by the publications it lists, and counts numbered items in their documents’ words', async ({ page }) => {
  const { publications, themes } = siteContent();
  const year = (id: string): string => publications.find((p) => p.id === id)!.date.slice(0, 4);
  const headings = new Set<string>();
  for (const theme of themes) {
    await page.goto(`/themes/${theme.id}/`);
    // The publications of the chapters listed under the heading, up to the next section.
    const allLinks = await page.locator('#chapters').evaluate((h) => {
      const out: string[] = [];
      for (let el = h.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
        for (const a of el.querySelectorAll('a')) out.push(new URL(a.href).pathname.split('/')[1]!);
      }
      return out;
    });
    const years = [...new Set(allLinks.map(year))].sort();
    const heading = await page.locator('#chapters').innerText();
    headings.add(heading);
    if (years.length === 0) expect(heading).toBe('Chapters');
    else if (years.length === 1) expect(heading).toBe(`Chapters, ${years[0]}`);
    else expect(heading).toBe(`Chapters, from ${years[0]} to ${years.at(-1)}`);
    // Key points of the 2023 response are not counted as recommendations.
    const recPublications = await page.locator('#recommendations ~ .recommendation .number').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const kinds = new Set(recPublications.map((path) => {
      const code = path.split('/')[2]!.replace(/-\d+$/, '');
      return publications.find((p) => p.code === code)!.itemWords.singular;
    }));
    const recHeading = await page.locator('h2#recommendations').innerText();
    if (kinds.size === 1 && kinds.has('key point')) expect(recHeading).toBe('Key points');
    if (kinds.size === 2) expect(recHeading).toMatch(/^Recommendations and key points$|^Key points and recommendations$/);
  }
  // The themes do not all span the same years.
  expect(headings.size).toBeGreaterThan(1);
});

test('the index of one document’s key points describes them as key points', async ({ page }) => {
  const response = siteContent().publications.find((p) => p.itemWords.singular === 'key point')!;
  await page.goto(`/recommendations/publications/${response.id}/`);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description).toMatch(/^\d+ key points /);
  expect(description).not.toContain('recommendation');
});

test('the press room says that no press contact is named, and quotes the release’s own words on who publishes the report', async ({ page }) => {
  const release = readFileSync('data/sources/2021-press-release.txt', 'utf8');
  await page.goto('/press/');
  const header = squash(await page.locator('main .page-head').innerText());
  expect(header).toContain('name a press contact');
  const quoted = /“([^”]+)”/.exec(header)?.[1];
  expect(quoted).toBeTruthy();
  expect(squash(release)).toContain(quoted!);
  expect(await page.locator('main a[href^="mailto:"], main a[href^="tel:"]').count()).toBe(0);
});
