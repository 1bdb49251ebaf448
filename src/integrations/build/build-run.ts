/**
 * One `astro build` of a site, from the content check before Astro renders anything to putting the
 * finished site in dist/. startBuild runs in the integration's setup: it checks the content (and
 * stops the build, listing every problem, before anything is written), and names the work folder
 * Astro builds into. finishBuild runs when Astro has written the pages: the host's files
 * (_headers, .htaccess, the nginx includes), the PDFs, share and chart images (Chromium), the
 * search index (Pagefind), the check of every published address, the .gz and .br copies of the
 * text files, and the swap into dist/. If anything fails, the build stops with one plain message,
 * and dist/ is left byte for byte as it was.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { SiteContent } from '../../lib/model.ts';
import { loadAndCheckSite } from '../../lib/check/check-site.ts';
import { CHAPTER_CACHE_FILE, chapterCacheAt, checkerCodeHash } from '../../lib/load/chapter-cache.ts';
import { shareCheckedContent } from '../../lib/current-site.ts';
import { builtPages } from '../../lib/permalinks/built-pages.ts';
import { checkPages } from '../../lib/permalinks/check.ts';
import { chapterAnchors, chapterNumbers } from '../../lib/permalinks/anchors.ts';
import { emptyRegistry, mergeRegistry, readRegistry, writeRegistry } from '../../lib/permalinks/registry.ts';
import { CONTENT_FILES } from '../../lib/load/files.ts';
import { HISTORY_FILE, writeHistory } from '../../lib/history/file.ts';
import { siteHistory } from '../../lib/history/site-history.ts';
import { printFindings } from './report.ts';
import { contentSummary, counted } from '../../lib/check/summary.ts';
import { run as runCommand } from './run.ts';
import { findChromium, HOW_TO_INSTALL } from './chromium.ts';
import { clearEarlierBuilds, replaceSite } from './previous-build.ts';
import { checkSiteUrl } from './site-url.ts';
import { ASTRO_CACHE_DIR, pagesReport } from './incremental.ts';
import { failureMessage, firstLine, logName, recordFailures, StepFailure, type FailureRecord } from './failure.ts';
import { writeHostFiles } from './host-files.ts';
import { compressTextFiles } from './compress.ts';

export interface BuildRun {
  root: string;
  base: string;
  site: string;
  content: SiteContent;
  /** The folder Astro builds into; it becomes dist/ when every step succeeded. */
  next: string;
  dist: string;
  work: string;
  /** Whether the PDFs, images and search index are made (BUILD_ASSETS=0 skips them: the benchmark's pages-only builds). */
  withAssets: boolean;
  /** Whether the search index is made (also with BUILD_ASSETS=search, without the PDFs and images). */
  withSearch: boolean;
  chromiumPath: string | undefined;
  /** Whether this build uses what earlier builds left (pages, rendered files, compressed copies): not with BUILD_CACHE=0. */
  cached: boolean;
  assetCache: string | undefined;
  /** When the build began (ms since the epoch): pages Astro stored after it were rendered by this build. */
  startedAt: number;
  /** Where the .gz and .br copies of text files are kept between builds (undefined with BUILD_CACHE=0). */
  compressCache: string | undefined;
  /** Earlier builds' leftovers being deleted in the background. */
  clearing: Promise<void>;
  steps: Record<string, number>;
  stepStart: number;
  finished: boolean;
  /** What failed inside Astro, the bundler or Chromium, with the full errors in .tmp/build-error.log. */
  failures: FailureRecord;
}

/** The log of the full errors when something fails after the content check (the message names it). */
export const BUILD_ERROR_LOG = 'build-error.log';

/** Set once the build has said why it stopped, so the exit handler does not say it again. */
let stopped = false;

/** Our own lines on the terminal: straight to stderr, never through the console the failure record listens to. */
const say = (text: string): void => { process.stderr.write(`${text}\n`); };

const distLine = (dist: string): string => (existsSync(dist) ? 'The last good build in dist/ was left as it was.' : 'Nothing was written to dist/.');

const formatMegabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

function step(run: BuildRun, name: string): void {
  const now = performance.now();
  run.steps[name] = Math.round(now - run.stepStart);
  run.stepStart = now;
}

/** Stop the build: one plain message, the work folder removed, dist/ as it was. */
export function stopBuild(run: Pick<BuildRun, 'next' | 'dist'> & Partial<Pick<BuildRun, 'failures'>>, reason: string): never {
  stopped = true;
  run.failures?.release();
  rmSync(run.next, { recursive: true, force: true });
  say(`\nBuild stopped: ${reason}`);
  say(distLine(run.dist));
  process.exit(1);
}

