/**
 * npm run build: check the content, build the site into a temporary folder, and only when every
 * step succeeded replace dist/ with it. A failed build leaves the last good dist/ as it was.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { loadSiteContent } from '../src/lib/content/site.ts';
import { CHAPTER_CACHE_FILE, chapterCacheAt, checkerCodeHash } from '../src/lib/content/chapter-cache.ts';
import { printFindings } from './lib/report.ts';
import { run } from './lib/run.ts';
import { shareCheckedContent } from '../src/lib/site-data.ts';
import { findChromium, HOW_TO_INSTALL } from './lib/chromium.ts';
import { builtPages } from '../src/lib/permalinks/built-pages.ts';
import { headersFile } from '../src/lib/headers.ts';
import { checkPages } from '../src/lib/permalinks/check.ts';
import { chapterAnchors } from '../src/lib/permalinks/anchors.ts';
import { clearEarlierBuilds, replaceSite } from './lib/previous-build.ts';
import { emptyRegistry, mergeRegistry, readRegistry, writeRegistry, REGISTRY_FILE } from '../src/lib/permalinks/registry.ts';
import { siteUrlWarning } from './lib/site-url.ts';

// A build for publishing needs its address; without one it says so first (but goes on: tests and
// local builds use the default).
const noSiteUrl = siteUrlWarning(process.env);
if (noSiteUrl) console.warn(`Warning: ${noSiteUrl}\n`);

const root = process.cwd();
const dist = join(root, 'dist');
const work = join(root, '.tmp');
const next = join(work, `dist-next-${process.pid}`);
// BUILD_ASSETS=0 skips the PDFs, share images and search index (used by the scale benchmark only).
const withAssets = process.env['BUILD_ASSETS'] !== '0';
// Files Chromium rendered for the last build are reused when nothing they are made from changed;
// BUILD_CACHE=0 renders every one again (and checks every chapter again).
const assetCache = process.env['BUILD_CACHE'] === '0' ? undefined : join(work, 'asset-cache');
const steps: Record<string, number> = {};
let stepStart = performance.now();
const step = (name: string): void => {
  const now = performance.now();
  steps[name] = Math.round(now - stepStart);
  stepStart = now;
};

function stop(reason: string): never {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild stopped: ${reason}`);
  console.error(existsSync(dist) ? 'The last good build in dist/ was left as it was.' : 'Nothing was written to dist/.');
  process.exit(1);
}

// What earlier builds left in .tmp/ is deleted in the background while this one works.
const clearing = clearEarlierBuilds(work);

console.log('Checking content…');
// Chapters unchanged since the last build (same text, same checker code) are not read again.
const chapterCache = process.env['BUILD_CACHE'] === '0' ? undefined : chapterCacheAt(join(work, CHAPTER_CACHE_FILE), checkerCodeHash());
const content = loadSiteContent(root, { cache: chapterCache });
chapterCache?.save();
const { errors } = printFindings(content.findings);
if (errors > 0) stop(`${errors} content error${errors === 1 ? '' : 's'} (listed above as file:line  rule  message  (how to fix)).`);
step('content');
console.log(`Content checked: ${content.publications.length} publications, ${content.chapters.length} chapters, ${content.recommendations.length} recommendations, ${content.quotes.length} quotes.`);

const chromiumPath = withAssets ? findChromium({ install: true }) : undefined;
if (withAssets && !chromiumPath) stop(`the build prints the PDFs and share images with Chromium.\n${HOW_TO_INSTALL}`);
stepStart = performance.now();

mkdirSync(work, { recursive: true });
// Astro builds in this process (its JavaScript API), so the pages reuse the content checked above.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// As Astro's own command line does: Node keeps the compiled code of Astro, Vite and the rest, so
// the next build starts faster (not on CI, where no build follows).
if (!process.env['CI']) enableCompileCache?.();
shareCheckedContent(content);
try {
  const { build } = await import('astro');
  await build({ root, outDir: next });
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  stop('Astro could not build the site (see the message above).');
}
writeFileSync(join(next, '_headers'), headersFile(builtPages(next), process.env['BASE_PATH'] ?? '/'));
step('pages');

if (withAssets) {
console.log('Printing the PDFs, share images and chart images (Chromium)…');
try {
  const { formatBytes, renderAssets } = await import('./lib/render-assets.ts');
  const assets = await renderAssets({
    dir: next,
    content,
    base: process.env['BASE_PATH'] ?? '/',
    siteUrl: process.env['SITE_URL'] ?? 'http://localhost:4321',
    chromiumPath: chromiumPath!,
    cacheDir: assetCache,
  });
  for (const [id, size] of assets.pdfs) console.log(`  ${id}.pdf  ${formatBytes(size)}`);
  console.log(`  ${assets.images} share images, ${assets.charts} chart images`);
  const made = [...assets.cache].map(([kind, s]) => `${kind.replace('-', ' ')}: ${s.rendered} rendered, ${s.reused} unchanged since the last build`);
  if (assetCache) console.log(`  ${made.join('; ')}`);
  step('assets');
  // Split the assets step by what it made, for the benchmark.
  delete steps['assets'];
  for (const [name, ms] of Object.entries(assets.timings)) steps[name] = ms;
} catch (error) {
  stop(`the PDFs or share images could not be made: ${(error as Error).message}`);
}

console.log('Indexing for search (Pagefind)…');
const indexed = await run(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', next, '--quiet']);
if (indexed !== 0) stop('Pagefind could not build the search index.');
step('search-index');
}

// Every page and file published before must still be here (or declared as moved).
let registry = readRegistry(root);
if (withAssets) {
  const built = builtPages(next);
  if (registry) {
    const broken = printFindings(checkPages(registry, built, content.moves)).errors;
    if (broken > 0) stop(`${broken} published address${broken === 1 ? '' : 'es'} would break (listed above, with how to fix).`);
  }
  registry = mergeRegistry(registry ?? emptyRegistry(), [...built], chapterAnchors(content));
}
step('permalinks');

await clearing;
replaceSite(dist, next, work);
step('swap');
writeFileSync(join(work, 'build-steps.json'), `${JSON.stringify(steps, null, 2)}\n`);
if (withAssets && registry && writeRegistry(root, registry)) {
  console.log(`New published addresses were recorded in ${REGISTRY_FILE}: commit it with your change, so later builds keep them working.`);
}
console.log(withAssets
  ? 'Build complete: dist/ now holds the new site.'
  : 'Build complete, pages only (BUILD_ASSETS=0): dist/ has no PDFs, share images or search index, and published addresses were not checked. Run npm run build before publishing.');
