import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, siteContent } from './helpers.ts';

test('the slide view moves with the keyboard and the URL names the slide', async ({ page }) => {
  const deck = siteContent().chapters.find((c) => c.extract.components.some((x) => x.name === 'Slide'))!;
  const total = deck.extract.components.filter((x) => x.name === 'Slide').length;
  await page.goto(`/${deck.data.publication}/${deck.slug}/`);
  await expect(page.locator('section.slide')).toHaveCount(total);
  await page.getByRole('button', { name: 'Present as slides' }).click();
  await expect(page).toHaveURL(/#slide-1$/);
  await expect(page.locator('section.slide.current')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#slide-2$/);
  await expect(page.locator('[data-slides-status]')).toHaveText(new RegExp(`^Slide 2 of ${total}: `));
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`#slide-${total}$`));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`#slide-${total - 1}$`));
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/#slide-1$/);
  await expect(page.locator('section.slide.current .slide-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('body')).not.toHaveClass(/presenting/);
  await expect(page.locator('section.slide').nth(2)).toBeVisible();
});

test('printing the slides puts one slide on each page, with no page after the last left for the web address alone', async ({ page }) => {
  const deck = siteContent().chapters.find((c) => c.extract.components.some((x) => x.name === 'Slide'))!;
  await page.goto(`/${deck.data.publication}/${deck.slug}/`);
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('section.slide').evaluateAll((slides) => slides.map((s) => getComputedStyle(s).breakAfter));
  expect(new Set(breaks.slice(0, -1))).toEqual(new Set(['page']));
  expect(breaks.at(-1)).toBe('auto');
});

test('search finds a phrase and lands on its page', async ({ page }) => {
  const quote = siteContent().quotes.find((q) => q.publication === '2023-response') ?? siteContent().quotes[0]!;
  const phrase = quote.text.replace(/[“”"]/g, '').split(/\s+/).slice(2, 7).join(' ');
  await page.goto(`/search/?q=${encodeURIComponent(phrase)}`);
  await expect(page.locator('[data-search-summary]')).toHaveText(/\d+ results? for/);
  const links = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links).toContain(`/${quote.publication}/${quote.chapter}/`);
});

test('a search for a word found once lands on the paragraph that holds it', async ({ page }) => {
  // “quicksand” stands once in the publications, in a 2023 director’s quote.
  const quote = siteContent().quotes.find((q) => q.text.includes('quicksand'))!;
  await page.goto('/search/?q=quicksand');
  await expect(page.locator('[data-search-summary]')).toHaveText('1 result for “quicksand”.');
  await expect(page.locator('.search-result a')).toHaveAttribute('href', `/${quote.publication}/${quote.chapter}/#${quote.anchor}`);
  await page.locator('.search-result a').click();
  await expect(page.locator(`#${quote.anchor}`)).toBeInViewport();
});

test('every search result shows the words of the paragraph it links to: link, section and excerpt come from one place', async ({ page }) => {
  let checked = 0;
  for (const query of ['Ofsted', 'agency social workers', 'placement']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-summary]')).toHaveText(/\d+ results? for/);
    const results = await page.locator('.search-result').evaluateAll((items) => items.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      // The first marked word and the word after it, as the excerpt shows them.
      phrase: /<mark>([^<]+)<\/mark>\s*([^\s<…]*)/.exec(li.querySelector('p:not(.meta)')!.innerHTML)?.slice(1, 3) ?? [],
    })));
    for (const { href, phrase } of results.filter((r) => r.href.includes('#'))) {
      const [path, id] = href.split('#') as [string, string];
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      await page.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ''));
      const text = (await page.locator(`[id="${id}"]`).first().textContent())!.replace(/\s+/g, ' ');
      const [marked, next] = phrase as [string, string];
      expect(marked, `${query}: ${href}`).toBeTruthy();
      // The landing paragraph holds the marked word, followed by the excerpt's next word unless the paragraph ends there.
      const words = text.trim().split(' ');
      const at = words.findIndex((w, i) => w.toLowerCase().includes(marked.toLowerCase()) && (!next || i === words.length - 1 || words[i + 1] === next));
      expect(at, `${query}: ${href} should show “${marked} ${next}”: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(0);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(10);
});

test('the search form is usable by keyboard alone and filters by publication', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search the publications').focus();
  await page.keyboard.type('poverty');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-summary]')).toHaveText(/results? for “poverty”/);
  const all = await page.locator('.search-result').count();
  await page.locator('select[data-filter="publication"]').selectOption({ index: 1 });
  await expect(page.locator('[data-search-summary]')).toHaveText(/for “poverty”|No results/);
  expect(await page.locator('.search-result').count()).toBeLessThanOrEqual(all);
});

test('the press room has the press release in full, coverage without an invented link, and working links', async ({ page, request }) => {
  const content = siteContent();
  await page.goto('/press/');
  const release = content.chapters.find((c) => c.data.publication === '2021-press-release')!;
  for (const block of release.extract.blocks.slice(0, 3)) {
    await expect(page.locator('.press-release')).toContainText(block.text.slice(0, 60));
  }
  await expect(page.locator('.press-release li')).toHaveCount(6);
  await expect(page.locator('.coverage')).toContainText('The outlet is not named in our copy of the article');
  const external = await page.locator('.coverage a[href^="http"]').count();
  expect(external).toBe(0);
  await expect(page.getByText(/@|Tel:|Telephone|Email us/)).toHaveCount(0);
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  for (const href of new Set(hrefs.map((h) => h.split('#')[0]!))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('no page has a placeholder link or a link whose visible address differs from its target', async ({ page }) => {
  for (const publication of siteContent().publications) {
    for (const chapter of siteContent().chapters.filter((c) => c.data.publication === publication.id)) {
      await page.goto(`/${publication.id}/${chapter.slug}/`);
      const bad = await page.locator('main a').evaluateAll((as) => as
        .map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href') ?? '' }))
        .filter(({ text, href }) => href === '' || href === '#' ||
          (/^(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text) &&
            text.replace(/^https?:\/\/(www\.)?|^www\./, '').replace(/\/$/, '') !== href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))));
      expect(bad, `${publication.id}/${chapter.slug}`).toEqual([]);
    }
  }
});