export async function startBuild(options: { root: string; base: string; site: string; engine: string }): Promise<BuildRun> {
  const { root } = options;
  const work = join(root, '.tmp');
  const dist = join(root, 'dist');
  const next = join(work, `dist-next-${process.pid}`);
  // A build that publishes (PUBLISH=1, or on CI) needs its address and stops without it; a local
  // build says so first, and goes on with the local preview server's address.
  const siteUrl = checkSiteUrl(process.env);
  if (siteUrl.error) stopBuild({ next, dist }, siteUrl.error);
  if (siteUrl.warning) console.warn(`Warning: ${siteUrl.warning}\n`);
  // BUILD_ASSETS=0: pages only; BUILD_ASSETS=search: pages and the search index (the benchmark's builds).
  const withAssets = !['0', 'search'].includes(process.env['BUILD_ASSETS'] ?? '');
  const withSearch = withAssets || process.env['BUILD_ASSETS'] === 'search';
  // Files Chromium rendered for the last build are reused when nothing they are made from changed;
  // BUILD_CACHE=0 renders every one again (and checks every chapter again).
  const cached = process.env['BUILD_CACHE'] !== '0';
  const start = performance.now();
  // What earlier builds left in .tmp/ is deleted in the background while this one works.
  const clearing = clearEarlierBuilds(work);
  console.log('Checking content…');
  // Chapters unchanged since the last build (same text, same checker code) are not read again.
  const chapterCache = cached ? chapterCacheAt(join(work, CHAPTER_CACHE_FILE), checkerCodeHash()) : undefined;
  const partial = { next, dist };
  const failures = recordFailures(join(work, BUILD_ERROR_LOG));
  failures.listen();
  let content: SiteContent;
  try {
    content = loadAndCheckSite(root, { cache: chapterCache });
  } catch (error) {
    // A fault in the checker itself, not a mistake in the content: one line, and the stack in the log.
    failures.capture(error instanceof Error ? error.stack ?? String(error) : String(error));
    stopBuild({ ...partial, failures }, `the content check itself failed, which is a fault in the site’s engine, not in the content: ${firstLine(error)}.\nThe full error is in ${logName(failures)}.`);
  }
  failures.release();
  chapterCache?.save();
  const { errors } = printFindings(content.findings, root);
  if (errors > 0) stopBuild(partial, `${counted(errors, 'content error')} (listed above as file:line  rule  message  (how to fix)).`);
  console.log(`Content checked: ${contentSummary(content)}.`);
  const chromiumPath = withAssets ? findChromium({ install: true }) : undefined;
  if (withAssets && !chromiumPath) stopBuild(partial, `the build prints the PDFs and share images with Chromium.\n${HOW_TO_INSTALL}`);
  shareCheckedContent(content, options.engine);
  const run: BuildRun = {
    ...options, content, next, dist, work, withAssets, withSearch, chromiumPath,
    cached, assetCache: cached ? join(work, 'asset-cache') : undefined,
    compressCache: cached ? join(work, 'compress-cache') : undefined,
    clearing, steps: {}, stepStart: start, startedAt: Date.now(), finished: false, failures,
  };
  step(run, 'content');
  // A failure inside Astro (a page that throws, the bundler) ends the process: its full error goes
  // to the log, and the build says in one message which page failed and what it is made from, what
  // became of dist/, and leaves no half-built folder behind.
  failures.listen();
  process.once('exit', (code) => {
    if (run.finished || code === 0 || stopped) return;
    failures.release();
    rmSync(next, { recursive: true, force: true });
    say(`\nBuild stopped: ${failureMessage(failures, content, run.base)}`);
    say(distLine(dist));
  });
  mkdirSync(work, { recursive: true });
  return run;
}

export async function finishBuild(run: BuildRun, dir: string, logger: AstroIntegrationLogger): Promise<void> {
  // Astro has written the pages: the console is ours again (our steps say why they stop themselves).
  run.failures.release();
  try {
    await finishSteps(run, dir, logger);
  } catch (error) {
    run.failures.capture(stackOf(error));
    stopBuild(run, failureMessage(run.failures, run.content, run.base, error));
  }
}

const stackOf = (error: unknown): string => {
  const cause = error instanceof StepFailure ? error.cause : error;
  return cause instanceof Error ? cause.stack ?? String(cause) : String(cause);
};

