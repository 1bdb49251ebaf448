import { expect, test, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { siteContent } from './helpers.ts';
import { pngText } from '../../src/lib/png-text.ts';
import { chartConfig } from '../../src/lib/data/chart-config.ts';
import { chartFrame } from '../../src/lib/data/chart-layout.ts';

function chapterWithChart(): { path: string; dataset: string } {
  for (const chapter of siteContent().chapters) {
    const chart = chapter.extract.components.find((c) => c.name === 'Chart');
    if (chart) return { path: `/${chapter.data.publication}/${chapter.slug}/`, dataset: chart.attributes['dataset']! };
  }
  throw new Error('no chapter has a <Chart>');
}

test('every dataset file is charted where its figures are stated (a chapter, or the press room’s coverage) and listed on /data/', async ({ page }) => {
  const files = readdirSync('data/datasets').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
  const charted = new Set(siteContent().chapters.flatMap((c) => c.extract.components.filter((x) => x.name === 'Chart').map((x) => x.attributes['dataset'])));
  await page.goto('/press/');
  for (const id of await page.locator('.coverage figure.chart').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset['id']))) charted.add(id);
  expect(files.filter((id) => !charted.has(id))).toEqual([]);
  await page.goto('/data/');
  const listed = await page.locator('table.data-index tbody th a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/')[2]));
  expect([...listed].sort()).toEqual(files);
});

/**
 * What a PNG shows, decoded by the browser: how many pixels differ from its top-left one (the
 * background), that colour, how many pixels are near black, and whether the image is opaque.
 */
async function pngInk(page: Page, png: Buffer): Promise<{ inked: number; background: [number, number, number]; dark: number; opaque: boolean }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const copy = document.createElement('canvas');
    copy.width = image.width;
    copy.height = image.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const background: [number, number, number] = [data[0]!, data[1]!, data[2]!];
    let inked = 0;
    let dark = 0;
    let opaque = true;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - background[0]) + Math.abs(data[i + 1]! - background[1]) + Math.abs(data[i + 2]! - background[2]) > 60) inked++;
      if (data[i]! < 50 && data[i + 1]! < 50 && data[i + 2]! < 50) dark++;
      if (data[i + 3]! < 255) opaque = false;
    }
    return { inked, background, dark, opaque };
  }, png.toString('base64'));
}

/** What a canvas shows on screen (a canvas drawn by the chart worker cannot be read from the page). */
async function canvasInk(page: Page, canvas: Locator): Promise<{ inked: number; background: [number, number, number]; dark: number }> {
  return pngInk(page, await canvas.screenshot());
}

/** Chart code the page and its workers fetched: chart-render (drawing in the page) or chart-worker. */
function chartCodeRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/_astro\/chart-(render|worker)\b/.test(path)) seen.push(path.replace(/^\/_astro\/(chart-(render|worker)).*$/, '$1'));
  });
  return seen;
}

/** A browser context of its own (another pixel density or colour scheme) on the site under test. */
function newContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  return browser.newContext({ ...options, baseURL: test.info().project.use.baseURL! });
}

