import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DIST, siteContent } from './helpers.ts';

async function pdfText(path: string): Promise<{ pages: number; text: string; title: string | undefined }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string };
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' '), title: info.Title };
}

const squash = (s: string): string => s.replace(/[^a-z0-9]/gi, '').toLowerCase();

for (const publication of siteContent().publications.filter((p) => p.formatEntry.readAs !== 'press-release')) {
  test(`the PDF of ${publication.id} exists, opens, and holds its first and last chapters`, async ({ page }) => {
    const chapters = siteContent().chapters.filter((c) => c.data.publication === publication.id);
    const file = join(DIST, publication.id, `${publication.id}.pdf`);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    const pdf = await pdfText(file);
    expect(pdf.title).toBe(publication.title);
    // A cover, a contents page, and at least a page for each chapter; never absurdly long.
    const words = chapters.reduce((n, c) => n + c.extract.blocks.reduce((m, b) => m + b.text.split(/\s+/).length, 0), 0);
    expect(pdf.pages).toBeGreaterThanOrEqual(chapters.length + 2);
    expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(words / 150) + chapters.length * 2 + 4);
    const first = chapters[0]!.extract.blocks[0]!.text;
    const lastChapter = chapters.at(-1)!;
    const last = lastChapter.extract.blocks.at(-1)?.text ?? lastChapter.data.title;
    expect(squash(pdf.text)).toContain(squash(first.slice(0, 80)));
    expect(squash(pdf.text)).toContain(squash(last.slice(0, 80)));
    // The publication page offers the PDF with its size.
    await page.goto(`/${publication.id}/`);
    const link = page.getByRole('link', { name: new RegExp(`^${publication.shortTitle} \\(PDF, [0-9.]+ (KB|MB)\\)$`) });
    await expect(link).toHaveAttribute('href', `/${publication.id}/${publication.id}.pdf`);
  });
}

test('printing any page hides the navigation and shows link addresses', async ({ page }) => {
  await page.goto('/2023-response/introduction/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.chapter-aside')).toBeHidden();
  const after = await page.locator('.prose a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});

test('text enlarged to 200% still reads without loss or sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  for (const path of ['/', '/2021-regional-care-report/early-help/', '/recommendations/', '/data/']) {
    await page.goto(path);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
