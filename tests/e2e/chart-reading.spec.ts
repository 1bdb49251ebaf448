/**
 * Charts as a reader and a journalist meet them: the drawing (value labels, axis, which way bars
 * run, every chart type), the first paint before any script and no layout shift when the chart
 * replaces it, embeds that size themselves, thumbnails in the lists of charts, a chart as a link
 * target, and datasets as schema.org Dataset data.
 */
import { expect, test, type Page } from '@playwright/test';
import { chartConfig } from '../../src/lib/data/chart-config.ts';
import { chartFrame, CHART_TYPES, type ChartType } from '../../src/lib/data/chart-layout.ts';
import { formatValue } from '../../src/lib/data/format.ts';
import { temporalCoverage } from '../../src/lib/data/dataset-structured-data.ts';
import { siteContent } from './helpers.ts';

const datasets = () => siteContent().datasets;
const locale = () => siteContent().config.locale;

async function drawn(page: Page, id: string): Promise<{ orientation: string; labels: string[] }> {
  const figure = page.locator(`#chart-${id}`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-drawn', 'true');
  return { orientation: (await figure.getAttribute('data-orientation'))!, labels: JSON.parse((await figure.getAttribute('data-value-labels'))!) as string[] };
}

for (const width of [375, 1280]) {
  test(`at ${width} px every bar carries its value, and bars lie down where their names would not fit under them`, async ({ browser }) => {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL!, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const variant = width === 375 ? 'narrow' : 'wide';
    for (const dataset of datasets()) {
      await page.goto(`/data/${dataset.id}/`);
      const shown = await drawn(page, dataset.id);
      const config = chartConfig(dataset, locale());
      expect(shown.orientation, dataset.id).toBe(chartFrame(config, variant).orientation);
      const values = dataset.series.flatMap((s) => s.values.map((v) => formatValue(v, dataset.unit, locale())));
      expect([...shown.labels].sort(), dataset.id).toEqual([...values].sort());
      // No category name is slanted: chart.js's labels keep a rotation of 0.
      expect(await page.locator(`#chart-${dataset.id}`).evaluate((el) => el.querySelectorAll('canvas').length)).toBe(1);
    }
    // On a phone, long names (the placement costs, the domestic-abuse rates) lie down; years stand up.
    if (width === 375) {
      const orientations = datasets().map((d) => chartFrame(chartConfig(d, locale()), 'narrow').orientation);
      expect(orientations).toContain('horizontal');
      expect(orientations).toContain('vertical');
    }
    await context.close();
  });
}

test('every value axis fits its data with round ticks: a −25 % value does not stretch the axis to −40 %', async ({ page }) => {
  for (const dataset of datasets()) {
    await page.goto(`/data/${dataset.id}/`);
    await drawn(page, dataset.id);
    const axis = JSON.parse((await page.locator(`#chart-${dataset.id}`).getAttribute('data-value-axis'))!) as { min: number; max: number; ticks: number[] };
    // (At this width every chart here stands up; lying bars carry their values and only a zero line.)
    expect(await page.locator(`#chart-${dataset.id}`).getAttribute('data-orientation'), dataset.id).toBe('vertical');
    const values = dataset.series.flatMap((s) => s.values);
    const [low, high] = [Math.min(0, ...values), Math.max(0, ...values)];
    const step = axis.ticks[1]! - axis.ticks[0]!;
    // Round steps (1, 2, 2.5 or 5 times a power of ten), zero among the ticks, every tick within the axis.
    expect(String(step / 10 ** Math.floor(Math.log10(step))), dataset.id).toMatch(/^(1|2|2\.5|5)$/);
    expect(axis.ticks, dataset.id).toContain(0);
    for (const t of axis.ticks) expect(t >= axis.min - 1e-9 && t <= axis.max + 1e-9, `${dataset.id} ${t}`).toBe(true);
    // The axis holds the data, and runs past it by less than a step (only the room its labels need).
    expect(axis.min, dataset.id).toBeLessThanOrEqual(low);
    expect(axis.max, dataset.id).toBeGreaterThanOrEqual(high);
    expect(low - axis.min, dataset.id).toBeLessThan(step);
    expect(axis.max - high, dataset.id).toBeLessThan(step);
    if (low === -25) {
      expect(axis.min).toBeGreaterThan(-40);
      expect(Math.min(...axis.ticks)).toBeGreaterThanOrEqual(-25);
    }
  }
});

test('every chart type the schema accepts is drawn: bars, horizontal bars, stacked bars and lines', async ({ page }) => {
  const dataset = datasets().find((d) => d.series.length > 1)!;
  for (const type of CHART_TYPES) {
    await page.route(`**/data/${dataset.id}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/type&quot;:&quot;[a-z-]+&quot;/, `type&quot;:&quot;${type}&quot;`);
      await route.fulfill({ response, body: html });
    });
    await page.goto(`/data/${dataset.id}/`);
    const shown = await drawn(page, dataset.id);
    const expected: Record<ChartType, string> = { bar: 'vertical', 'horizontal-bar': 'horizontal', 'stacked-bar': 'vertical', line: 'vertical' };
    expect(shown.orientation, type).toBe(expected[type]);
    const canvas = await page.locator(`#chart-${dataset.id} canvas`).screenshot();
    expect(canvas.length, type).toBeGreaterThan(3000);
    if (type === 'line') {
      // A line's first and last values.
      const ends = dataset.series.flatMap((s) => [s.values[0]!, s.values.at(-1)!].map((v) => formatValue(v, dataset.unit, locale())));
      expect(ends.every((label) => shown.labels.includes(label)), `${shown.labels}`).toBe(true);
    } else if (type === 'stacked-bar') {
      // Each segment's value sits inside it, where it fits.
      expect(shown.labels.length, type).toBeGreaterThan(0);
    } else {
      expect(shown.labels.length, type).toBe(dataset.series.length * dataset.categories.length);
    }
    await page.unroute(`**/data/${dataset.id}/`);
  }
});

for (const width of [375, 1280]) {
  test(`at ${width} px nothing moves while the page loads and its charts draw over their images (no layout shift)`, async ({ browser }) => {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL!, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const chapter = siteContent().chapters.map((c) => ({ c, n: c.extract.components.filter((x) => x.name === 'Chart').length })).sort((a, b) => b.n - a.n)[0]!.c;
    for (const path of [`/data/${datasets()[0]!.id}/`, `/${chapter.data.publication}/${chapter.slug}/`]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      for (const figure of await page.locator('figure[data-chart]').all()) {
        await figure.scrollIntoViewIfNeeded();
        await expect(figure).toHaveAttribute('data-drawn', 'true');
        // The image is hidden behind the drawn chart, keeping its box.
        await expect(figure.locator('.chart-still:visible')).toHaveCount(0);
        await expect(figure.locator('.chart-still.for-light')).toHaveCSS('visibility', 'hidden');
        const [view, canvas] = await figure.evaluate((el) => ['.chart-view', 'canvas'].map((s) => { const r = el.querySelector(s)!.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }));
        expect(canvas).toEqual(view);
      }
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts.reduce((a, b) => a + b, 0), `${path}: ${shifts.join(', ')}`).toBeLessThan(0.001);
    }
    await context.close();
  });
}

test('an embed at 600 px wide sizes its frame to its content, through the embed code’s own snippet, and again when the table is shown', async ({ page, baseURL }) => {
  const dataset = datasets()[0]!;
  await page.goto(`/data/${dataset.id}/`);
  const code = (await page.locator('#embed ~ pre.code').first().textContent())!;
  const origin = new URL(baseURL!).origin;
  // The embed code names the published site; here it is served from the test's server, in another site's page.
  const published = new URL(/src="([^"]+)"/.exec(code)![1]!).origin;
  const host = `<!doctype html><html><body style="margin:0"><h1>Another site</h1><div style="width:600px">${code.replaceAll(published, origin)}</div><p>After the chart.</p></body></html>`;
  // Another site's page: another origin on this machine (Chromium lets no public page frame a
  // local one), the second site's server, on a plain file of it so that none of its own policy applies.
  const another = new URL(baseURL!);
  another.port = String(Number(another.port) + 1);
  await page.goto(new URL('/robots.txt', another).href);
  await page.setContent(host);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator(`#chart-${dataset.id}`)).toHaveAttribute('data-drawn', 'true');
  const iframe = page.locator('iframe');
  const content = async (): Promise<number> => frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
  const fits = async (): Promise<number> => Math.abs((await iframe.evaluate((f) => f.getBoundingClientRect().height)) - (await content()));
  await expect.poll(fits).toBeLessThanOrEqual(3);
  const closed = await content();
  expect(closed).toBeLessThan(Number(/height="(\d+)"/.exec(code)![1]));
  await frame.getByRole('button', { name: 'Show the table' }).click();
  // The table takes the chart's place: the page's height changes, and the frame follows.
  await expect.poll(content).not.toBe(closed);
  await expect.poll(fits).toBeLessThanOrEqual(3);
  // A page of this site that frames nothing ignores the message; another origin's message is ignored by the snippet.
  await page.evaluate(() => window.postMessage({ type: 'chart-embed-height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(100);
});

test('theme and data pages list charts with a small image of each, lazy and sized', async ({ page }) => {
  const theme = siteContent().themes.find((t) => datasets().some((d) => d.themes.includes(t.id)))!;
  for (const [path, count] of [[`/themes/${theme.id}/`, datasets().filter((d) => d.themes.includes(theme.id)).length], ['/data/', datasets().length]] as const) {
    await page.goto(path);
    await expect(page.locator('img.chart-thumbnail')).toHaveCount(2 * count);
    // The system's colour scheme here is light: the light images are the ones shown.
    const images = page.locator('img.chart-thumbnail:visible');
    await expect(images).toHaveCount(count);
    await expect(page.locator('img.chart-thumbnail.for-light:visible')).toHaveCount(count);
    for (const image of await images.all()) {
      await expect(image).toHaveAttribute('loading', 'lazy');
      await expect(image).toHaveAttribute('alt', '');
      // Inside the link that names the chart.
      expect(await image.evaluate((img) => img.closest('a')?.getAttribute('href'))).toMatch(/^\/data\/[a-z0-9-]+\/$/);
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2 * Number(await image.getAttribute('width')));
    }
  }
});

test('a theme chosen against the system’s shows the chart images drawn for it, and the other scheme’s are never fetched', async ({ browser }) => {
  for (const [system, chosen] of [['light', 'dark'], ['dark', 'light']] as const) {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL!, viewport: { width: 1280, height: 900 }, colorScheme: system });
    await context.addInitScript((theme) => localStorage.setItem('theme', theme), chosen);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'image') fetched.push(new URL(request.url()).pathname); });
    const dataset = datasets()[0]!;
    await page.goto('/data/');
    for (const image of await page.locator('img.chart-thumbnail:visible').all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc)).toMatch(new RegExp(`/chart-thumbnail-${chosen}\\.png$`));
    }
    await expect(page.locator('img.chart-thumbnail:visible')).toHaveCount(datasets().length);
    await page.goto(`/data/${dataset.id}/`);
    // (Visible until the chart is drawn over it, which may be at once: its display says which is the page's.)
    await expect(page.locator(`.chart-still.for-${system}`)).toHaveCSS('display', 'none');
    const still = page.locator(`.chart-still.for-${chosen} img`);
    await expect(still).toHaveCSS('display', 'block');
    await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc)).toMatch(new RegExp(`/data/${dataset.id}/chart-wide-${chosen}\\.png$`));
    // The image is shown as drawn: no filter turns it.
    await expect(still).toHaveCSS('filter', 'none');
    await page.waitForLoadState('networkidle');
    const other = system;
    expect(fetched.filter((path) => path.includes(`-${other}.png`)), `${system} system, ${chosen} theme`).toEqual([]);
    await context.close();
  }
});

