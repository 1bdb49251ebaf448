import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { siteContent } from './helpers.ts';

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

test('a chart draws on its canvas when scrolled into view', async ({ page }) => {
  const { path, dataset } = chapterWithChart();
  await page.goto(path);
  const figure = page.locator(`#chart-${dataset}`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-drawn', 'true');
  const inked = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  });
  expect(inked).toBeGreaterThan(500);
  const data = siteContent().datasets.find((d) => d.id === dataset)!;
  await expect(figure.locator('canvas')).toHaveAttribute('aria-label', data.summary);
  // The toggle shows the table instead.
  await figure.getByRole('button', { name: 'Show the table' }).click();
  await expect(figure.locator('table')).toBeVisible();
  await expect(figure.locator('canvas')).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the figure is complete: caption, summary, table and source, no canvas', async ({ page }) => {
    const { path, dataset } = chapterWithChart();
    await page.goto(path);
    const figure = page.locator(`#chart-${dataset}`);
    await expect(figure.locator('figcaption')).toBeVisible();
    await expect(figure.locator('table')).toBeVisible();
    await expect(figure.locator('.chart-source')).toContainText('Source:');
    await expect(figure.locator('canvas')).toBeHidden();
    const data = siteContent().datasets.find((d) => d.id === dataset)!;
    await expect(figure.locator('tbody tr')).toHaveCount(data.categories.length);
  });
});

test('a text-only chapter requests no chart code; a chart chapter fetches chart.js only when the chart nears view', async ({ page }) => {
  const textOnly = siteContent().chapters.find((c) => c.extract.components.every((x) => x.name !== 'Chart'))!;
  const scripts: string[] = [];
  page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname); });
  await page.goto(`/${textOnly.data.publication}/${textOnly.slug}/`);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /chart/i.test(s))).toEqual([]);

  const { path, dataset } = chapterWithChart();
  scripts.length = 0;
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const figureTop = await page.locator(`#chart-${dataset}`).evaluate((el) => el.getBoundingClientRect().top);
  if (figureTop > 600 + 300) expect(scripts.filter((s) => /chart-render/.test(s))).toEqual([]);
  await page.locator(`#chart-${dataset}`).scrollIntoViewIfNeeded();
  await expect(page.locator(`#chart-${dataset}`)).toHaveAttribute('data-drawn', 'true');
  expect(scripts.filter((s) => /chart-render/.test(s))).toHaveLength(1);
});

test('each dataset’s CSV download matches its JSON', async ({ request }) => {
  for (const dataset of siteContent().datasets) {
    const csv = await (await request.get(`/data/${dataset.id}.csv`)).text();
    const json = await (await request.get(`/data/${dataset.id}.json`)).json() as { categories: string[]; series: { name: string; values: number[] }[]; unit: string };
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(json.categories.length + 1);
    expect(rows[0]).toContain(`(${json.unit})`);
    json.categories.forEach((category, i) => {
      const cells = rows[i + 1]!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
      expect(cells[0]).toBe(category);
      json.series.forEach((s, j) => expect(Number(cells[j + 1])).toBe(s.values[i]));
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
