/**
 * npm run bench: measure the build (a script, never a test: times are noisy, so compare ratios).
 *   1. the real site: the full production build from cold, by step, and the rebuild after one edit;
 *   2. scale: synthetic corpora ×1 and ×10 (and ×50 with --full), each copy of the largest
 *      publication distinct, built with no cache (pages only; pages and search) beside the same MDX
 *      built by Starlight (the peer, pinned in scripts/bench-peer/; search off and on) and by a bare
 *      Astro + MDX project; then one chapter edited and the pages rebuilt incrementally;
 *   3. the full build (PDFs, share images, chart images, search) at ×10 (and ×50), from cold, by step;
 *   4. page weights per template, and a chapter page's first visit against Starlight's;
 *   5. Lighthouse (mobile) on five templates; the dev loop (save → browser); the content check at ×10.
 * Writes benchmarks.json and BENCHMARKS.md.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { devLoop, lighthouseScores } from './lib/bench-browser.ts';
import { copyProject, largestPublication, multiply } from './lib/bench-corpus.ts';
import { installPeer, peerBuildCommand, peerVersion, starlightProject } from './lib/bench-peer.ts';
import { findChromium, HOW_TO_INSTALL } from '../src/integrations/build/chromium.ts';
import { pageDependencies } from '../src/integrations/build/asset-cache.ts';
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
const largest = largestPublication(site);
const chaptersOf = (id: string) => site.chapters.filter((c) => c.data.publication === id);
const chartChapter = site.chapters.find((c) => c.extract.components.some((x) => x.name === 'Chart'));
const textChapter = chaptersOf(largest.id).find((c) => !c.extract.components.some((x) => x.name === 'Chart' || x.name === 'KeyFigure')) ?? chaptersOf(largest.id)[0]!;
const firstRecommendation = recommendationEntries(site)[0];
const pagePath = (path: string): string => path.replace(/^\//, '');
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

interface Run { wallMs: number; cpuMs: number; peakMb: number; steps?: Record<string, number>; pagesKept?: number; pagesKeyed?: number }

/** Run a command under /usr/bin/time when present, for CPU time and peak memory of the whole tree. */
function measure(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const environment = { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' };
  const start = performance.now();
  const result = timeBin
    ? spawnSync(timeBin, ['-f', 'BENCH %e %U %S %M', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: environment })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: environment });
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
 * The faster of two runs. The projects share node_modules, where Vite keeps its caches, so a
 * project's first build after another's also refreshes those: the second run measures the build.
 */
function fastest(run: () => Run): Run & { firstMs: number } {
  const first = run();
  const second = run();
  return { ...(second.wallMs <= first.wallMs ? second : first), firstMs: first.wallMs };
}

/**
 * Our build, with the time of each of its steps (.tmp/build-steps.json) and how many pages it kept.
 * `cold`: nothing from an earlier build is used (the caches are emptied first, and it still records
 * what the next build may keep).
 */
function measureBuild(dir: string, env: NodeJS.ProcessEnv = {}, cold = true): Run {
  if (cold) rmSync(join(dir, '.tmp'), { recursive: true, force: true });
  const run = measure(dir, ASTRO, env);
  run.steps = JSON.parse(readFileSync(join(dir, '.tmp/build-steps.json'), 'utf8')) as Record<string, number>;
  const pagesFile = join(dir, '.tmp/build-pages.json');
  if (existsSync(pagesFile)) {
    const pages = JSON.parse(readFileSync(pagesFile, 'utf8')) as { keyed: number; rendered: number };
    run.pagesKeyed = pages.keyed;
    run.pagesKept = pages.keyed - pages.rendered;
  }
  return run;
}

