/**
 * npm run screenshots -- [path …]: screenshots of built pages at 375 px and 1280 px, light and
 * dark, into .tmp/screenshots/, for looking at the site as a reader does. Serves dist/ itself.
 * FULL=1 takes whole pages instead of the first screen.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, HOW_TO_INSTALL } from '../src/integrations/build/chromium.ts';
import { serveFolder } from '../src/integrations/build/static-server.ts';
import { contentRoot } from '../src/lib/current-site.ts';
import { loadSite } from '../src/lib/load/load-site.ts';
import { paths as addresses } from '../src/lib/addresses.ts';

// The site's own folder (CONTENT_ROOT names another site's); by default the home page and its first chapter.
const root = contentRoot();
const firstChapter = (): string[] => { const c = loadSite(root).chapters[0]; return c ? [addresses.chapter(c.data.publication, c.slug)] : []; };
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', ...firstChapter()];
const out = join(root, '.tmp', 'screenshots');
mkdirSync(out, { recursive: true });
const executablePath = findChromium({ install: false });
if (!executablePath) throw new Error(HOW_TO_INSTALL);

const server = await serveFolder(join(root, 'dist'));
try {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (const path of paths) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`${server.origin}${path}`);
        await page.waitForLoadState('networkidle');
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: process.env['FULL'] === '1' });
        console.log(join(out, name));
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  await server.close();
}