test('a chart opened by its link has its frame highlighted, not its background', async ({ page }) => {
  const chapter = siteContent().chapters.find((c) => c.extract.components.some((x) => x.name === 'Chart'))!;
  const id = chapter.extract.components.find((x) => x.name === 'Chart')!.attributes['dataset']!;
  await page.goto(`/${chapter.data.publication}/${chapter.slug}/`);
  const figure = page.locator(`#chart-${id}`);
  const before = await figure.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.goto(`/${chapter.data.publication}/${chapter.slug}/#chart-${id}`);
  await expect(figure).toHaveCSS('outline-style', 'solid');
  await expect(figure).toHaveCSS('background-color', before);
});

test('each dataset page carries schema.org Dataset data: its downloads, variables, and only the creator and period it states', async ({ page }) => {
  for (const dataset of datasets()) {
    await page.goto(`/data/${dataset.id}/`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(data['@type']).toBe('Dataset');
    expect(data['name']).toBe(dataset.title);
    expect(data['distribution']).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: expect.stringMatching(new RegExp(`/data/${dataset.id}\\.csv$`)) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: expect.stringMatching(new RegExp(`/data/${dataset.id}\\.json$`)) },
    ]);
    expect((data['variableMeasured'] as { name: string }[]).map((v) => v.name)).toEqual(dataset.series.map((s) => s.name));
    const publications = dataset.statedIn.map((s) => siteContent().publications.find((p) => p.id === s.publication)).filter((p) => p !== undefined);
    const named = new Set(publications.flatMap((p) => (p.authors.length > 0 ? p.authors : p.publisher ? [p.publisher] : [])));
    expect(((data['creator'] as { name: string }[] | undefined) ?? []).map((c) => c.name).sort()).toEqual([...named].sort());
    expect(data['temporalCoverage']).toBe(temporalCoverage(dataset.period));
    if (!dataset.originalSource) expect(data).not.toHaveProperty('citation');
  }
  // A dataset stated only in news coverage names no creator.
  const coverageOnly = datasets().find((d) => d.statedIn.every((s) => !s.publication));
  if (coverageOnly) {
    await page.goto(`/data/${coverageOnly.id}/`);
    expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)).not.toHaveProperty('creator');
  }
});

test('printed, a chart is its table: the image, the drawn chart, its legend and its buttons are left off paper', async ({ page }) => {
  const dataset = datasets().find((d) => d.series.length > 1)!;
  await page.goto(`/data/${dataset.id}/`);
  await drawn(page, dataset.id);
  const figure = page.locator(`#chart-${dataset.id}`);
  await expect(figure.locator('table')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(figure.locator('table')).toBeVisible();
  for (const part of ['.chart-view', '.chart-legend', '.chart-controls']) await expect(figure.locator(part), part).toBeHidden();
  await expect(figure.locator('.chart-source')).toBeVisible();
});