/** A bare Astro + MDX project (Astro's defaults) that renders the same MDX with no components of ours. */
function baseline(mdxFrom: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-baseline-'));
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

function pageCount(dist: string): number {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
}

/** What a first visit to a page downloads, gzip: its HTML and every stylesheet and script it loads. */
function firstVisitKb(dist: string, page: string): { htmlKb: number; totalKb: number } {
  const html = readFileSync(join(dist, page, 'index.html'));
  let total = gzipSync(html).length;
  for (const ref of pageDependencies(html.toString('utf8'))) {
    const file = join(dist, ref.split('?')[0]!);
    if (existsSync(file)) total += gzipSync(readFileSync(file)).length;
  }
  return { htmlKb: Math.round(gzipSync(html).length / 102.4) / 10, totalKb: Math.round(total / 102.4) / 10 };
}

/** Add a sentence to a paragraph of the chapter (as an editor's typical edit), returning the original text. */
function editChapter(dir: string, file: string): string {
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  const lines = original.split('\n');
  const at = lines.findIndex((l, i) => i > 0 && /^[A-Z].*\.$/.test(l));
  if (at === -1) throw new Error(`No paragraph to edit in ${file}`);
  lines[at] = `${lines[at]} A sentence added by the benchmark.`;
  writeFileSync(path, lines.join('\n'));
  return original;
}

const chromiumPath = findChromium({ install: true });
if (!chromiumPath) {
  console.error(`The benchmark needs Chromium (for the build's PDFs, Lighthouse and the dev loop).\n${HOW_TO_INSTALL}`);
  process.exit(1);
}
console.log('Installing the peer (Starlight, pinned in scripts/bench-peer/)…');
const peerModules = installPeer(root);
const peer = `Starlight ${peerVersion(peerModules)}`;
// Lighthouse runs against this origin, so canonical links and the served site agree.
const LIGHTHOUSE_PORT = 4321;
const SITE_URL = `http://127.0.0.1:${LIGHTHOUSE_PORT}`;
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version };

console.log('1. The real site: full build from cold, then the rebuild after one edit…');
const real = copyProject(root);
const fullRun = measureBuild(real, { SITE_URL });
const realPages = pageCount(join(real, 'dist'));
// The rebuild an editor waits for: a sentence added to one chapter, with the last build's pages,
// PDFs and images kept where nothing they show changed.
const edited = site.chapters.at(-1)!.file;
const originalText = editChapter(real, edited);
const rebuild = measureBuild(real, { SITE_URL }, false);
writeFileSync(join(real, edited), originalText);
rmSync(join(real, 'src/content/history.json'));
cpSync(join(root, 'src/content/history.json'), join(real, 'src/content/history.json'));
measureBuild(real, { SITE_URL });

