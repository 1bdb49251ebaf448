/**
 * The second site (tests/fixtures/riverside, a fictional public inquiry), built by the same engine
 * with CONTENT_ROOT: every word a reader sees that is not the inquiry's own text comes from its
 * site file or the engine, in its language, currency and words for numbered items.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pngText } from '../../src/lib/png-text.ts';

const SITE = join(process.cwd(), 'tests', 'fixtures', 'riverside');
const DIST = join(SITE, 'dist');

test('the home page is the inquiry’s: its name, words, menu and language, and its publications’ formats and US dates', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Riverside Water Inquiry');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What went wrong with Riverside’s water, and what happens next');
  await expect(page.locator('.site-name span')).toHaveText('The reports of a fictional public inquiry into drinking water');
  const menu = await page.getByRole('navigation', { name: 'Site' }).getByRole('link').allInnerTexts();
  expect(menu).toEqual(['Reports', 'Questions', 'Findings and actions', 'Evidence', 'Data', 'News', 'Search']);
  // The first format (report) carries no label; the action plan does.
  const actionPlan = page.locator('.card', { has: page.getByRole('link', { name: 'Action plan: safe water for Riverside' }) });
  await expect(actionPlan.locator('.meta').last()).toHaveText('Action plan');
  const interim = page.locator('.card', { has: page.getByRole('link', { name: 'Interim report of the Riverside Water Inquiry' }) });
  await expect(interim).toContainText('March 14, 2025');
  await expect(interim.locator('.meta', { hasText: /^Report$/ })).toHaveCount(0);
  // The themes under the site's own words for them.
  await expect(page.getByRole('heading', { name: 'Questions', level: 2 })).toBeVisible();
  await expect(page.locator('.card', { hasText: 'Cost' }).locator('.meta')).toHaveText('Background');
  await expect(page.locator('footer')).toContainText('The Riverside Water Inquiry is fictional.');
});

test('the not-found page and the themes pages use the site’s own words for its menu and its themes', async ({ page }) => {
  await page.goto('/no-such-page/');
  const goTo = await page.locator('h2:has-text("Go to") + ul a').allInnerTexts();
  // The publications, then the site's own menu, in its words (home and search are on the page already).
  expect(goTo.slice(-5)).toEqual(['Questions', 'Findings and actions', 'Evidence', 'Data', 'News']);
  expect(goTo.join(' ')).not.toMatch(/Themes|Recommendations|Quotes|Press room/);
  await page.goto('/themes/');
  await expect(page).toHaveTitle(/^Questions \| /);
  await page.locator('main a[href^="/themes/"]').first().click();
  expect(await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').allInnerTexts()).toContain('Questions');
});

test('numbered items carry each publication’s own word, on the index, their pages and in their chapters', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Findings and actions' }).click();
  await expect(page).toHaveURL(/\/recommendations\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Findings and actions');
  await expect(page.locator('.result-count')).toHaveText('Showing 7 of 7 findings and actions.');
  const labels = await page.locator('.recommendation-label .number').allInnerTexts();
  expect(labels).toEqual(['Finding 1', 'Finding 2', 'Finding 3', 'Action 1', 'Action 2', 'Action 3', 'Action 4']);
  await page.getByRole('link', { name: 'Finding 2', exact: true }).click();
  await expect(page).toHaveURL(/\/recommendations\/interim-2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finding 2');
  await expect(page.getByRole('heading', { name: 'Cite this finding' })).toBeVisible();
  await page.getByRole('link', { name: /^Read finding 2 in its chapter/ }).click();
  await expect(page).toHaveURL(/\/interim-report\/findings\/#recommendation-2$/);
  await expect(page.locator('#recommendation-2 .recommendation-label .number')).toHaveText('Finding 2');
  await expect(page.locator('#recommendation-2')).toHaveAttribute('data-para', '2.2');
  await page.goto('/action-plan/actions/');
  await expect(page.locator('.at-a-glance')).toContainText('4 actions');
});

test('a chart is drawn in dollars, with its table and a CSV that says where its figures are stated', async ({ page, request }) => {
  await page.goto('/interim-report/findings/');
  const chart = page.locator('figure#chart-testing-costs');
  await expect(chart.locator('caption')).toHaveText('Cost of water testing in the Riverside district ($ thousand)');
  await expect(chart.locator('tbody td')).toHaveText(['$120k', '$185k']);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true', { timeout: 20_000 });
  // Each bar carries its value, in the site's currency.
  expect(JSON.parse((await chart.getAttribute('data-value-labels'))!)).toEqual(['$120k', '$185k']);
  // Its download is the build's annotated image, with the inquiry's name and the dataset's address.
  await expect(chart.getByRole('link', { name: /^Download PNG/ })).toHaveAttribute('href', '/data/testing-costs.png');
  const png = Buffer.from(await (await request.get('/data/testing-costs.png')).body());
  expect(pngText(png)['Comment']).toMatch(/Riverside Water Inquiry: http:\/\/[^ ]+\/data\/testing-costs\/$/);
  const csv = await (await request.get('/data/testing-costs.csv')).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('2024,185');
  expect(csv).toContain('Interim report of the Riverside Water Inquiry, What the tests showed');
  await page.goto('/data/testing-costs/');
  await expect(page.locator('dl.meta')).toContainText('$ thousand');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the chart is there: the build’s image of it, in dollars, with its table', async ({ page }) => {
    await page.goto('/interim-report/findings/');
    const image = page.locator('figure#chart-testing-costs .chart-still:visible img');
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2 * Number(await image.getAttribute('width')));
    await expect(page.locator('figure#chart-testing-costs table')).toBeVisible();
  });
});

test('citations name the inquiry’s authors, in every format, for a finding and a chapter', async ({ page, request }) => {
  await page.goto('/interim-report/findings/');
  const cite = page.locator('details.cite');
  await cite.locator('summary').click();
  await expect(cite.locator('.citation').first()).toHaveText(/^Ellery, M\. and Castellane, P\. \(2025\) ‘What the tests showed’, in Interim report of the Riverside Water Inquiry\. Available at: http/);
  const formats = await cite.locator('.cite-downloads a').allInnerTexts();
  expect(formats.map((f) => f.replace(/\s*citation of[\s\S]*/, ''))).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
  const csl = await (await request.get('/citations/recommendations/interim-2.json')).json() as { title: string; author: { family: string }[]; issued: { 'date-parts': number[][] } }[];
  expect(csl[0]!.title).toBe('Finding 2');
  expect(csl[0]!.author.map((a) => a.family)).toEqual(['Ellery', 'Castellane']);
  expect(csl[0]!.issued['date-parts']).toEqual([[2025, 3, 14]]);
  const bib = await (await request.get('/citations/chapters/action-plan/actions.bib')).text();
  expect(bib).toContain('author = {{Riverside Water Inquiry}}');
});

