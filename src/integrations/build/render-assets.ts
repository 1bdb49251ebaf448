/**
 * After Astro has built the site into a folder: print each publication to PDF from its print page,
 * and render every page's 1200×630 share image and every chart's images, with Chromium driven by
 * Playwright. Then remove the pages that only fed them (print pages, the share-image template, the
 * chart-image page) and write each PDF's size into the pages that link to it.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type CDPSession, type Page, type Response } from 'playwright-core';
import pLimit from 'p-limit';
import type { SiteContent } from '../../lib/model.ts';
import { hasPdf } from '../../lib/publication-formats.ts';
import { chartImagePath, isBuildOnlyPage, isEmbedPage, ogImagePath, paths, pdfPath, withBase } from '../../lib/addresses.ts';
import { chartConfig } from '../../lib/data/chart-config.ts';
import { chartFrame, THUMBNAIL } from '../../lib/data/chart-layout.ts';
import { CHROMIUM_ARGS } from './chromium.ts';
import { serveFolder } from './static-server.ts';
import { AssetCache, type CacheStats } from './asset-cache.ts';
import { StepFailure } from './failure.ts';
import { withPngText } from '../../lib/png-text.ts';

export interface AssetOptions {
  dir: string;
  content: SiteContent;
  base: string;
  siteUrl: string;
  chromiumPath: string;
  /** Where rendered files are kept between builds, so unchanged ones are not rendered again; none when undefined. */
  cacheDir?: string | undefined;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}


function htmlPages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.split(sep).join('/').replace(/index\.html$/, '')}`);
}

/** The built file of a page path ("/a/b/"), base included. */
function pageFile(o: AssetOptions, path: string): string {
  return join(o.dir, path.slice(o.base.length - 1), 'index.html');
}

/** A page must be there to be printed or drawn: a missing one would be printed as “Not found”. */
function opened(response: Response | null, path: string): void {
  if (response && !response.ok()) throw new Error(`the built site has no page ${path} (it answered ${response.status()})`);
}

/** A rendering job whose failure names what it was making and from which page (a failure it meets in Chromium's start is that failure). */
function failingAs(what: string, page: string, job: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await job();
    } catch (error) {
      throw error instanceof StepFailure ? error : new StepFailure(what, page, error);
    }
  };
}

/** Chromium, launched the first time something has to be rendered (a rebuild may need none). */
type LazyBrowser = () => Promise<Browser>;

/**
 * Up to `size` pages, each made the first time a job needs one and given to one job at a time,
 * so Chromium draws several files at once (its renderer, compositor and encoder are separate
 * processes, which a single page leaves waiting on each other). Closed at the end.
 */
function pagePool(size: number, make: () => Promise<Page>): { run: <T>(job: (page: Page) => Promise<T>) => Promise<T>; close: () => Promise<void> } {
  const limit = pLimit(size);
  const idle: Page[] = [];
  const made: Promise<Page>[] = [];
  return {
    run: (job) => limit(async () => {
      const page = idle.pop() ?? await (made[made.length] = make());
      try {
        return await job(page);
      } finally {
        idle.push(page);
      }
    }),
    close: async () => { for (const page of await Promise.all(made)) await page.context().close(); },
  };
}

/** PDFs printed at once: two use both cores of a two-core machine (one after another, each waits on its page load). */
const PDF_PAGES = 2;
/** Share images drawn at once: measured fastest on two cores (3.0 × one page at a time, with the faster capture below). */
const SHARE_IMAGE_PAGES = 3;
/** Chart images drawn at once (each waits on its page and on the chart code's worker). */
const CHART_PAGES = 3;

async function renderPdfs(browser: LazyBrowser, origin: string, o: AssetOptions, cache: AssetCache): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pool = pagePool(PDF_PAGES, async () => (await (await browser()).newContext()).newPage());
  await Promise.all(o.content.publications.filter(hasPdf).map(async (publication) => {
    const printPath = withBase(paths.print(publication.id), o.base);
    const target = join(o.dir, pdfPath(publication.id));
    mkdirSync(dirname(target), { recursive: true });
    const footerTemplate = `<div style="font-family: system-ui, sans-serif; font-size: 8px; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between; color: #4d535c;"><span>${publication.title.replace(/[<&]/g, '')}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
    const key = cache.keyFor(o.dir, pageFile(o, printPath), o.base, o.siteUrl, footerTemplate);
    await cache.provide('pdfs', key, 'pdf', target, failingAs(`the PDF of ${publication.id} could not be printed`, printPath, () => pool.run(async (page) => {
      // The print page loads nothing after its load event (its charts print as tables): no need to
      // wait for the network to be idle, which costs half a second a PDF.
      opened(await page.goto(`${origin}${printPath}`, { waitUntil: 'load' }), printPath);
      // Links to other pages must work from the PDF: make them absolute on the published site.
      await page.evaluate(async (site) => {
        await document.fonts.ready;
        for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) a.href = new URL(a.getAttribute('href')!, site).href;
      }, o.siteUrl);
      await page.pdf({
        path: target,
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate,
        margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      });
    })));
    sizes.set(publication.id, statSync(target).size);
  }));
  await pool.close();
  // In the publications' order, as the build lists them.
  return new Map(o.content.publications.filter((p) => sizes.has(p.id)).map((p) => [p.id, sizes.get(p.id)!]));
}