interface Scale {
  factor: number; pages: number;
  ours: Run & { firstMs: number }; oursSearch: Run;
  peer: Run & { firstMs: number }; peerSearch: Run; peerPages: number;
  baseline: Run; baselinePages: number;
  incremental: Run;
}
console.log(`2. Scale: ours, ${peer} and the bare baseline on the same corpora…`);
const scale: Scale[] = [];
const factors = full ? [1, 10, 50] : [1, 10];
const fullAtScale: { factor: number; pages: number; run: Run; pagesOnly: number }[] = [];
let checkAt10: Run | undefined;
for (const factor of factors) {
  const dir = copyProject(root, (d) => multiply(d, largest, factor));
  const ours = fastest(() => measureBuild(dir, { BUILD_ASSETS: '0' }));
  const pages = pageCount(join(dir, 'dist'));
  const oursSearch = measureBuild(dir, { BUILD_ASSETS: 'search' });
  // One chapter of the corpus edited, and the pages built again with the last build's kept.
  editChapter(dir, textChapter.file);
  const incremental = measureBuild(dir, { BUILD_ASSETS: '0' }, false);
  const peerDir = starlightProject(join(dir, 'src/content/chapters'), peerModules, COMPONENT_NAMES, false);
  const peerRun = fastest(() => measure(peerDir, peerBuildCommand(peerModules)));
  const peerPages = pageCount(join(peerDir, 'dist'));
  starlightProject(join(dir, 'src/content/chapters'), peerModules, COMPONENT_NAMES, true);
  const peerSearch = measure(peerDir, peerBuildCommand(peerModules));
  const bare = baseline(dir);
  const base = fastest(() => measure(bare, ['node_modules/astro/bin/astro.mjs', 'build']));
  const baselinePages = pageCount(join(bare, 'dist'));
  scale.push({ factor, pages, ours, oursSearch, peer: peerRun, peerSearch, peerPages, baseline: base, baselinePages, incremental });
  console.log(`  ×${factor}: ours ${pages} pages ${ours.wallMs} ms (with search ${oursSearch.wallMs} ms); ${peer} ${peerPages} pages ${peerRun.wallMs} ms (with search ${peerSearch.wallMs} ms); bare ${base.wallMs} ms; after one edit, pages step ${incremental.steps?.['pages']} ms of ${ours.steps?.['pages']} ms cold`);
  if (factor === 10) {
    checkAt10 = fastest(() => measure(dir, ['scripts/check.ts', '--content']));
    console.log(`  ×10: npm run check -- --content ${checkAt10.wallMs} ms`);
  }
  if (factor >= 10) {
    const run = measureBuild(dir, { SITE_URL, BUILD_CACHE: '0' });
    fullAtScale.push({ factor, pages, run, pagesOnly: ours.wallMs });
    console.log(`  ×${factor}: full build from cold ${run.wallMs} ms (${ratio(run.wallMs, ours.wallMs)} × pages only)`);
  }
  for (const d of [dir, bare]) rmSync(d, { recursive: true, force: true });
}

console.log('4. Page weight per template, and a chapter page’s first visit…');
const templates: Record<string, string> = {
  home: '', 'text chapter': pagePath(paths.chapter(largest.id, textChapter.slug)), 'chart chapter': pagePath(paths.chapter((chartChapter ?? textChapter).data.publication, (chartChapter ?? textChapter).slug)),
  recommendations: 'recommendations/', 'recommendation page': firstRecommendation ? pagePath(firstRecommendation.permalink) : 'recommendations/', quotes: 'quotes/', dataset: site.datasets[0] ? pagePath(paths.dataset(site.datasets[0].id)) : 'data/', 'press room': 'press/',
};
const weights = Object.fromEntries(Object.entries(templates).map(([name, path]) => [name, Math.round(gzipSync(readFileSync(join(real, 'dist', path, 'index.html'))).length / 102.4) / 10]));
const ourVisit = firstVisitKb(join(real, 'dist'), templates['text chapter']!);
const peerDir = starlightProject(join(root, 'src/content/chapters'), peerModules, COMPONENT_NAMES, true);
measure(peerDir, peerBuildCommand(peerModules));
const peerVisit = firstVisitKb(join(peerDir, 'dist'), `${largest.id}/${textChapter.slug}`);

console.log('5. Lighthouse (mobile)…');
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

const results = {
  date: new Date().toISOString().slice(0, 10), command: `npm run bench${full ? ' -- --full' : ''}`, machine, peer,
  fullBuild: { ...fullRun, pages: realPages }, rebuildAfterEdit: rebuild, scale, fullAtScale, checkAt10,
  pageWeightKbGzip: weights, firstVisit: { ours: ourVisit, peer: peerVisit }, lighthouse, devLoop: dev,
};
writeFileSync(join(root, 'benchmarks.json'), `${JSON.stringify(results, null, 2)}\n`);