async function finishSteps(run: BuildRun, dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const { content, base } = run;
  // What the host sends with each file: _headers, .htaccess, the nginx includes, from one policy.
  writeHostFiles(dir, base);
  step(run, 'pages');
  // With BUILD_CACHE=0 Astro neither keeps pages nor records them: nothing to report.
  const pages = run.cached ? pagesReport(join(run.root, ASTRO_CACHE_DIR), run.startedAt) : undefined;
  if (pages) {
    logger.info(`Pages and files (citations, downloads): ${pages.keyed - pages.rendered} of ${pages.keyed} kept from the last build (nothing they show changed), ${pages.rendered} rendered, and the site-wide indexes, which are rendered every time${pages.rendered === pages.keyed ? ' (all are rendered on a first build, and after a change to the engine or to what many pages show)' : ''}. BUILD_CACHE=0 renders every page.`);
    writeFileSync(join(run.work, 'build-pages.json'), `${JSON.stringify(pages)}\n`);
  }
  if (run.withAssets) {
    logger.info('Printing the PDFs, share images and chart images (Chromium)…');
    const { formatBytes, renderAssets } = await import('./render-assets.ts');
    const assets = await renderAssets({ dir, content, base, siteUrl: run.site, chromiumPath: run.chromiumPath!, cacheDir: run.assetCache });
    for (const [id, size] of assets.pdfs) logger.info(`  ${id}.pdf  ${formatBytes(size)}`);
    logger.info(`  ${counted(assets.images, 'share image')}, ${counted(assets.charts, 'chart image')}`);
    if (run.assetCache) logger.info(`  ${[...assets.cache].map(([kind, s]) => `${kind.replace('-', ' ')}: ${s.rendered} rendered, ${s.reused} unchanged since the last build`).join('; ')}`);
    step(run, 'assets');
    // The assets step by what it made, for the benchmark.
    delete run.steps['assets'];
    for (const [name, ms] of Object.entries(assets.timings)) run.steps[name] = ms;
  }
  if (run.withSearch) {
    logger.info('Indexing for search (Pagefind)…');
    const pagefind = join(process.cwd(), 'node_modules', '.bin', 'pagefind');
    const indexed = await runCommand(existsSync(pagefind) ? pagefind : 'pagefind', ['--site', dir, '--quiet']);
    if (indexed !== 0) stopBuild(run, 'Pagefind could not build the search index.');
    step(run, 'search-index');
  }
  // Every page and file published before must still be here (or declared as moved).
  let registry = readRegistry(run.root);
  if (run.withAssets) {
    const built = builtPages(dir);
    if (registry) {
      const broken = printFindings(checkPages(registry, built, content.moves), run.root).errors;
      if (broken > 0) stopBuild(run, `${broken} published address${broken === 1 ? '' : 'es'} would break (listed above, with how to fix).`);
    }
    registry = mergeRegistry(registry ?? emptyRegistry(), [...built], chapterAnchors(content), false, chapterNumbers(content));
  }
  step(run, 'permalinks');
  if (run.withAssets) {
    // Last, when every file is written: a .gz and a .br copy of each text file, for the host.
    const compressed = await compressTextFiles(dir, { cacheDir: run.compressCache });
    logger.info(`Compressed ${compressed.files} text files (${compressed.gz} .gz and ${compressed.br} .br copies${run.compressCache ? `; ${compressed.reused} unchanged since the last build` : ''}): ${formatMegabytes(compressed.bytes)} sent as ${formatMegabytes(compressed.sent)} to a browser that takes brotli.`);
    step(run, 'compress');
  }
  await run.clearing;
  replaceSite(run.dist, dir, run.work);
  run.finished = true;
  step(run, 'swap');
  writeFileSync(join(run.work, 'build-steps.json'), `${JSON.stringify(run.steps, null, 2)}\n`);
  // The history of changes as this build published it (the history pages were made from the same).
  if (run.withAssets && writeHistory(run.root, siteHistory(content))) {
    logger.info(`The history of changes was brought up to date in ${relative(process.cwd(), join(run.root, HISTORY_FILE))}: commit it with your change.`);
  }
  if (run.withAssets && registry && writeRegistry(run.root, registry)) {
    logger.info(`New published addresses were recorded in ${relative(process.cwd(), join(run.root, CONTENT_FILES.permalinks))}: commit it with your change, so later builds keep them working.`);
  }
  if (run.failures.texts.length > 0) {
    logger.warn(`Astro reported ${counted(run.failures.texts.length, 'error')} while building, though every step finished: see ${logName(run.failures)}.`);
  }
  logger.info(run.withAssets
    ? 'Build complete: dist/ now holds the new site.'
    : `Build complete, ${run.withSearch ? 'pages and search index only (BUILD_ASSETS=search)' : 'pages only (BUILD_ASSETS=0)'}: dist/ has no PDFs${run.withSearch ? ' or' : ','} share images${run.withSearch ? '' : ' or search index'}, and published addresses were not checked. Run npm run build before publishing.`);
}
