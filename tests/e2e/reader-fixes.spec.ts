/**
 * Details a reader meets on paper, on a phone and with a screen reader: link addresses and the
 * page's own address in print, PDF bookmarks, spacing and alignment of figures, tables and
 * headings, the Funding mark, citations, embed pages and code, and the chart's table toggle.
 */
import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, siteContent } from './helpers.ts';
import { quoteEntries, quoteRoles } from '../../src/lib/kinds/quote.ts';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The titles of a PDF's bookmarks (its outline items: the dictionaries with a /Parent). */
function bookmarkTitles(file: string): string[] {
  const pdf = readFileSync(file).toString('latin1');
  const decode = (raw: string): string => {
    let bytes: number[];
    if (raw.startsWith('<')) {
      bytes = (raw.slice(1, -1).match(/../g) ?? []).map((h) => parseInt(h, 16));
    } else {
      bytes = [];
      const s = raw.slice(1, -1);
      for (let i = 0; i < s.length; i++) {
        if (s[i] !== '\\') { bytes.push(s.charCodeAt(i)); continue; }
        const next = s[++i]!;
        const octal = /^[0-7]{1,3}/.exec(s.slice(i))?.[0];
        if (octal) { bytes.push(parseInt(octal, 8)); i += octal.length - 1; } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
      }
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let out = '';
      for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
      return out;
    }
    return Buffer.from(bytes).toString('latin1');
  };
  return [...pdf.matchAll(/<<\/Title\s*(\((?:\\[^]|[^\\)])*\)|<[0-9A-Fa-f]*>)([^]*?)>>/g)]
    .filter((m) => m[2]!.includes('/Parent'))
    .map((m) => decode(m[1]!));
}

test('printing a page shows its own address, and where links to the site’s pages go, but not after theme labels', async ({ page }) => {
  const path = '/2021-regional-care-report/early-help/';
  await page.goto(path);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toBe(new URL(path, canonical!).href);
  // On screen, no address line.
  await expect(page.getByText(`Online at ${canonical}`)).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(`Online at ${canonical}`, { exact: true })).toBeVisible();
  const after = (locator: Locator): Promise<string> => locator.evaluate((a) => getComputedStyle(a, '::after').content);
  const recommendation = siteContent().recommendations.find((r) => r.publication === '2021-regional-care-report' && r.chapter === 'early-help')!;
  // A recommendation's theme label: no address after it, on a page or in the PDF (whose links the
  // build makes absolute before printing, as here).
  const label = page.locator(`#recommendation-${recommendation.number} .theme-label`);
  await expect(label).toBeVisible();
  expect(['none', 'normal']).toContain(await after(label));
  await page.evaluate(() => { for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) a.href = new URL(a.getAttribute('href')!, location.origin).href; });
  expect(['none', 'normal']).toContain(await after(label));
  // Links to pages of the site in the text (here, where a key figure is stated): the address follows each.
  await page.goto('/2021-regional-care-report/about-the-north-east/');
  await page.emulateMedia({ media: 'print' });
  const internal = page.locator('main .prose a[href^="/"]:not(.theme-label)').filter({ visible: true });
  expect(await internal.count()).toBeGreaterThan(0);
  for (const link of await internal.all()) expect(await after(link)).toContain(await link.getAttribute('href'));
  // The external links still print theirs.
  await page.goto('/2023-response/introduction/');
  await page.emulateMedia({ media: 'print' });
  expect(await after(page.locator('.prose a[href^="http"]').first())).toContain('http');
});

test('every PDF’s bookmarks keep the spaces of headings that wrap: the publication, chapter and section titles read as written', () => {
  const site = siteContent();
  for (const publication of site.publications.filter((p) => p.formatEntry.readAs !== 'press-release')) {
    const titles = new Set(bookmarkTitles(join(DIST, publication.id, `${publication.id}.pdf`)).map(squash));
    expect(titles.size, publication.id).toBeGreaterThan(2);
    const expected = [publication.title, ...site.chapters.filter((c) => c.data.publication === publication.id).flatMap((c) => [c.data.title, ...c.extract.headings.filter((h) => h.text && h.depth <= 3).map((h) => h.text)])];
    const missing = expected.map(squash).filter((title) => !titles.has(title));
    expect(missing, publication.id).toEqual([]);
  }
});

test('key-figure cards are spaced from each other and from the next paragraph', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/2021-regional-care-report/about-the-north-east/');
  const cards = page.locator('.prose .key-figure');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  const first = (await cards.nth(0).boundingBox())!;
  const second = (await cards.nth(1).boundingBox())!;
  expect(second.y - (first.y + first.height)).toBeGreaterThanOrEqual(16);
  const next = cards.last().locator('xpath=following-sibling::*[1]');
  const last = (await cards.last().boundingBox())!;
  expect((await next.boundingBox())!.y - (last.y + last.height)).toBeGreaterThanOrEqual(16);
});