const largestScale = scale.at(-1)!;
const stepNames = (runs: Run[]): string[] => [...new Set(runs.flatMap((r) => Object.keys(r.steps ?? {})))];
const incrementalShare = ratio(largestScale.incremental.steps?.['pages'] ?? Number.NaN, largestScale.ours.steps?.['pages'] ?? Number.NaN);
const largestFull = fullAtScale.at(-1);
const md = [
  '# Benchmarks', '',
  `Measured on ${results.date} with \`${results.command}\` on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}. Times vary from run to run; compare ratios, not absolute times. Raw numbers: \`benchmarks.json\`.`, '',
  '## The real site: full build, and the rebuild after one edit', '',
  `${realPages} HTML pages, with their PDFs, share images, chart images and search index. From cold (no cache): wall ${fullRun.wallMs} ms, CPU ${fullRun.cpuMs} ms, peak memory ${fullRun.peakMb} MB. Rebuild after adding a sentence to one chapter (\`${edited}\`), with the last build's pages and files kept where nothing they show changed: wall ${rebuild.wallMs} ms; ${rebuild.pagesKept ?? '?'} of ${rebuild.pagesKeyed ?? '?'} keyed pages kept.`, '',
  '| step | cold (ms) | rebuild after one edit (ms) |', '|---|---|---|', ...stepNames([fullRun, rebuild]).map((k) => `| ${k} | ${fullRun.steps?.[k] ?? ''} | ${rebuild.steps?.[k] ?? ''} |`), '',
  `## Scale, against ${peer} and a bare Astro + MDX project`, '',
  `Each corpus is the site with its largest publication copied ×N, each copy distinct (its own title, code and a sentence in each chapter). Ours: the whole site from cold (no cache), pages only, then pages and search index. ${peer}: the same MDX chapters as its docs pages, our components stubbed (each renders its children), search (Pagefind) off, then on. Bare: the same MDX with Astro's defaults and no layout. Pages only and the bare baseline are the faster of two runs. Ours renders many more pages from the same chapters (every numbered item's page, the indexes, themes, data and print pages).`, '',
  `| corpus | ours: pages | ours (ms) | ours CPU (ms) | ours peak MB | ${peer}: pages | ${peer} (ms) | its CPU (ms) | its peak MB | ours ÷ it: wall | CPU | memory | with search: ours (ms) | it (ms) | ours ÷ it | bare (ms) | ours ÷ bare |`, '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...scale.map((s) => `| ×${s.factor} | ${s.pages} | ${s.ours.wallMs} | ${s.ours.cpuMs} | ${s.ours.peakMb} | ${s.peerPages} | ${s.peer.wallMs} | ${s.peer.cpuMs} | ${s.peer.peakMb} | ${ratio(s.ours.wallMs, s.peer.wallMs)} | ${ratio(s.ours.cpuMs, s.peer.cpuMs)} | ${ratio(s.ours.peakMb, s.peer.peakMb)} | ${s.oursSearch.wallMs} | ${s.peerSearch.wallMs} | ${ratio(s.oursSearch.wallMs, s.peerSearch.wallMs)} | ${s.baseline.wallMs} | ${ratio(s.ours.wallMs, s.baseline.wallMs)} |`), '',
  '## Incremental rebuild after one edit (pages only)', '',
  `A sentence added to \`${textChapter.file}\` in each corpus after a build from cold; the rebuild keeps every page whose key (what it shows) is unchanged.`, '',
  '| corpus | pages step, cold (ms) | pages step, after the edit (ms) | share | pages kept | whole build after the edit (ms) |', '|---|---|---|---|---|---|',
  ...scale.map((s) => `| ×${s.factor} | ${s.ours.steps?.['pages']} | ${s.incremental.steps?.['pages']} | ${ratio(s.incremental.steps?.['pages'] ?? Number.NaN, s.ours.steps?.['pages'] ?? Number.NaN)} | ${s.incremental.pagesKept ?? '?'} of ${s.incremental.pagesKeyed ?? '?'} | ${s.incremental.wallMs} |`), '',
  '## The full build at scale, from cold', '',
  'PDFs, share images, chart images and search index as well as the pages, with no cache; by step (ms).', '',
  `| step | ×1 | ${fullAtScale.map((f) => `×${f.factor}`).join(' | ')} |`, `|---|---|${fullAtScale.map(() => '---').join('|')}|`,
  ...stepNames([fullRun, ...fullAtScale.map((f) => f.run)]).map((k) => `| ${k} | ${fullRun.steps?.[k] ?? ''} | ${fullAtScale.map((f) => f.run.steps?.[k] ?? '').join(' | ')} |`),
  `| whole build (wall) | ${fullRun.wallMs} | ${fullAtScale.map((f) => f.run.wallMs).join(' | ')} |`,
  `| ÷ pages-only build | ${ratio(fullRun.wallMs, scale[0]!.ours.wallMs)} | ${fullAtScale.map((f) => ratio(f.run.wallMs, f.pagesOnly)).join(' | ')} |`, '',
  '## Page weight (HTML, gzip KB)', '', '| template | KB |', '|---|---|', ...Object.entries(weights).map(([k, v]) => `| ${k} | ${v} |`), '',
  `A chapter page's first visit (its HTML and every stylesheet and script it loads, gzip): ours ${ourVisit.totalKb} KB (HTML ${ourVisit.htmlKb} KB), ${peer}'s ${peerVisit.totalKb} KB (HTML ${peerVisit.htmlKb} KB), for the same chapter.`, '',
  '## Lighthouse (mobile, simulated throttling; the built site served with gzip and cache headers)', '',
  '| page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS |', '|---|---|---|---|---|---|---|---|',
  ...Object.entries(lighthouse).map(([k, v]) => `| ${k} | ${v.performance} | ${v.accessibility} | ${v['best-practices']} | ${v.seo} | ${v.lcpMs} | ${v.tbtMs} | ${v.cls} |`), '',
  '## The editor’s loop', '',
  `From saving \`${devPage}.mdx\` to the new sentence showing in Chromium on \`npm run dev\`: median ${dev.medianMs} ms over ${dev.trialsMs.length} saves (${dev.trialsMs.join(', ')} ms).${checkAt10 ? ` \`npm run check -- --content\` at ×10: ${checkAt10.wallMs} ms (the faster of two runs).` : ''}`, '',
  '## Goals', '',
  `- Lighthouse 100 in all four categories on the five pages: ${Object.values(lighthouse).every((v) => v.performance === 100 && v.accessibility === 100 && v['best-practices'] === 100 && v.seo === 100) ? 'met' : 'not met (see the table)'}.`,
  `- Dev loop under 1 s: ${dev.medianMs < 1000 ? 'met' : 'not met'} (${dev.medianMs} ms).`,
  ...(checkAt10 ? [`- \`npm run check -- --content\` within 2 s at ×10: ${checkAt10.wallMs <= 2000 ? 'met' : 'not met'} (${checkAt10.wallMs} ms).`] : []),
  `- After one edit at ×${largestScale.factor}, the pages step at most a quarter of the cold one: ${incrementalShare <= 0.25 ? 'met' : 'not met'} (${incrementalShare}).`,
  `- At most 0.8 × ${peer}'s wall time and no more memory at ×${largestScale.factor}: wall ${ratio(largestScale.ours.wallMs, largestScale.peer.wallMs) <= 0.8 ? 'met' : 'not met'} (${ratio(largestScale.ours.wallMs, largestScale.peer.wallMs)}), memory ${largestScale.ours.peakMb <= largestScale.peer.peakMb ? 'met' : 'not met'} (${largestScale.ours.peakMb} MB against ${largestScale.peer.peakMb} MB).`,
  ...(largestFull ? [`- The full build from cold at ×${largestFull.factor} at most 3 × its pages-only build: ${ratio(largestFull.run.wallMs, largestFull.pagesOnly) <= 3 ? 'met' : 'not met'} (${ratio(largestFull.run.wallMs, largestFull.pagesOnly)}).`] : []),
  '',
];
writeFileSync(join(root, 'BENCHMARKS.md'), md.join('\n'));
console.log('Wrote benchmarks.json and BENCHMARKS.md');