async function search(page: Page, term: string): Promise<string[]> {
  await page.goto('/search/');
  return page.evaluate(async (q) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle) as { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
    await pagefind.init();
    const found = await pagefind.search(q);
    return Promise.all(found.results.map(async (r) => (await r.data()).url));
  }, term);
}

test('search finds the inquiry’s words', async ({ page }) => {
  const urls = await search(page, 'Millbrook');
  expect(urls).toContain('/interim-report/findings/');
  expect(urls).toContain('/action-plan/actions/');
});

test('each publication read as chapters has its PDF, with its findings in it', async () => {
  for (const id of ['interim-report', 'action-plan']) {
    const file = join(DIST, id, `${id}.pdf`);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: true }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) text += `${(await (await doc.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')} `;
    expect(text.replace(/\s+/g, ' ')).toContain(id === 'interim-report' ? 'Finding 2' : 'Action 4');
  }
});

test('the news page shows the release, the inquiry’s press contact and no other publisher’s words', async ({ page }) => {
  await page.goto('/press/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Press room');
  await expect(page.locator('.press-contact')).toHaveText('Press contact: The inquiry’s press office (fictional), press@example.org.');
  await expect(page.getByRole('heading', { name: 'News release, March 14, 2025', level: 2 })).toBeVisible();
  // A news release has no PDF.
  await expect(page.locator('a[href$="launch-statement.pdf"]')).toHaveCount(0);
});