test('key figures are figures named by their value and label, not one landmark each', async ({ page }) => {
  const figures = siteContent().keyFigures;
  await page.goto('/press/');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  for (const figure of figures) {
    await expect(page.getByRole('figure', { name: `Key figure: ${figure.value} ${figure.label}` })).toHaveCount(1);
  }
  await page.goto('/');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  expect(await page.getByRole('figure', { name: /^Key figure: / }).count()).toBeGreaterThan(0);
});

/**
 * Whether `after` starts on the last line of `text`, just after its last word. With `ownTextOnly`,
 * only the element's own text counts (a heading's words, not the count inside it).
 */
async function followsLastWord(text: Locator, after: Locator, ownTextOnly = false): Promise<{ lines: number; gap: number; sameLine: boolean }> {
  const end = await text.evaluate((el, own) => {
    const parts = own ? [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) : [el];
    const rects: DOMRect[] = [];
    for (const part of parts) {
      const range = document.createRange();
      range.selectNodeContents(part);
      rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
    }
    const tops = new Set(rects.map((r) => Math.round(r.top)));
    const last = rects.reduce((a, b) => (b.bottom > a.bottom + 1 || (Math.abs(b.bottom - a.bottom) <= 1 && b.right > a.right) ? b : a));
    return { lines: tops.size, right: last.right, top: last.top, bottom: last.bottom };
  }, ownTextOnly);
  const box = (await after.boundingBox())!;
  const middle = box.y + box.height / 2;
  return { lines: end.lines, gap: box.x - end.right, sameLine: middle > end.top && middle < end.bottom };
}

test('a heading’s # link, and a heading’s count, stay right after its last word when the heading wraps on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/2021-regional-care-report/early-help/');
  const heading = page.getByRole('heading', { name: 'Key challenges and proposals', level: 2 });
  // The visible # (the link also holds words for screen readers, kept off screen).
  const anchor = page.locator('a.heading-anchor[href="#key-challenges-and-proposals"] [aria-hidden="true"]');
  const result = await followsLastWord(heading, anchor);
  expect(result.lines).toBeGreaterThan(1);
  expect(result.sameLine).toBe(true);
  expect(result.gap).toBeGreaterThanOrEqual(0);
  expect(result.gap).toBeLessThan(16);
  // The counts after theme headings on the recommendations index, at the narrowest phone.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/recommendations/');
  let wrapped = 0;
  for (const theme of await page.locator('h3.theme-heading').all()) {
    const words = squash((await theme.textContent()) ?? '');
    const r = await followsLastWord(theme, theme.locator('.count'), true);
    if (r.lines > 1) wrapped++;
    expect(r.sameLine, words).toBe(true);
    expect(r.gap, words).toBeGreaterThanOrEqual(0);
    expect(r.gap, words).toBeLessThan(16);
  }
  expect(wrapped).toBeGreaterThan(0);
});

test('in a chart’s table, the headers of the number columns line up on the right with their numbers', async ({ page }) => {
  for (const dataset of siteContent().datasets) {
    await page.goto(`/data/${dataset.id}/`);
    await page.locator(`#chart-${dataset.id}`).getByRole('button', { name: 'Show the table' }).click();
    const table = page.locator(`#chart-${dataset.id} table`);
    await expect(table).toBeVisible();
    // Where each cell's words end.
    const ends = (cells: Locator): Promise<number[]> => cells.evaluateAll((els) => els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().right;
    }));
    const headers = await ends(table.locator('thead th'));
    expect(headers.length, dataset.id).toBe(dataset.series.length + 1);
    const numbers = await ends(table.locator('tbody tr').first().locator('td'));
    for (const [i, series] of dataset.series.entries()) {
      expect(Math.abs(headers[i + 1]! - numbers[i]!), `${dataset.id}: ${series.name}`).toBeLessThan(2);
    }
  }
});

