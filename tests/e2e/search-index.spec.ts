/**
 * What Pagefind indexes, read through Pagefind itself in the built site: a chapter's excerpts hold
 * its words, not the hidden text of its heading links and paragraph numbers; a recommendation's page
 * is found for its own words, not for the related recommendations it lists, and its result's title
 * names its publication.
 */
import { expect, test, type Page } from '@playwright/test';
import { recommendationEntries } from '../../src/lib/kinds/numbered-item.ts';
import { siteContent } from './helpers.ts';

interface Result { url: string; content: string; excerpt: string; meta: Record<string, string>; sub_results: { title: string; url: string; excerpt: string }[] }

async function search(page: Page, term: string): Promise<Result[]> {
  await page.goto('/search/');
  return page.evaluate(async (q) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle) as { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<Result> }[] }> };
    await pagefind.init();
    const found = await pagefind.search(q);
    return Promise.all(found.results.map((r) => r.data()));
  }, term);
}

const CONTROL_TEXT = /Link to the section|Paragraph \d/;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The hidden words of the controls our Sätteri plugin writes into a chapter: heading links, paragraph numbers. */
function pluginControls(url: string): RegExp[] {
  const chapter = siteContent().chapters.find((c) => url.startsWith(`/${c.data.publication}/${c.slug}/`));
  if (!chapter) return [];
  return [
    ...chapter.extract.headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => new RegExp(`Link to the section “${escape(h.text)}”`)),
    ...chapter.extract.blocks.filter((b) => b.label && !['quote', 'recommendation'].includes(b.kind)).map((b) => new RegExp(`Paragraph ${escape(b.label!)}(?![\\d.a-z])`)),
  ];
}

test('search excerpts hold a chapter’s words, without the heading links or paragraph numbers of its text', async ({ page }) => {
  const results = await search(page, 'paradigm shift');
  const chapters = results.filter((r) => !r.url.startsWith('/recommendations/'));
  expect(chapters.length).toBeGreaterThan(1);
  for (const r of chapters) {
    const controls = pluginControls(r.url);
    expect(controls.length, r.url).toBeGreaterThan(0);
    for (const control of controls) {
      expect(r.content, r.url).not.toMatch(control);
      for (const excerpt of [r.excerpt, ...r.sub_results.map((s) => s.excerpt)]) expect(excerpt, r.url).not.toMatch(control);
    }
  }
  // The early help chapter's summary, as the search page shows it: the heading, then the first
  // paragraph's words, with no link text or number between them.
  const earlyHelp = results.find((r) => r.url.startsWith('/2021-regional-care-report/early-help/'))!;
  expect(earlyHelp.content).toMatch(/Summary\. If families can be helped earlier/);
  await page.goto('/search/?q=paradigm+shift');
  const summary = page.locator('.search-result').filter({ has: page.locator('a[href^="/2021-regional-care-report/early-help/"]') }).first();
  await expect(summary.locator('p:not(.meta)')).toContainText('paradigm shift');
  await expect(summary.locator('p:not(.meta)')).not.toContainText(CONTROL_TEXT);
});

test('paragraph numbers and heading links are still shown, and link to their paragraph and section', async ({ page }) => {
  await page.goto('/2021-regional-care-report/early-help/');
  const first = page.locator('p[data-para]').first();
  const label = (await first.getAttribute('data-para'))!;
  const id = (await first.getAttribute('id'))!;
  const number = first.locator('a.para-num');
  await expect(number).toBeVisible();
  await expect(number).toHaveAttribute('data-pagefind-ignore', '');
  await expect(number).toHaveText(`Paragraph ${label}`);
  await number.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const heading = page.locator('.heading-wrapper').first();
  const headingId = (await heading.locator('h2, h3').first().getAttribute('id'))!;
  await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', `#${headingId}`);
  await expect(heading.locator('a.heading-anchor')).toHaveAttribute('data-pagefind-ignore', '');
});

test('each numbered block’s number links to its own anchor: #para-<n> for paragraphs, lists and tables, #quote-… and #recommendation-<n> for quotes and recommendations (README, URL scheme)', async ({ page }) => {
  await page.goto('/2021-regional-care-report/early-help/');
  const blocks = await page.locator('[data-para]').evaluateAll((els) => els.map((el) => ({
    tag: el.tagName.toLowerCase(), className: el.className, id: el.id, label: el.getAttribute('data-para')!,
    href: el.querySelector(':scope > a.para-num')?.getAttribute('href'),
  })));
  const kinds = new Set<string>();
  for (const block of blocks) {
    const n = block.label.split('.')[1]!;
    expect(block.href, block.label).toBe(`#${block.id}`);
    if (block.tag === 'figure' && block.className.includes('quote')) {
      kinds.add('quote');
      expect(block.id).toMatch(/^quote-[a-z0-9-]+$/);
      expect(await page.locator(`#para-${n}`).count(), block.label).toBe(0);
    } else if (block.tag === 'section' && block.className.includes('recommendation')) {
      kinds.add('recommendation');
      expect(block.id).toMatch(/^recommendation-\d+$/);
      expect(await page.locator(`#para-${n}`).count(), block.label).toBe(0);
    } else {
      kinds.add('paragraph');
      expect(block.id, block.label).toBe(`para-${n}`);
    }
  }
  expect([...kinds].sort()).toEqual(['paragraph', 'quote', 'recommendation']);
});

test('a recommendation’s page is found for its own words only, under a title naming its publication', async ({ page }) => {
  const entries = recommendationEntries(siteContent());
  const results = await search(page, 'paradigm shift');
  const recommendations = results.filter((r) => r.url.startsWith('/recommendations/'));
  expect(recommendations.length).toBeGreaterThan(0);
  // Recommendations that only list one with those words (2023's recommendation 2 lists 2021's first) are not results.
  const listers = entries.filter((e) => !/paradigm/i.test(`${e.text} ${e.chapterWording ?? ''}`));
  for (const e of listers) expect(recommendations.map((r) => r.url)).not.toContain(e.permalink);
  for (const r of recommendations) {
    const entry = entries.find((e) => r.url === e.permalink)!;
    expect(entry, r.url).toBeTruthy();
    // Found for its own text (or the chapter's wording of it), not another recommendation's.
    expect(`${entry.text} ${entry.chapterWording ?? ''}`, r.url).toMatch(/paradigm/i);
    expect(r.meta['title'], r.url).toBe(`${entry.label} – ${entry.publicationShortTitle}`);
    expect(entry.label, r.url).toMatch(new RegExp(`^(Recommendation|Key point) ${entry.number}$`));
  }

  // Two publications' “Recommendation 1” are told apart.
  const ones = await search(page, 'recommendation');
  const titles = ones.filter((r) => r.url.startsWith('/recommendations/')).map((r) => r.meta['title']);
  expect(titles.length).toBeGreaterThan(1);
  expect(new Set(titles).size).toBe(titles.length);
});

test('a CSV download starts with a UTF-8 byte-order mark, and its £ reads as £', async ({ request }) => {
  const dataset = siteContent().datasets.find((d) => d.unit.includes('£'))!;
  const response = await request.get(`/data/${dataset.id}.csv`);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const header = bytes.subarray(3).toString('utf8').split('\r\n')[0]!;
  expect(header).toBe(['Category', ...dataset.series.map((s) => `${s.name} (${dataset.unit})`), 'Stated in', 'Notes'].map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(','));
});