async function renderShareImages(browser: LazyBrowser, origin: string, o: AssetOptions, cache: AssetCache): Promise<number> {
  const template = withBase(paths.shareCard(), o.base);
  // One template per page, loaded once (when its first card is not cached) and refilled for each
  // card: a fresh load per card is several times slower.
  const captures = new WeakMap<Page, CDPSession>();
  const pool = pagePool(SHARE_IMAGE_PAGES, async () => {
    const page = await (await (await browser()).newContext({ viewport: { width: 1200, height: 630 } })).newPage();
    opened(await page.goto(`${origin}${template}`), template);
    await page.waitForSelector('body[data-ready="true"]');
    captures.set(page, await page.context().newCDPSession(page));
    return page;
  });
  // Every page people share: not the embed pages (for other sites' frames) or the pages that only feed the PDFs and these images.
  const pages = htmlPages(o.dir).filter((p) => !isEmbedPage(p) && !isBuildOnlyPage(p));
  let count = 0;
  await Promise.all(pages.map(async (path) => {
    const html = readFileSync(join(o.dir, path, 'index.html'), 'utf8');
    // A moved page's old address only sends readers on: it has no share image.
    if (html.includes('http-equiv="refresh"')) return;
    const meta = (name: string): string => {
      const match = new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`).exec(html);
      return match ? match[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : '';
    };
    const card = { title: meta('card:heading') || meta('og:title'), text: meta('og:description'), kicker: meta('card:kicker'), theme: meta('card:theme') };
    const target = join(o.dir, ogImagePath(path));
    mkdirSync(dirname(target), { recursive: true });
    count += 1;
    await cache.provide('share-images', cache.keyFor(o.dir, pageFile(o, template), o.base, JSON.stringify(card)), 'png', target, failingAs(`the share image of ${path} could not be drawn`, path, () => pool.run(async (page) => {
      await page.evaluate((c) => (window as unknown as { fillCard: (card: typeof c) => void }).fillCard(c), card);
      // Chromium's own capture, encoded for speed: a quarter larger than Playwright's screenshot, and half the time.
      const shot = await captures.get(page)!.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
      writeFileSync(target, Buffer.from(shot.data, 'base64'));
    })));
  }));
  await pool.close();
  return count;
}

/**
 * Each dataset's chart as a PNG to download (/data/<id>.png): the figure with its title, summary,
 * legend, chart and source, and the dataset page's address under it, so a copy passed on says
 * where it came from; light theme, drawn at 800 px wide and 2× for print, whatever the reader's
 * screen ("Download PNG" links to this file).
 */
async function renderAnnotatedCharts(browser: LazyBrowser, origin: string, o: AssetOptions, cache: AssetCache): Promise<number> {
  const pool = pagePool(CHART_PAGES, async () => (await (await browser()).newContext({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 2, colorScheme: 'light', reducedMotion: 'reduce' })).newPage());
  await Promise.all(o.content.datasets.map(async (dataset) => {
    const datasetPath = withBase(paths.dataset(dataset.id), o.base);
    const target = join(o.dir, paths.datasetFile(dataset.id, 'png'));
    const address = { name: o.content.config.name, url: new URL(datasetPath, o.siteUrl).href };
    await cache.provide('chart-images', cache.keyFor(o.dir, pageFile(o, datasetPath), o.base, JSON.stringify(address)), 'png', target, failingAs(`the chart image of the dataset ${dataset.id} could not be drawn`, datasetPath, () => pool.run(async (page) => {
      opened(await page.goto(`${origin}${datasetPath}`), datasetPath);
      const figure = page.locator(`figure#chart-${dataset.id}`);
      // Bring the chart near the viewport, which is when the page draws it.
      await figure.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.locator(`figure#chart-${dataset.id}[data-drawn="true"]`).waitFor({ timeout: 30_000 });
      // The image is the figure as read, without its controls (table toggle, download), with the
      // page's address after its source.
      await figure.evaluate((el, line) => {
        for (const controls of el.querySelectorAll<HTMLElement>('.chart-controls')) controls.hidden = true;
        const source = el.querySelector('.chart-source');
        const p = document.createElement('p');
        p.className = 'chart-source chart-address';
        const url = document.createElement('span');
        url.className = 'chart-address-url';
        url.textContent = line.url;
        p.append(line.name, document.createElement('br'), url);
        (source ?? el.lastElementChild)?.after(p);
      }, address);
      const source = (await figure.locator('.chart-source').first().innerText()).replace(/\s+/g, ' ').trim();
      const png = await figure.screenshot({ animations: 'disabled' });
      // The file carries its words too, for whoever saves it: title, what it shows, where it is from.
      writeFileSync(target, withPngText(png, { Title: dataset.title, Description: dataset.summary, Comment: `${source} ${address.name}: ${address.url}` }));
    })));
  }));
  await pool.close();
  return o.content.datasets.length;
}

