/**
 * npm run bench: measure the build (a script, never a test: times are noisy).
 *   1. the full production build of the real site, by step, with CPU time and peak memory;
 *   2. scale: synthetic corpora of ×10 (and ×50 with --full) the report's chapters, pages only;
 *   3. baseline: the same MDX built by a bare Astro + MDX project, and the ratio of ours to it;
 *   4. page weight per template (gzip), and Lighthouse (mobile) on five templates;
 *   5. the dev loop: from saving an MDX file to the new text in the browser on `npm run dev`.
 * Writes benchmarks.json and BENCHMARKS.md.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { devLoop, lighthouseScores } from './lib/bench-browser.ts';
import { findChromium, HOW_TO_INSTALL } from '../src/integrations/build/chromium.ts';
import { loadSite } from '../src/lib/load/load-site.ts';
import { recommendationEntries } from '../src/lib/kinds/numbered-item.ts';
import { COMPONENT_NAMES } from '../src/lib/kinds/index.ts';
import { paths } from '../src/lib/addresses.ts';

const root = process.cwd();
const full = process.argv.includes('--full');
const ASTRO = ['node_modules/astro/bin/astro.mjs', 'build'];

// What the benchmark builds and measures, read from the site's own content: the publication with
// the most chapters is copied to make the larger corpora; the pages weighed are one of each template.
const site = loadSite(root);
const largest = [...site.publications].sort((a, b) => site.chapters.filter((c) => c.data.publication === b.id).length - site.chapters.filter((c) => c.data.publication === a.id).length)[0]!;
const chaptersOf = (id: string) => site.chapters.filter((c) => c.data.publication === id);
const chartChapter = site.chapters.find((c) => c.extract.components.some((x) => x.name === 'Chart'));
const textChapter = chaptersOf(largest.id).find((c) => !c.extract.components.some((x) => x.name === 'Chart' || x.name === 'KeyFigure')) ?? chaptersOf(largest.id)[0]!;
const firstRecommendation = recommendationEntries(site)[0];
const pagePath = (path: string): string => path.replace(/^\//, '');

interface Run { wallMs: number; cpuMs: number; peakMb: number; steps?: Record<string, number> }

/** Run a command under /usr/bin/time when present, for CPU time and peak memory of the whole tree. */
function measure(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const start = performance.now();
  const result = timeBin
    ? spawnSync(timeBin, ['-f', 'BENCH %e %U %S %M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const wallMs = Math.round(performance.now() - start);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  const line = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  return {
    wallMs,
    cpuMs: line ? Math.round((Number(line[2]) + Number(line[3])) * 1000) : Number.NaN,
    peakMb: line ? Math.round(Number(line[4]) / 1024) : Number.NaN,
  };
}

/**
 * The faster of two runs. The projects share node_modules, where Vite and Astro keep their caches,
 * so a project's first build after another's also rebuilds those: the second run measures the build.
 */
function fastest(run: () => Run): Run & { firstMs: number } {
  const first = run();
  const second = run();
  return { ...(second.wallMs <= first.wallMs ? second : first), firstMs: first.wallMs };
}

function project(withContent: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ne-bench-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'scripts', 'src', 'data']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  withContent(dir);
  return dir;
}

/** Copies of the largest publication as extra publications, so the corpus is `factor` times it. */
function multiply(dir: string, factor: number): void {
  const chapters = join(dir, 'src/content/chapters', largest.id);
  const yaml = readFileSync(join(dir, largest.file), 'utf8');
  for (let i = 2; i <= factor; i++) {
    const id = `${largest.id}-copy-${i}`;
    writeFileSync(join(dir, 'src/content/publications', `${id}.yaml`), yaml.replace(/^code: .*$/m, `code: "copy${i}"`).replace(/^order: .*$/m, `order: ${10 + i}`));
    mkdirSync(join(dir, 'src/content/chapters', id));
    for (const file of readdirSync(chapters)) {
      const text = readFileSync(join(chapters, file), 'utf8')
        .replace(`publication: ${largest.id}`, `publication: ${id}`)
        .replace(`<AllRecommendations publication="${largest.id}" />`, `<AllRecommendations publication="${id}" />`);
      writeFileSync(join(dir, 'src/content/chapters', id, file), text);
    }
  }
}