async function drawnChart(page: Page): Promise<{ figure: Locator; dataset: string }> {
  const { path, dataset } = chapterWithChart();
  await page.goto(path);
  const figure = page.locator(`#chart-${dataset}`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-drawn', 'true');
  return { figure, dataset };
}

test('a chart is drawn by the chart worker when scrolled into view, and the page fetches no chart code itself', async ({ page }) => {
  const code = chartCodeRequests(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const { figure, dataset } = await drawnChart(page);
  expect(workers.filter((url) => /chart-worker/.test(url))).toHaveLength(1);
  expect(code).toEqual(['chart-worker']);
  expect((await canvasInk(page, figure.locator('canvas'))).inked).toBeGreaterThan(500);
  const data = siteContent().datasets.find((d) => d.id === dataset)!;
  await expect(figure.locator('canvas')).toHaveAttribute('aria-label', data.summary);
  // The toggle shows the table instead.
  await figure.getByRole('button', { name: 'Show the table' }).click();
  await expect(figure.locator('table')).toBeVisible();
  await expect(figure.locator('canvas')).toBeHidden();
});

test('where the browser cannot hand a canvas to a worker, chart.js draws the chart in the page', async ({ page }) => {
  await page.addInitScript(() => { delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen; });
  const code = chartCodeRequests(page);
  const { figure } = await drawnChart(page);
  expect(code).toEqual(['chart-render']);
  expect((await canvasInk(page, figure.locator('canvas'))).inked).toBeGreaterThan(500);
});

test('if the chart worker cannot start, every chart on the page is drawn in the page instead', async ({ page }) => {
  await page.route(/\/_astro\/chart-worker\b/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const code = chartCodeRequests(page);
  const { figure } = await drawnChart(page);
  expect(code).toEqual(['chart-worker', 'chart-render']);
  expect((await canvasInk(page, figure.locator('canvas'))).inked).toBeGreaterThan(500);
  // A chapter with several charts, met one after another as the reader scrolls.
  const [most] = siteContent().chapters.map((c) => ({ c, n: c.extract.components.filter((x) => x.name === 'Chart').length })).sort((a, b) => b.n - a.n);
  await page.goto(`/${most!.c.data.publication}/${most!.c.slug}/`);
  const figures = page.locator('figure[data-chart]');
  expect(await figures.count()).toBeGreaterThan(1);
  for (const each of await figures.all()) {
    await each.scrollIntoViewIfNeeded();
    await expect(each).toHaveAttribute('data-drawn', 'true');
    expect((await canvasInk(page, each.locator('canvas'))).inked).toBeGreaterThan(500);
  }
});

test('Download PNG gives the build’s annotated image (title, summary, chart, source, address), the same file at any screen width', async ({ browser, request }) => {
  const { path, dataset } = chapterWithChart();
  const data = siteContent().datasets.find((d) => d.id === dataset)!;
  const built = Buffer.from(await (await request.get(`/data/${dataset}.png`)).body());
  const widths: number[] = [];
  for (const width of [375, 1280]) {
    const context = await newContext(browser, { viewport: { width, height: 900 }, deviceScaleFactor: width === 375 ? 3 : 1 });
    const page = await context.newPage();
    await page.goto(path);
    const figure = page.locator(`#chart-${dataset}`);
    await figure.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('link', { name: /^Download PNG/ }).click()]);
    expect(download.suggestedFilename()).toBe(`${dataset}.png`);
    const png = readFileSync((await download.path())!);
    expect(png.equals(built), `at ${width} px`).toBe(true);
    widths.push(png.readUInt32BE(16));
    await context.close();
  }
  // Not the canvas at the screen's size: one width, the figure's at the build's 800 px page, at 2×.
  const context = await newContext(browser, { viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.goto(`/data/${dataset}/`);
  const figureWidth = await page.locator(`#chart-${dataset}`).evaluate((el) => el.getBoundingClientRect().width);
  expect(widths).toEqual([Math.round(figureWidth * 2), Math.round(figureWidth * 2)]);
  // Taller than the chart alone: the title and summary above it, the source and address below.
  const chartHeight = await page.locator(`#chart-${dataset} [data-chart-view]`).evaluate((el) => el.getBoundingClientRect().height);
  expect(built.readUInt32BE(20)).toBeGreaterThan(2 * (chartHeight + 150));
  // The file says what it is and where it comes from, in words too.
  const words = pngText(built);
  expect(words['Title']).toBe(data.title);
  expect(words['Description']).toBe(data.summary);
  expect(words['Comment']).toMatch(new RegExp(`^Source: .*${siteContent().config.name}: http://[^ ]+/data/${dataset}/$`));
  // Its top rows hold the title's dark ink; the chart's own image has none there.
  const ink = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data: rows } = ctx.getImageData(0, 0, image.width, 120);
    let dark = 0;
    for (let i = 0; i < rows.length; i += 4) if (rows[i]! < 80 && rows[i + 1]! < 80 && rows[i + 2]! < 80) dark++;
    return dark;
  }, built.toString('base64'));
  expect(ink).toBeGreaterThan(1000);
  await context.close();
});

test('pointing at the chart shows chart.js’s tooltip; leaving it hides the tooltip again', async ({ page }) => {
  const { figure } = await drawnChart(page);
  const canvas = figure.locator('canvas');
  // chart.js's tooltip is a near-black box: count near-black pixels.
  const dark = async (): Promise<number> => (await canvasInk(page, canvas)).dark;
  const plain = await dark();
  const box = (await canvas.boundingBox())!;
  let shown = false;
  // Somewhere along the lower part of the chart is a bar or a point.
  for (let x = 0.1; x < 1 && !shown; x += 0.05) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.8);
    shown = await expect.poll(dark, { timeout: 1000 }).toBeGreaterThan(plain + 1500).then(() => true, () => false);
  }
  expect(shown).toBe(true);
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await expect.poll(dark).toBe(plain);
});

