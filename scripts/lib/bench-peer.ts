/**
 * The peer the benchmark measures our build against: Starlight, the documentation generator built
 * on Astro, at the version pinned in scripts/bench-peer/ (its package.json and lockfile). It is
 * installed in .tmp/bench-peer/ when the benchmark runs, never with the project.
 *
 * A Starlight project is made with the same MDX chapters as one of our corpora: each chapter a
 * docs page with its title and summary, our components stubbed (each renders its children), so
 * both builds compile and render the same text.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

/** Install the pinned peer (once; again only when its lockfile changed). Returns its node_modules. */
export function installPeer(root: string): string {
  const pinned = join(root, 'scripts', 'bench-peer');
  const dir = join(root, '.tmp', 'bench-peer');
  mkdirSync(dir, { recursive: true });
  const lock = readFileSync(join(pinned, 'package-lock.json'), 'utf8');
  const installed = join(dir, 'node_modules', '.package-lock.json');
  const current = existsSync(join(dir, 'package-lock.json')) && readFileSync(join(dir, 'package-lock.json'), 'utf8') === lock && existsSync(installed);
  if (!current) {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(pinned, file), join(dir, file));
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`Installing the benchmark's peer (Starlight) failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  }
  return join(dir, 'node_modules');
}

/** The version of Starlight installed. */
export function peerVersion(nodeModules: string): string {
  return (JSON.parse(readFileSync(join(nodeModules, '@astrojs', 'starlight', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The frontmatter fields of a chapter that Starlight's page shows: its title and summary. */
function docsFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { frontmatter: 'title: Untitled', body: source };
  const field = (name: string): string | undefined => new RegExp(`^${name}: (.*)$`, 'm').exec(match[1]!)?.[1];
  const title = field('title') ?? 'Untitled';
  const summary = field('summary');
  return { frontmatter: [`title: ${title}`, ...(summary ? [`description: ${summary}`] : [])].join('\n'), body: source.slice(match[0].length) };
}

/**
 * Make the peer's install folder a Starlight project with the chapters under `chaptersDir`
 * (src/content/chapters/<publication>/<chapter>.mdx) as its docs, `components` stubbed, and Pagefind
 * search on or off; whatever it held before is replaced. Returns the folder. (It is built where it
 * is installed: a project elsewhere linking these packages makes Astro look for Starlight's
 * components at the wrong path.)
 */
export function starlightProject(chaptersDir: string, nodeModules: string, components: readonly string[], search: boolean): string {
  const dir = dirname(nodeModules);
  for (const old of ['src', 'dist', '.astro', 'astro.config.mjs']) rmSync(join(dir, old), { recursive: true, force: true });
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Benchmark', pagefind: ${search} })] });
`);
  writeFileSync(join(dir, 'src', 'content.config.ts'), `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`);
  writeFileSync(join(dir, 'src', 'Pass.astro'), '<slot />\n');
  const stubs = `export const components = { ${components.map((n) => `${n}: Pass`).join(', ')} };`;
  for (const publication of readdirSync(chaptersDir)) {
    mkdirSync(join(docs, publication));
    for (const file of readdirSync(join(chaptersDir, publication)).filter((f) => f.endsWith('.mdx'))) {
      const { frontmatter, body } = docsFrontmatter(readFileSync(join(chaptersDir, publication, file), 'utf8'));
      writeFileSync(join(docs, publication, file), `---\n${frontmatter}\n---\nimport Pass from '../../../Pass.astro';\n\n${stubs}\n\n${body}`);
    }
  }
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Benchmark\n---\n\nThe chapters of the benchmark corpus.\n');
  return dir;
}

/** The command that builds a Starlight project (its own Astro, run by this Node). */
export function peerBuildCommand(nodeModules: string): string[] {
  return [join(nodeModules, 'astro', 'bin', 'astro.mjs'), 'build'];
}