test('the Funding mark is a pound sign in a coin, not a dollar sign', async ({ page }) => {
  const funding = siteContent().themes.find((t) => t.id === 'funding')!;
  await page.goto(`/themes/${funding.id}/`);
  const svg = await page.locator('svg.theme-mark.large').first().evaluate((s) => s.outerHTML);
  // Draw the mark and the two signs, each cropped to its ink and scaled to the same box, and
  // see which sign the mark's symbol (inside its coin) covers best.
  const scores = await page.evaluate(async (markup) => {
    const N = 120;
    const canvas = (): CanvasRenderingContext2D => {
      const c = document.createElement('canvas');
      c.width = N; c.height = N;
      return c.getContext('2d', { willReadFrequently: true })!;
    };
    const mask = (ctx: CanvasRenderingContext2D, keep: (x: number, y: number) => boolean): boolean[] => {
      const data = ctx.getImageData(0, 0, N, N).data;
      return Array.from({ length: N * N }, (_, i) => data[i * 4 + 3]! > 100 && keep(i % N, Math.floor(i / N)));
    };
    const normalise = (m: boolean[]): boolean[] => {
      let [x0, y0, x1, y1] = [N, N, 0, 0];
      m.forEach((on, i) => { if (on) { const x = i % N, y = Math.floor(i / N); x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); } });
      const S = 24;
      const out = Array<boolean>(S * S).fill(false);
      m.forEach((on, i) => { if (on) { const x = i % N, y = Math.floor(i / N); out[Math.min(S - 1, Math.floor(((x - x0) / (x1 - x0 + 1)) * S)) + S * Math.min(S - 1, Math.floor(((y - y0) / (y1 - y0 + 1)) * S))] = true; } });
      return out;
    };
    const overlap = (a: boolean[], b: boolean[]): number => a.filter((on, i) => on && b[i]).length / a.filter((on, i) => on || b[i]).length;
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(markup.replace('<svg', `<svg xmlns="http://www.w3.org/2000/svg" width="${N}" height="${N}"`))}`;
    await image.decode();
    const markCtx = canvas();
    markCtx.drawImage(image, 0, 0, N, N);
    // Inside the coin's ring (radius 8 of 24, drawn 1.8 wide): the symbol alone.
    const mark = normalise(mask(markCtx, (x, y) => Math.hypot(x - N / 2, y - N / 2) < (6.6 / 24) * N));
    const sign = (char: string): boolean[] => {
      const ctx = canvas();
      ctx.font = `600 ${N * 0.8}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(char, N / 2, N / 2);
      return normalise(mask(ctx, () => true));
    };
    return { pound: overlap(mark, sign('£')), dollar: overlap(mark, sign('$')) };
  }, svg);
  expect(scores.pound).toBeGreaterThan(scores.dollar);
});

test('“Cite this recommendation” and “Cite this dataset” are said once, as the heading above the citations', async ({ page }) => {
  const dataset = siteContent().datasets[0]!;
  for (const [path, what] of [['/recommendations/2021-4/', 'recommendation'], [`/data/${dataset.id}/`, 'dataset']] as const) {
    await page.goto(path);
    await expect(page.getByText(`Cite this ${what}`, { exact: true })).toHaveCount(1);
    await expect(page.getByRole('heading', { name: `Cite this ${what}`, level: 2 })).toBeVisible();
    // The citations show without a click.
    await expect(page.locator('.cite .citation').first()).toBeVisible();
  }
  // Where no heading names it, the box keeps its own label and folds.
  await page.goto('/2021-regional-care-report/early-help/');
  const summary = page.locator('details.cite summary').first();
  await expect(summary).toHaveText('Cite this chapter');
  await expect(page.locator('details.cite .citation').first()).toBeHidden();
  await summary.click();
  await expect(page.locator('details.cite .citation').first()).toBeVisible();
});

test('each embed page has one h1: the chart’s title', async ({ page }) => {
  for (const dataset of siteContent().datasets) {
    await page.goto(`/data/${dataset.id}/embed/`);
    await expect(page.getByRole('heading', { level: 1 }), dataset.id).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(dataset.title);
  }
});