test('no page of the second site carries the first site’s words', () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(20);
  for (const file of pages) {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(html, file).not.toMatch(/North East|ADCS|children’s services/);
  }
});

test('a corrected paragraph links from its chapter to its history, which shows the editor’s note and the words before and after', async ({ page }) => {
  await page.goto('/interim-report/summary/');
  const mark = page.locator('#recommendation-1 .para-changed');
  await expect(mark).toHaveText('Changed on April 2, 2025');
  await mark.click();
  await expect(page).toHaveURL(/\/interim-report\/history\/#summary-recommendation-1-2025-04-02$/);
  const change = page.locator('#summary-recommendation-1-2025-04-02');
  await expect(change.locator('del')).toHaveText('[removed: five]');
  await expect(change.locator('ins')).toHaveText('[added: four]');
  await expect(page.locator('.history-note')).toHaveText('Editor’s note: Corrected “five days” to “four days” in finding 1, as in the printed report.');
  await expect(page.getByRole('heading', { level: 2, name: 'April 2, 2025' })).toBeVisible();
  // Unchanged paragraphs carry no mark.
  await page.goto('/interim-report/findings/');
  await expect(page.locator('.para-changed')).toHaveCount(0);
});

test('what happened to a finding is on its page, filters the index, and is in the feed and the downloads', async ({ page, request }) => {
  await page.goto('/recommendations/interim-2/');
  const progress = page.locator('section.progress');
  await expect(progress.getByRole('heading', { name: 'What happened next' })).toBeVisible();
  await expect(progress.locator('li')).toHaveText([/^Accepted, June 2025\.\s*The county council accepts findings 1 and 2/, /^Implemented, July 1, 2025\.\s*Source: Weekly water testing begins/]);
  await expect(progress.getByRole('link', { name: 'Action plan: safe water for Riverside' })).toHaveAttribute('href', /\/action-plan\/actions\/#para-2$/);
  // Items nobody has reported on say nothing.
  await page.goto('/recommendations/actions-1/');
  await expect(page.locator('section.progress')).toHaveCount(0);
  // The index filters by where items stand, with and without JavaScript.
  await page.goto('/recommendations/');
  const filter = page.getByRole('navigation', { name: 'Filter by what happened next' });
  await expect(filter.getByRole('link')).toHaveText(['Accepted (1)', 'Partly accepted (1)', 'Implemented (1)']);
  await filter.getByRole('link', { name: /^Implemented/ }).click();
  await expect(page).toHaveURL(/\/recommendations\/status\/implemented\/$/);
  await expect(page.locator('[data-item]:visible .number')).toHaveText(['Finding 2']);
  await page.goto('/recommendations/status/partly-accepted/');
  await expect(page.locator('[data-item] .number')).toHaveText(['Finding 3']);
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain('<title>Finding 2, Interim report 2025: implemented</title>');
  const json = await (await request.get('/recommendations.json')).json() as { items: { label: string; progress: { status: string; source: { url: string } }[] }[] };
  expect(json.items.find((i) => i.label === 'Finding 2')!.progress.map((p) => p.status)).toEqual(['accepted', 'implemented']);
  const csv = await (await request.get('/recommendations.csv')).text();
  expect(csv).toContain('Implemented,2025-07-01,Weekly water testing begins at the Millbrook works (a fictional notice): https://example.org/riverside/weekly-testing');
});
