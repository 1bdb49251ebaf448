/**
 * Accessibility details axe does not check, in Chromium: names that tell repeated controls apart,
 * slides readable by keyboard when zoomed in, forced colours, faint marks, and print layout.
 */
import { expect, test } from '@playwright/test';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { siteContent } from './helpers.ts';
import { quoteEntries, quoteRoles } from '../../src/lib/kinds/quote.ts';

test('on the quotes pages each quote’s permalink, chapter link and copy button has a name of its own', async ({ page }) => {
  // The longest list: the most quoted speaker's page.
  const [role] = quoteRoles(quoteEntries(siteContent()));
  await page.goto(`/quotes/roles/${role!.slug}/`);
  const count = await page.locator('.quote-permalink a').count();
  expect(count).toBe(role!.count);
  for (const selector of ['.quote-permalink a', '.quote-meta .meta-item:first-child a', '.quote-meta button[data-copy]', '.quote .cite summary', '.quote .cite button[data-copy]']) {
    const texts = await page.locator(selector).evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(texts.length, selector).toBeGreaterThanOrEqual(count);
    const repeated = texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(repeated, selector).toEqual([]);
  }
  // The visible words stay at the start of the name (WCAG 2.5.3, label in name).
  const first = (await page.locator('.quote-permalink a').first().textContent())!.replace(/\s+/g, ' ').trim();
  expect(first.startsWith('Permalink to the quote “')).toBe(true);
});

test('a filter’s result count is read out whole when it changes', async ({ page }) => {
  // The quotes pages filter by leading to other pages; the recommendations filter in place.
  for (const path of ['/recommendations/']) {
    await page.goto(path);
    await expect(page.locator('.result-count')).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('.result-count')).toHaveAttribute('aria-atomic', 'true');
  }
});

test('zoomed in to 400 %, the keys that move down a slide scroll through it before going to the next', async ({ page }) => {
  const deck = siteContent().chapters.find((c) => c.extract.components.some((x) => x.name === 'Slide'))!;
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto(`/${deck.data.publication}/${deck.slug}/`);
  await page.getByRole('button', { name: 'Present as slides' }).click();
  await expect(page).toHaveURL(/#slide-1$/);
  const slide = page.locator('section.slide.current');
  const overflow = await slide.evaluate((s) => s.scrollHeight - s.clientHeight);
  expect(overflow).toBeGreaterThan(100);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/#slide-1$/);
  await expect.poll(() => slide.evaluate((s) => s.scrollTop)).toBeGreaterThan(0);
  // PageDown until the end of the slide, then on to the next.
  for (let i = 0; i < 20 && (await page.evaluate(() => location.hash)) === '#slide-1'; i++) await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#slide-2$/);
  await page.keyboard.press('Shift+Space');
  await expect(page).toHaveURL(/#slide-1$/);
});

test('in forced colours the chosen filter stays marked, in the system’s highlight colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/quotes/');
  const chosen = page.locator('.filter-nav a[aria-current="page"]').first();
  await expect(chosen).toHaveCount(1);
  const [background, highlight, other] = await chosen.evaluate((a) => {
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'Highlight';
    document.body.append(probe);
    const sibling = a.closest('.filter-nav')!.querySelector('a:not([aria-current])')!;
    return [getComputedStyle(a).backgroundColor, getComputedStyle(probe).backgroundColor, getComputedStyle(sibling).backgroundColor];
  });
  expect(background).toBe(highlight);
  expect(other).not.toBe(highlight);
});

test('a heading’s # link is as legible as other quiet text: not faded below 4.5:1', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/2021-regional-care-report/early-help/');
    const [colour, background, opacity] = await page.locator('.heading-anchor').first().evaluate((a) => {
      const hex = (rgb: string): string => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
      let el: Element | null = a;
      let bg = 'rgba(0, 0, 0, 0)';
      while (el && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) { bg = getComputedStyle(el).backgroundColor; el = el.parentElement; }
      return [hex(getComputedStyle(a).color), hex(bg), getComputedStyle(a).opacity];
    });
    expect(opacity).toBe('1');
    expect(contrastRatio(colour, background), `${scheme}: ${colour} on ${background}`).toBeGreaterThanOrEqual(4.5);
  }
});

test('on paper a heading goes over with what it heads, and a dataset page leaves out its embed code', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/2021-regional-care-report/early-help/');
  const breaks = await page.locator('main h2, main h3').evaluateAll((hs) => hs.map((h) => getComputedStyle(h).breakAfter));
  expect(breaks.length).toBeGreaterThan(0);
  expect(new Set(breaks)).toEqual(new Set(['avoid']));
  const dataset = siteContent().datasets[0]!;
  await page.goto(`/data/${dataset.id}/`);
  await expect(page.locator('#embed')).toBeHidden();
  await expect(page.locator('.cite-headed')).toHaveCSS('break-inside', 'avoid');
  await expect(page.locator('.chart-source a').first()).toHaveCSS('color', 'rgb(0, 0, 0)');
});