test('on the quotes pages at 375 px, no line of a quote’s details starts with a separator, and no name is given twice', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // Every quote: the speakers' pages together list each once.
  const report: { starts: string[]; lines: number; drawnAtLineStart: string[]; names: string[] }[] = [];
  for (const role of quoteRoles(quoteEntries(siteContent()))) {
    await page.goto(`/quotes/roles/${role.slug}/`);
    report.push(...await page.locator('.quote-meta').evaluateAll((metas) => metas.map((meta) => {
      const clip = meta.getBoundingClientRect();
      const style = getComputedStyle(meta);
      const clipsSideways = style.overflowX !== 'visible';
      const left = clip.left + (clipsSideways ? parseFloat(style.borderLeftWidth) : -Infinity);
      // The rendered text, character by character, with where each line starts.
      const chars: { ch: string; top: number; x: number }[] = [];
      const walker = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node.parentElement!.closest('.visually-hidden, button, [hidden]'))) continue;
        for (let i = 0; i < node.textContent!.length; i++) {
          const range = document.createRange();
          range.setStart(node, i); range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width > 0 && node.textContent![i]!.trim()) chars.push({ ch: node.textContent![i]!, top: Math.round(r.top), x: r.left });
        }
      }
      const lineStarts = new Map<number, { ch: string; x: number }>();
      for (const c of chars) { const s = lineStarts.get(c.top); if (!s || c.x < s.x) lineStarts.set(c.top, c); }
      // Separators drawn by CSS before an element: where one starts a line, it must be clipped away.
      const drawnAtLineStart: string[] = [];
      const items = [...meta.querySelectorAll<HTMLElement>('*')].filter((e) => e.getClientRects().length > 0);
      const lineLeft = Math.min(...items.map((e) => e.getBoundingClientRect().left));
      for (const e of items) {
        const before = getComputedStyle(e, '::before');
        if (!/·|•|\|/.test(before.content)) continue;
        if (e.getBoundingClientRect().left > lineLeft + 1) continue;
        const dotLeft = before.position === 'absolute' ? e.getBoundingClientRect().left + parseFloat(before.left) : e.getBoundingClientRect().left;
        const dotRight = dotLeft + parseFloat(before.width || '0');
        if (!(dotRight <= left)) drawnAtLineStart.push(e.textContent ?? '');
      }
      const names = [...meta.querySelectorAll(':scope > *')].filter((e) => e.getClientRects().length > 0 && !e.matches('.copy')).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
      const text = (meta.textContent ?? '').split(/·/).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
      return { starts: [...lineStarts.values()].map((s) => s.ch), lines: lineStarts.size, drawnAtLineStart, names: names.length > 1 ? names : text };
    })));
  }
  expect(report.length).toBe(siteContent().quotes.length);
  expect(report.some((r) => r.lines > 1)).toBe(true);
  for (const r of report) {
    expect(r.starts.filter((ch) => /[·•|]/.test(ch))).toEqual([]);
    expect(r.drawnAtLineStart).toEqual([]);
    expect(new Set(r.names).size, r.names.join(' / ')).toBe(r.names.length);
  }
});

test('the “Show the table” button says what it controls, and its name alone says what it will show', async ({ page }) => {
  await page.goto('/2021-regional-care-report/about-the-north-east/');
  const figure = page.locator('figure[data-chart]').first();
  const button = figure.getByRole('button', { name: 'Show the table' });
  const controlled = await button.getAttribute('aria-controls');
  expect(controlled).toBeTruthy();
  const table = page.locator(`[id="${controlled}"]`);
  await expect(table.locator('table')).toHaveCount(1);
  await expect(table).toBeHidden();
  // A changing name and an expanded state would say the same thing twice, and contradict each
  // other ("Show the chart", expanded): the name alone says it.
  await expect(button).not.toHaveAttribute('aria-expanded', /.*/);
  await button.click();
  await expect(table).toBeVisible();
  const open = figure.getByRole('button', { name: 'Show the chart' });
  await expect(open).not.toHaveAttribute('aria-expanded', /.*/);
  await expect(open).not.toHaveAttribute('aria-pressed', /.*/);
  await open.click();
  await expect(table).toBeHidden();
  await expect(figure.getByRole('button', { name: 'Show the table' })).toBeVisible();
});

test('the embed code has a Copy button, like the other code on the site, that copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dataset = siteContent().datasets[0]!;
  await page.goto(`/data/${dataset.id}/`);
  const code = (await page.locator('#embed ~ pre.code').first().textContent())!;
  expect(code).toContain(`/data/${dataset.id}/embed/`);
  await page.getByRole('button', { name: 'Copy the embed code' }).click();
  // With the address the reader is on, where the page was built for another.
  const built = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
  // Everywhere: the frame's address and the snippet's check of the frame's origin, so the copied code resizes its frame.
  const here = new URL(page.url()).origin;
  expect(built).not.toBe(here);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(code.split(built).join(here));
  expect(copied).toContain(`e.origin!=="${here}"`);
});

test('without its script, the embed code’s frame is tall enough for every embed page in a 600 px column, and the page says how to change it', async ({ page }) => {
  const datasets = siteContent().datasets;
  await page.goto(`/data/${datasets[0]!.id}/`);
  const code = (await page.locator('#embed ~ pre.code').first().textContent())!;
  await expect(page.locator('#embed + p')).toContainText('change height=');
  const height = Number(/height="(\d+)"/.exec(code)?.[1]);
  expect(height).toBeGreaterThan(0);
  let tallest = 0;
  for (const dataset of datasets) {
    await page.setViewportSize({ width: 600, height });
    await page.goto(`/data/${dataset.id}/embed/`);
    await expect(page.locator(`#chart-${dataset.id}`)).toHaveAttribute('data-drawn', 'true');
    await expect(page.locator('[data-chart-table]')).toBeHidden();
    const needed = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    tallest = Math.max(tallest, needed);
    expect(needed, dataset.id).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => document.documentElement.scrollHeight), dataset.id).toBeLessThanOrEqual(height);
  }
  console.log(`tallest embed page at 600 px: ${tallest} px; the embed code's frame: ${height} px`);
});