/** A bare Astro + MDX project (Astro's defaults) that renders the same MDX with no components of ours. */
function baseline(mdxFrom: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ne-baseline-'));
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  cpSync(join(mdxFrom, 'src/content/chapters'), join(dir, 'src/chapters'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
  writeFileSync(join(dir, 'src/Pass.astro'), '<slot />\n');
  writeFileSync(join(dir, 'src/pages/[...slug].astro'), `---
import Pass from '../Pass.astro';
const pages = import.meta.glob('../chapters/**/*.mdx', { eager: true });
export function getStaticPaths() {
  const all = import.meta.glob('../chapters/**/*.mdx', { eager: true });
  return Object.keys(all).map((file) => ({ params: { slug: file.replace('../chapters/', '').replace(/\\.mdx$/, '') }, props: { file } }));
}
const { file } = Astro.props;
const Content = (pages[file] as { default: (props: object) => unknown }).default;
const components = Object.fromEntries(${JSON.stringify(COMPONENT_NAMES)}.map((n) => [n, Pass]));
---
<html lang="en"><head><title>{file}</title></head><body><Content components={components} /></body></html>
`);
  return dir;
}

/**
 * The bare baseline with `count` more pages, each a bare one-line page: what Astro itself takes to
 * write as many pages as ours builds, with no content, components or checks of ours in them.
 */
function withBarePages(dir: string, count: number): void {
  mkdirSync(join(dir, 'src/pages/bare'), { recursive: true });
  writeFileSync(join(dir, 'src/pages/bare/[n].astro'), `---
export function getStaticPaths() {
  return Array.from({ length: ${count} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><title>Page {n}</title></head><body><p>Page {n}</p></body></html>
`);
}

/** Our build, with the time of each of its steps (from .tmp/build-steps.json). */
function measureBuild(dir: string, env: NodeJS.ProcessEnv = {}): Run {
  const run = measure(dir, ASTRO, env);
  run.steps = JSON.parse(readFileSync(join(dir, '.tmp/build-steps.json'), 'utf8')) as Record<string, number>;
  return run;
}

/** Only the chapter pages, the pages the baseline builds: every other file under src/pages removed. */
function chapterPagesOnly(dir: string): void {
  const pages = join(dir, 'src/pages');
  const keep = join(pages, '[publication]', '[chapter].astro');
  if (!existsSync(keep)) throw new Error(`chapter pages only: ${keep} is missing`);
  for (const entry of readdirSync(pages, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && path !== keep) rmSync(path);
  }
}

function pageCount(dist: string): number {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
}

const chromiumPath = findChromium({ install: true });
if (!chromiumPath) {
  console.error(`The benchmark needs Chromium (for the build's PDFs, Lighthouse and the dev loop).\n${HOW_TO_INSTALL}`);
  process.exit(1);
}
// Lighthouse runs against this origin, so canonical links and the served site agree.
const LIGHTHOUSE_PORT = 4321;
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version };
console.log('1. Full production build of the real site…');
const real = project(() => undefined);
const fullRun = measureBuild(real, { SITE_URL: `http://127.0.0.1:${LIGHTHOUSE_PORT}` });
const realPages = pageCount(join(real, 'dist'));
// The rebuild an editor waits for: one sentence added to one chapter, with the last build's
// rendered files cached (only that chapter's share image and its publication's PDF change).
const edited = join(real, site.chapters.at(-1)!.file);
const registry = join(real, 'src/content/permalinks.json');
const original = readFileSync(edited, 'utf8');
const originalRegistry = readFileSync(registry, 'utf8');
writeFileSync(edited, `${original.trimEnd()}\n\nA sentence added by the benchmark.\n`);
const rebuild = measureBuild(real, { SITE_URL: `http://127.0.0.1:${LIGHTHOUSE_PORT}` });
// Undo the edit, and the new paragraph's entry in the register of published links, then build back.
writeFileSync(edited, original);
writeFileSync(registry, originalRegistry);
measure(real, ASTRO, { SITE_URL: `http://127.0.0.1:${LIGHTHOUSE_PORT}` });

console.log('2–3. Scale and baseline…');
const scale: { factor: number; pages: number; ours: Run & { firstMs: number }; baseline: Run; ratio: number; msPerPage: number; baselinePages: number }[] = [];
// At the largest corpus, ours again with only its chapter pages: the same pages the baseline builds.
let chaptersOnly: { factor: number; pages: number; ours: Run; ratio: number } | undefined;
// And the baseline once more with as many pages as ours, the extra ones bare: Astro's own share.
let samePageCount: { factor: number; pages: number; baseline: Run; ratio: number } | undefined;
const factors = full ? [1, 10, 50] : [1, 10];
for (const factor of factors) {
  const dir = project((d) => multiply(d, factor));
  const ours = fastest(() => measureBuild(dir, { BUILD_ASSETS: '0' }));
  const pages = pageCount(join(dir, 'dist'));
  const bare = baseline(dir);
  const base = fastest(() => measure(bare, ['node_modules/astro/bin/astro.mjs', 'build']));
  const baselinePages = pageCount(join(bare, 'dist'));
  const ratio = Math.round((ours.wallMs / base.wallMs) * 100) / 100;
  scale.push({ factor, pages, ours, baseline: base, ratio, msPerPage: Math.round(ours.wallMs / pages), baselinePages });
  console.log(`  ×${factor}: ${pages} pages, ours ${ours.wallMs} ms, baseline ${base.wallMs} ms (ratio ${ratio})`);
  if (factor === factors.at(-1)) {
    chapterPagesOnly(dir);
    const only = fastest(() => measureBuild(dir, { BUILD_ASSETS: '0' }));
    chaptersOnly = { factor, pages: pageCount(join(dir, 'dist')), ours: only, ratio: Math.round((only.wallMs / base.wallMs) * 100) / 100 };
    console.log(`  ×${factor}, chapter pages only: ${chaptersOnly.pages} pages, ours ${only.wallMs} ms (ratio ${chaptersOnly.ratio})`);
    withBarePages(bare, pages - baselinePages);
    const padded = fastest(() => measure(bare, ['node_modules/astro/bin/astro.mjs', 'build']));
    samePageCount = { factor, pages: pageCount(join(bare, 'dist')), baseline: padded, ratio: Math.round((ours.wallMs / padded.wallMs) * 100) / 100 };
    console.log(`  ×${factor}, bare baseline with ${samePageCount.pages} pages: ${padded.wallMs} ms (ours ${samePageCount.ratio} × that)`);
  }
  for (const d of [dir, bare]) rmSync(d, { recursive: true, force: true });
}

console.log('4. Page weight per template…');
const templates: Record<string, string> = {
  home: '', 'text chapter': pagePath(paths.chapter(largest.id, textChapter.slug)), 'chart chapter': pagePath(paths.chapter((chartChapter ?? textChapter).data.publication, (chartChapter ?? textChapter).slug)),
  recommendations: 'recommendations/', 'recommendation page': firstRecommendation ? pagePath(firstRecommendation.permalink) : 'recommendations/', quotes: 'quotes/', dataset: site.datasets[0] ? pagePath(paths.dataset(site.datasets[0].id)) : 'data/', 'press room': 'press/',
};
const weights = Object.fromEntries(Object.entries(templates).map(([name, path]) => [name, Math.round(gzipSync(readFileSync(join(real, 'dist', path, 'index.html'))).length / 102.4) / 10]));

console.log('4. Lighthouse (mobile)…');
const lighthousePages: Record<string, string> = {
  home: '', 'text chapter': templates['text chapter']!, 'chart chapter': templates['chart chapter']!,
  recommendations: templates['recommendations']!, dataset: templates['dataset']!,
};
const lighthouse = await lighthouseScores(join(real, 'dist'), LIGHTHOUSE_PORT, lighthousePages, chromiumPath);

console.log('5. Dev loop (save → browser)…');
const devPage = `${largest.id}/${textChapter.slug}`;
const dev = await devLoop(real, `src/content/chapters/${devPage}.mdx`, `/${devPage}/`, chromiumPath);
console.log(`  median ${dev.medianMs} ms (${dev.trialsMs.join(', ')})`);
rmSync(real, { recursive: true, force: true });

const results = { date: new Date().toISOString().slice(0, 10), command: `npm run bench${full ? ' -- --full' : ''}`, machine, fullBuild: { ...fullRun, pages: realPages }, rebuildAfterEdit: rebuild, scale, chaptersOnly, samePageCount, pageWeightKbGzip: weights, lighthouse, devLoop: dev };
const atLargest = scale.at(-1)!;
writeFileSync(join(root, 'benchmarks.json'), `${JSON.stringify(results, null, 2)}\n`);
const md = [
  '# Benchmarks', '',
  `Measured on ${results.date} with \`${results.command}\` on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}. Times vary from run to run; compare ratios, not absolute times. Raw numbers: \`benchmarks.json\`.`, '',
  '## Full production build', '',
  `${realPages} HTML pages, with their PDFs, share images, chart images and search index. Cold (nothing cached): wall ${fullRun.wallMs} ms, CPU ${fullRun.cpuMs} ms, peak memory ${fullRun.peakMb} MB. Rebuild after adding a sentence to one chapter (the last build’s rendered files cached): wall ${rebuild.wallMs} ms.`, '',
  '| step | cold (ms) | rebuild after one edit (ms) |', '|---|---|---|', ...Object.entries(fullRun.steps ?? {}).map(([k, v]) => `| ${k} | ${v} | ${rebuild.steps?.[k] ?? ''} |`), '',
  '## Scale (pages only: no PDFs, share images or search index)', '',
  'Each build is run twice and the faster run reported (the first also refreshes the Vite and Astro caches the projects share, and fills our content check’s chapter cache, which the second run reuses, as an editor’s next build does; the first run of ours is shown too). Both builds compile the MDX with Sätteri, Astro’s native Markdown pipeline (ours adds its anchor and paragraph-number plugins). The bare Astro + MDX baseline renders only the chapter pages, each as bare HTML; ours also checks the content first and renders every index, recommendation, theme, data and citation page, so the ratio includes that extra work.', '',
  '| corpus | pages | ours (ms) | of which content check (ms) | ours, first run (ms) | ms per page | peak MB | bare Astro + MDX (ms) | bare pages | ratio |', '|---|---|---|---|---|---|---|---|---|---|',
  ...scale.map((s) => `| ×${s.factor} | ${s.pages} | ${s.ours.wallMs} | ${s.ours.steps?.['content'] ?? ''} | ${s.ours.firstMs} | ${s.msPerPage} | ${s.ours.peakMb} | ${s.baseline.wallMs} | ${s.baselinePages} | ${s.ratio} |`), '',
  ...(chaptersOnly ? [
    `Where the difference goes, at ×${chaptersOnly.factor}: built with only its chapter pages (${chaptersOnly.pages} pages, the ones the baseline builds, but each with the site's header, contents, notes, citation and sharing), ours took ${chaptersOnly.ours.wallMs} ms, ${chaptersOnly.ratio} × the baseline, of which ${chaptersOnly.ours.steps?.['content'] ?? '?'} ms checking the content. Building the other ${atLargest.pages - chaptersOnly.pages} pages as well (every recommendation's permanent page, the indexes, theme, data and print pages) made the build ${atLargest.ours.wallMs >= chaptersOnly.ours.wallMs ? `${atLargest.ours.wallMs - chaptersOnly.ours.wallMs} ms longer` : 'no longer, within this machine’s noise'}.`, '',
  ] : []),
  ...(samePageCount ? [
    `Astro's own share: the bare baseline with ${samePageCount.pages - atLargest.baselinePages} more pages, each a bare one-line page, so it writes as many pages as ours (${samePageCount.pages}), took ${samePageCount.baseline.wallMs} ms, ${Math.round((samePageCount.baseline.wallMs / atLargest.baseline.wallMs) * 100) / 100} × the baseline; ours took ${samePageCount.ratio} × that.`, '',
  ] : []),
  '## Page weight (HTML, gzip KB)', '', '| template | KB |', '|---|---|', ...Object.entries(weights).map(([k, v]) => `| ${k} | ${v} |`), '',
  '## Lighthouse (mobile, simulated throttling; the built site served with gzip and cache headers)', '',
  '| page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS |', '|---|---|---|---|---|---|---|---|',
  ...Object.entries(lighthouse).map(([k, v]) => `| ${k} | ${v.performance} | ${v.accessibility} | ${v['best-practices']} | ${v.seo} | ${v.lcpMs} | ${v.tbtMs} | ${v.cls} |`), '',
  '## Dev loop', '',
  `From saving \`${devPage}.mdx\` to the new sentence showing in Chromium on \`npm run dev\`: median ${dev.medianMs} ms over ${dev.trialsMs.length} saves (${dev.trialsMs.join(', ')} ms). Goal: under 1 s.`, '',
  '## Goals', '',
  `- Lighthouse 100 in all four categories on the five pages: ${Object.values(lighthouse).every((v) => v.performance === 100 && v.accessibility === 100 && v['best-practices'] === 100 && v.seo === 100) ? 'met' : 'not met (see the table)'}.`,
  `- Dev loop under 1 s: ${dev.medianMs < 1000 ? 'met' : 'not met'}.`,
  `- Build time at most 1.5 × the bare Astro + MDX baseline at ×${atLargest.factor}: ${atLargest.ratio <= 1.5 ? 'met' : `not met (${atLargest.ratio}; see “Where the difference goes” above)`}.`,
  `- Time per page flat or falling as the corpus grows: ${scale.every((s, i) => i === 0 || s.msPerPage <= scale[i - 1]!.msPerPage * 1.1) ? 'met' : 'not met'} (${scale.map((s) => `×${s.factor} ${s.msPerPage} ms`).join(', ')}).`, '',
];
writeFileSync(join(root, 'BENCHMARKS.md'), md.join('\n'));
console.log('Wrote benchmarks.json and BENCHMARKS.md');
