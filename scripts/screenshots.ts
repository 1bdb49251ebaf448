/**
 * npm run screenshots -- [path …]: screenshots of built pages at 375 px and 1280 px, light and
 * dark, into .tmp/screenshots/, for looking at the site as a reader does. Serves dist/ itself.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, HOW_TO_INSTALL } from './lib/chromium.ts';

const root = process.cwd();
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/2021-regional-care-report/early-help/'];
const out = join(root, '.tmp', 'screenshots');
mkdirSync(out, { recursive: true });
const executablePath = findChromium({ install: false });
if (!executablePath) throw new Error(HOW_TO_INSTALL);

const port = 4390;
const server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
try {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  for (const path of paths) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`http://127.0.0.1:${port}${path}`);
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
  server.kill();
}