/**
 * Each chart's images drawn by the chart code itself on /chart-images/: the first paint of every
 * figure (wide and narrow layouts, light and dark, at the size Chart.astro gives them, 2×) and the
 * thumbnails of the lists of charts (chartImagePath).
 */
async function renderChartDrawings(browser: LazyBrowser, origin: string, o: AssetOptions, cache: AssetCache): Promise<number> {
  const template = withBase(paths.chartImages(), o.base);
  // Each page loads the template once and draws every image given to it.
  const pool = pagePool(CHART_PAGES, async () => {
    const page = await (await (await browser()).newContext({ viewport: { width: 800, height: 600 }, reducedMotion: 'reduce' })).newPage();
    opened(await page.goto(`${origin}${template}`), template);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  });
  const jobs: Promise<void>[] = [];
  for (const dataset of o.content.datasets) {
    const config = chartConfig(dataset, o.content.config.locale);
    for (const image of ['wide', 'narrow', 'thumbnail'] as const) {
      const frame = image === 'thumbnail' ? THUMBNAIL : chartFrame(config, image);
      for (const theme of ['light', 'dark'] as const) {
        const request = { config, variant: image, theme, width: frame.width, height: frame.height };
        const target = join(o.dir, chartImagePath(dataset.id, image, theme));
        mkdirSync(dirname(target), { recursive: true });
        jobs.push(cache.provide('chart-drawings', cache.keyFor(o.dir, pageFile(o, template), o.base, JSON.stringify(request)), 'png', target, failingAs(`the ${image} chart image of the dataset ${dataset.id} could not be drawn`, template, () => pool.run(async (page) => {
          const png = await page.evaluate((r) => (window as unknown as { drawChartImage: (request: typeof r) => Promise<string> }).drawChartImage(r), request);
          writeFileSync(target, Buffer.from(png, 'base64'));
        }))));
      }
    }
  }
  await Promise.all(jobs);
  await pool.close();
  return jobs.length;
}

function writePdfSizes(o: AssetOptions, sizes: Map<string, number>): void {
  for (const path of htmlPages(o.dir)) {
    const file = join(o.dir, path, 'index.html');
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pdf-size=')) continue;
    const updated = html.replace(/<span data-pdf-size="([a-z0-9-]+)"><\/span>/g, (whole, id: string) => {
      const size = sizes.get(id);
      return size === undefined ? whole : `<span data-pdf-size="${id}"> (PDF, ${formatBytes(size)})</span>`;
    });
    writeFileSync(file, updated);
  }
}

/** The browser's version, without starting it: part of every cache key. */
function chromiumVersion(path: string): string {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return `${path} ${result.stdout.trim() || 'unknown version'}`;
}

export async function renderAssets(o: AssetOptions): Promise<{ pdfs: Map<string, number>; images: number; charts: number; timings: Record<string, number>; cache: Map<string, CacheStats> }> {
  const server = await serveFolder(o.dir, { base: o.base });
  let launched: Promise<Browser> | undefined;
  const browser: LazyBrowser = () => (launched ??= chromium.launch({ executablePath: o.chromiumPath, args: CHROMIUM_ARGS })
    .catch((error: unknown) => { throw new StepFailure(`Chromium (${o.chromiumPath}), which prints the PDFs and images, could not start`, undefined, error); }));
  try {
    // A new browser or a change to this code renders everything again.
    const code = [import.meta.url, './asset-cache.ts', './chromium.ts', './static-server.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'));
    const salt = [chromiumVersion(o.chromiumPath), ...code].join('\0');
    const cache = new AssetCache(o.cacheDir, salt);
    // One after another: run side by side they take as long (Chromium already uses both cores).
    const timings: Record<string, number> = {};
    const timed = async <T>(name: string, job: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      const result = await job();
      timings[name] = Math.round(performance.now() - start);
      return result;
    };
    const pdfs = await timed('pdfs', () => renderPdfs(browser, server.origin, o, cache));
    const images = await timed('share-images', () => renderShareImages(browser, server.origin, o, cache));
    const charts = await timed('chart-images', () => renderAnnotatedCharts(browser, server.origin, o, cache));
    await timed('chart-drawings', () => renderChartDrawings(browser, server.origin, o, cache));
    cache.prune();
    writePdfSizes(o, pdfs);
    for (const publication of o.content.publications) rmSync(join(o.dir, paths.print(publication.id)), { recursive: true, force: true });
    rmSync(join(o.dir, paths.shareCard()), { recursive: true, force: true });
    rmSync(join(o.dir, paths.chartImages()), { recursive: true, force: true });
    return { pdfs, images, charts, timings, cache: cache.stats };
  } finally {
    if (launched) await launched.then((b) => b.close(), () => undefined);
    await server.close();
  }
}

