/**
 * The benchmark's browser measurements, in Debian's Chromium:
 * - Lighthouse (mobile settings, its defaults) on the built site served as a production host would;
 * - the dev loop: from saving an MDX file to the new text showing in a browser on `astro dev`.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/integrations/build/chromium.ts';
import { serveFolder } from '../../src/integrations/build/static-server.ts';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** Write a .gz beside every text file, as a host that compresses would send it. */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (/\.(html|css|js|mjs|svg|json|xml|txt|csv)$/.test(entry) && statSync(path).isFile()) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}

export async function lighthouseScores(dist: string, port: number, pages: Record<string, string>, chromiumPath: string): Promise<Record<string, Scores & { lcpMs: number; tbtMs: number; cls: number }>> {
  precompress(dist);
  const server = await serveFolder(dist, { port, production: true });
  const debugPort = 9333;
  // Playwright turns the back/forward cache off by default; Lighthouse's bf-cache audit needs it on
  // to say whether our pages can be restored instantly when a reader goes back.
  const browser = await chromium.launch({ executablePath: chromiumPath, ignoreDefaultArgs: ['--disable-back-forward-cache'], args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`] });
  const out: Record<string, Scores & { lcpMs: number; tbtMs: number; cls: number }> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      // Lighthouse's simulated throttling magnifies noise: report the median of three runs by performance.
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const result = await lighthouse(`${server.origin}/${path}`, {
          port: debugPort, output: 'json', logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
        runs.push(result.lhr);
      }
      runs.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
      const { categories, audits } = runs[1]!;
      const score = (id: string): number => Math.round((categories[id]?.score ?? 0) * 100);
      out[name] = {
        performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
        cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000,
      };
      const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
      console.log(`  ${name}: ${JSON.stringify(out[name])} (performance in three runs: ${runs.map((r) => Math.round((r.categories['performance']?.score ?? 0) * 100)).join(', ')})${failing.length ? ` (failing audits: ${failing.join(', ')})` : ''}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** Median time from writing an MDX file to its new words showing in the page, on `astro dev`. */
export async function devLoop(projectDir: string, chapterFile: string, pagePath: string, chromiumPath: string, trials = 5): Promise<{ trialsMs: number[]; medianMs: number }> {
  const port = 4390;
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    cwd: projectDir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  dev.stdout.on('data', (d: Buffer) => { log += d.toString(); });
  dev.stderr.on('data', (d: Buffer) => { log += d.toString(); });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const file = join(projectDir, chapterFile);
  const original = readFileSync(file, 'utf8');
  const trialsMs: number[] = [];
  try {
    for (let i = 0; i < 60 && !/localhost:\d+|127\.0\.0\.1:\d+/.test(log); i++) await new Promise((r) => setTimeout(r, 500));
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}${pagePath}`, { timeout: 120_000 });
    await page.waitForSelector('main');
    for (let t = 1; t <= trials; t++) {
      const marker = `Benchmark edit number ${t} ${Date.now()}.`;
      const start = performance.now();
      writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
      await page.getByText(marker).waitFor({ timeout: 60_000 });
      trialsMs.push(Math.round(performance.now() - start));
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    writeFileSync(file, original);
    await browser.close();
    dev.kill('SIGTERM');
  }
  const sorted = [...trialsMs].sort((a, b) => a - b);
  return { trialsMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
}