test('when the theme or the width changes, the chart is drawn again as if first drawn that way, not stretched', async ({ browser }) => {
  // A digest of the canvas's screenshot: equal digests, equal pixels.
  const shot = async (page: Page): Promise<string> => createHash('sha256').update(await page.locator('figure[data-drawn="true"] canvas').first().screenshot()).digest('hex');
  const freshlyDrawn = async (width: number, colorScheme: 'light' | 'dark'): Promise<string> => {
    const context = await newContext(browser, { viewport: { width, height: 800 }, colorScheme });
    const page = await context.newPage();
    await drawnChart(page);
    const png = await shot(page);
    await context.close();
    return png;
  };
  const context = await newContext(browser, { viewport: { width: 1000, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  await drawnChart(page);
  const light = await shot(page);
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  while ((await toggle.textContent()) !== 'Theme: dark') await toggle.click();
  const dark = await freshlyDrawn(1000, 'dark');
  expect(dark).not.toBe(light);
  await expect.poll(() => shot(page)).toBe(dark);
  await page.setViewportSize({ width: 500, height: 800 });
  await expect.poll(() => shot(page)).toBe(await freshlyDrawn(500, 'dark'));
  await context.close();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart figure is complete: caption, summary, the build’s image of the chart, table, source and the PNG to download', async ({ page }) => {
    const pages = [...new Set(siteContent().chapters.filter((c) => c.extract.components.some((x) => x.name === 'Chart')).map((c) => `/${c.data.publication}/${c.slug}/`)), `/data/${siteContent().datasets[0]!.id}/`, '/press/'];
    let seen = 0;
    for (const path of pages) {
      await page.goto(path);
      for (const figure of await page.locator('figure[data-chart]').all()) {
        const id = (await figure.getAttribute('data-id'))!;
        const data = siteContent().datasets.find((d) => d.id === id)!;
        await figure.scrollIntoViewIfNeeded();
        await expect(figure.locator('figcaption')).toBeVisible();
        // One image for each colour scheme; the system's (light here) is the one shown.
        await expect(figure.locator('.chart-still')).toHaveCount(2);
        const image = figure.locator('.chart-still:visible img');
        await expect(image).toHaveCount(1);
        await expect(image).toBeVisible();
        await expect(figure.locator('.chart-still.for-light img')).toBeVisible();
        await expect(image).toHaveAttribute('alt', data.summary);
        // Lazy (the hidden scheme's is then never fetched), and fetched first where the chart is the page's first screen (the dataset page).
        await expect(image).toHaveAttribute('loading', 'lazy');
        if (path.startsWith('/data/')) await expect(image).toHaveAttribute('fetchpriority', 'high');
        else await expect(image).not.toHaveAttribute('fetchpriority', /./);
        // Loaded, from the build, at twice the size its width and height attributes give the box.
        await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: `${path} ${id}` }).toBe(true);
        const [natural, attributes] = await image.evaluate((img: HTMLImageElement) => [[img.naturalWidth, img.naturalHeight], [Number(img.getAttribute('width')), Number(img.getAttribute('height'))]]);
        expect(natural, id).toEqual(attributes!.map((n) => n * 2));
        await expect(figure.locator('table')).toBeVisible();
        await expect(figure.locator('tbody tr')).toHaveCount(data.categories.length);
        await expect(figure.locator('.chart-source')).toContainText('Source:');
        await expect(figure.getByRole('link', { name: /^Download PNG/ })).toHaveAttribute('href', `/data/${id}.png`);
        // The controls that need the script are not offered, and the empty canvas is not an image.
        await expect(figure.getByRole('button', { name: 'Show the table' })).toBeHidden();
        await expect(figure.locator('canvas')).toHaveAttribute('aria-hidden', 'true');
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(siteContent().datasets.length);
  });
  test('on a phone, the image is the narrow layout’s, at its own shape', async ({ browser }) => {
    const context = await newContext(browser, { viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    // A chart whose bars lie down on a phone: its narrow image has a shape of its own.
    const dataset = siteContent().datasets.find((d) => chartFrame(chartConfig(d, siteContent().config.locale), 'narrow').orientation === 'horizontal')!;
    await page.goto(`/data/${dataset.id}/`);
    const image = page.locator('.chart-still:visible img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.currentSrc)).toContain(`/data/${dataset.id}/chart-narrow-light.png`);
    const box = await page.locator('.chart-view').evaluate((el) => [el.clientWidth, el.clientHeight]);
    const natural = await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(Math.abs(box[1]! - (box[0]! * natural[1]!) / natural[0]!)).toBeLessThan(1.5);
    await context.close();
  });
});

test('a text-only chapter requests no chart code; a chart chapter fetches chart.js only when the chart nears view', async ({ page }) => {
  const textOnly = siteContent().chapters.find((c) => c.extract.components.every((x) => x.name !== 'Chart'))!;
  const scripts: string[] = [];
  page.on('request', (request) => { if (['script', 'other'].includes(request.resourceType())) scripts.push(new URL(request.url()).pathname); });
  await page.goto(`/${textOnly.data.publication}/${textOnly.slug}/`);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /chart/i.test(s))).toEqual([]);

  const { path, dataset } = chapterWithChart();
  scripts.length = 0;
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const figureTop = await page.locator(`#chart-${dataset}`).evaluate((el) => el.getBoundingClientRect().top);
  if (figureTop > 600 + 300) expect(scripts.filter((s) => /chart-(render|worker)/.test(s))).toEqual([]);
  await page.locator(`#chart-${dataset}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#chart-${dataset}`)).toHaveAttribute('data-drawn', 'true');
  expect(scripts.filter((s) => /chart-(render|worker)/.test(s))).toHaveLength(1);
});

test('each dataset’s CSV download matches its JSON', async ({ request }) => {
  for (const dataset of siteContent().datasets) {
    const csv = await (await request.get(`/data/${dataset.id}.csv`)).text();
    const json = await (await request.get(`/data/${dataset.id}.json`)).json() as { categories: string[]; series: { name: string; values: number[] }[]; unit: string };
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(json.categories.length + 1);
    expect(rows[0]).toContain(`(${json.unit})`);
    expect(rows[0]!.endsWith(',Stated in,Notes')).toBe(true);
    json.categories.forEach((category, i) => {
      const cells = rows[i + 1]!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
      expect(cells[0]).toBe(category);
      json.series.forEach((s, j) => expect(Number(cells[j + 1])).toBe(s.values[i]));
      // Then where the row's figures are stated, with the link to the sentence that gives them
      // as written (every statement where none does), and the notes.
      const statedIn = cells[json.series.length + 1]!;
      const written = json.series.flatMap((s) => [String(s.values[i]), s.values[i]!.toLocaleString('en-GB')]);
      const giving = dataset.statedIn.filter((s) => written.some((w) => s.text.includes(w)));
      for (const s of dataset.statedIn) {
        if (!s.anchor) continue;
        if (giving.length === 0 || giving.includes(s)) expect(statedIn, `${dataset.id} ${category}`).toContain(`#${s.anchor}`);
        else expect(statedIn, `${dataset.id} ${category}`).not.toContain(`#${s.anchor}`);
      }
      if (dataset.originalSource) expect(statedIn).toContain(dataset.originalSource);
      expect(cells[json.series.length + 2]).toBe(dataset.notes.join(' '));
    });
  }
});

test('a dataset page offers its source link, downloads, citation and embed code, and the embed page works', async ({ page }) => {
  const dataset = siteContent().datasets.find((d) => d.statedIn.some((s) => s.anchor))!;
  await page.goto(`/data/${dataset.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect(page.getByRole('link', { name: `${dataset.id}.csv` })).toHaveAttribute('href', `/data/${dataset.id}.csv`);
  await expect(page.locator('.citation').first()).toContainText(`/data/${dataset.id}/`);
  await expect(page.locator('pre.code')).toContainText(`/data/${dataset.id}/embed/`);
  const back = page.locator('#where-stated + ul a').first();
  const href = await back.getAttribute('href');
  await back.click();
  await expect(page.locator(`#${href!.split('#')[1]}`)).toBeVisible();
  await page.goto(`/data/${dataset.id}/embed/`);
  await expect(page.locator('header, nav')).toHaveCount(0);
  await expect(page.locator(`#chart-${dataset.id}`)).toHaveAttribute('data-drawn', 'true');
});

test('each dataset page offers its chart as a PNG made at build: the figure with its title and source', async ({ page, request }) => {
  for (const dataset of siteContent().datasets) {
    await page.goto(`/data/${dataset.id}/`);
    const link = page.getByRole('link', { name: `${dataset.id}.png` });
    await expect(link).toHaveAttribute('href', `/data/${dataset.id}.png`);
    const png = Buffer.from(await (await request.get(`/data/${dataset.id}.png`)).body());
    expect(png.subarray(1, 4).toString('latin1'), dataset.id).toBe('PNG');
    // Drawn at twice the 800 px page width, so it prints sharply; tall enough to hold title, chart and source.
    expect(png.readUInt32BE(16), dataset.id).toBeGreaterThan(1000);
    expect(png.readUInt32BE(20), dataset.id).toBeGreaterThan(500);
  }
});
