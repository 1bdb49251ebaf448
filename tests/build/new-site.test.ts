/**
 * Starting a site for another organisation, as a new user would: `npm run new -- site` makes a
 * folder that installs, builds and serves with no edits, names nothing of this site, and later
 * takes a newer engine without its content being touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, remove } from './helpers.ts';
import { loadSite } from '../../src/lib/load/load-site.ts';
import { distinctiveWords } from '../unit/helpers/distinctive-words.ts';

const NODE = process.execPath;
let parent: string;
let site: string;
const run = (cwd: string, args: string[], timeout = 300_000) => {
  const result = spawnSync(NODE, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
};

function allFiles(dir: string, skip = /^(node_modules|dist|\.tmp|\.astro)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skip.test(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path, skip) : [path];
  });
}

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'new-site-'));
  site = join(parent, 'westshire-evidence');
  const made = run(ROOT, ['scripts/new.ts', 'site', site, 'Westshire Council evidence', 'Westshire Council']);
  if (made.status !== 0) throw new Error(made.output);
}, 120_000);

// The new site's node_modules is a whole install: deleting it takes a while on a busy machine.
afterAll(() => remove(parent), 120_000);

describe('npm run new -- site', () => {
  it('makes a folder with the engine, its own package, README, EDITING.md and a small example publication', () => {
    for (const path of ['astro.config.mjs', 'src/integrations/evidence-site.ts', 'src/lib/kinds/index.ts', 'scripts/new.ts', 'package-lock.json', '.npmrc', 'README.md', 'EDITING.md', '.gitignore',
      'src/content/site.yaml', 'src/content/themes.yaml', 'src/content/publications/example-report.yaml', 'src/content/chapters/example-report/what-we-found.mdx', 'data/datasets/example-survey.json', 'public/favicon.svg']) {
      expect(existsSync(join(site, path)), path).toBe(true);
    }
    expect(existsSync(join(site, 'tests'))).toBe(false);
    const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string> };
    expect(pkg.name).toBe('westshire-evidence');
    expect(pkg.scripts['build']).toBe('astro build');
    expect(pkg.scripts['test']).toBeUndefined();
    expect(readFileSync(join(site, 'src/content/site.yaml'), 'utf8')).toContain('name: "Westshire Council evidence"');
    expect(readFileSync(join(site, 'README.md'), 'utf8')).toMatch(/^# Westshire Council evidence\n/);
  });

  it('names the organisation apart from the site: in its sentences and as the publisher citations name', () => {
    const yaml = readFileSync(join(site, 'src/content/site.yaml'), 'utf8');
    expect(yaml).toMatch(/^name: "?Westshire Council evidence"?$/m);
    for (const field of ['organisation', 'publisher']) expect(yaml).toMatch(new RegExp(`^${field}: "?Westshire Council"?$`, 'm'));
    expect(yaml).toMatch(/^tagline: "?Publications of Westshire Council"?$/m);
  });

  it('names nothing of this site: none of its distinctive words is in any file of the new one', () => {
    const words = distinctiveWords(loadSite(ROOT));
    const named = allFiles(site).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return words.filter((w) => text.includes(w)).map((w) => `${file.slice(site.length)}: ${w}`);
    });
    expect(named).toEqual([]);
  });

  it('installs with npm install, builds with npm run build and serves with npm run preview, with no edits', async () => {
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: site, encoding: 'utf8', timeout: 600_000, env: { ...process.env } });
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    // No page of warnings an editor cannot act on (a system Node 20 and packages asking for Node 22).
    expect(`${install.stdout}\n${install.stderr}`).not.toMatch(/EBADENGINE|npm warn/);
    // As on the newcomer's machine: not a build that publishes (no CI, no PUBLISH), so no SITE_URL needed.
    const { CI: _ci, PUBLISH: _publish, ...local } = process.env;
    const build = spawnSync('npm', ['run', 'build'], { cwd: site, encoding: 'utf8', timeout: 600_000, env: { ...local, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    // No line per page written: the build says how to list them.
    expect(build.stdout).not.toContain('├─');
    const dist = join(site, 'dist');
    for (const path of ['index.html', 'example-report/what-we-found/index.html', 'example-report/example-report.pdf', 'pagefind/pagefind.js', '_headers', 'data/example-survey.png', 'data/example-survey.csv', 'citations/chapters/example-report/what-we-found.json', 'og/index.png']) {
      expect(existsSync(join(dist, path)), path).toBe(true);
    }
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<title>Westshire Council evidence</title>');
    // The press room shows what the site has: the example has a dataset but no coverage or featured quotes.
    const press = readFileSync(join(dist, 'press/index.html'), 'utf8');
    expect(press).toContain('id="key-facts"');
    expect(press).not.toContain('id="coverage"');
    expect(press).not.toContain('id="quotes"');
    expect(press).not.toContain('href="#coverage"');
    // The example's source document is on its pages, line by line, as the fidelity check reads them.
    const fidelity = spawnSync('npm', ['run', 'fidelity'], { cwd: site, encoding: 'utf8', timeout: 300_000, env: { ...local } });
    expect(fidelity.status, `${fidelity.stdout}\n${fidelity.stderr}`).toBe(0);
    expect(fidelity.stdout).toMatch(/example-report: \d+ source lines checked, 0 problems/);
    // Served as a reader would get it.
    const port = 4400 + Math.floor(Math.random() * 400);
    const server = spawn(NODE, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    try {
      let response: Response | undefined;
      for (let i = 0; i < 60 && !response; i++) {
        await new Promise((r) => setTimeout(r, 500));
        response = await fetch(`http://127.0.0.1:${port}/example-report/what-we-found/`).catch(() => undefined);
      }
      expect(response?.status).toBe(200);
      const html = await response!.text();
      expect(html).toContain('Recommendation 1');
      expect(html).toContain('data-para="1.1"');
    } finally {
      server.kill();
    }
  }, 900_000);

  it('takes a newer engine with npm run engine -- update, leaving its content and name as they are', () => {
    const newer = mkdtempSync(join(tmpdir(), 'newer-engine-'));
    try {
      for (const path of ['src', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', '.dependency-cruiser.cjs', '.nvmrc', '.npmrc', 'EDITING.md']) {
        cpSync(join(ROOT, path), join(newer, path), { recursive: true, filter: (src) => !src.includes('/src/content') });
      }
      writeFileSync(join(newer, 'src/lib/engine-marker.ts'), 'export const MARKER = 1;\n');
      const siteYaml = readFileSync(join(site, 'src/content/site.yaml'), 'utf8');
      const updated = run(site, ['scripts/engine.ts', 'update', newer]);
      expect(updated.status, updated.output).toBe(0);
      expect(existsSync(join(site, 'src/lib/engine-marker.ts'))).toBe(true);
      expect(readFileSync(join(site, 'src/content/site.yaml'), 'utf8')).toBe(siteYaml);
      expect(existsSync(join(site, 'src/content/chapters/example-report/what-we-found.mdx'))).toBe(true);
      expect((JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { name: string }).name).toBe('westshire-evidence');
      // The lockfile names the site too, not the engine's package.
      const lock = JSON.parse(readFileSync(join(site, 'package-lock.json'), 'utf8')) as { name: string; packages: Record<string, { name?: string }> };
      expect([lock.name, lock.packages['']!.name]).toEqual(['westshire-evidence', 'westshire-evidence']);
    } finally {
      remove(newer);
    }
  });

  it('is a git repository, and its example goes, before the site is published, as its README says', () => {
    expect(existsSync(join(site, '.git'))).toBe(true);
    const readme = readFileSync(join(site, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Replacing the example'));
    const named = [...section.slice(0, section.indexOf('\n## ', 5)).matchAll(/`((?:src|data)\/[^`]+)`/g)].map((m) => m[1]!);
    expect(named).toEqual(expect.arrayContaining(['src/content/permalinks.json', 'src/content/history.json']));
    // The build above recorded the example's addresses: deleting its files alone breaks them.
    const examples = named.filter((path) => !path.endsWith('permalinks.json') && !path.endsWith('history.json'));
    for (const path of examples) remove(join(site, path));
    const before = run(site, ['scripts/check.ts', '--content']);
    expect(before.output).toContain('page-removed');
    // With the two files the README names, nothing published is left to keep.
    for (const path of named) remove(join(site, path));
    const after = run(site, ['scripts/check.ts', '--content']);
    expect(after.output).not.toContain('page-removed');
  });

  it('refuses a folder that is not empty', () => {
    const again = run(ROOT, ['scripts/new.ts', 'site', site, 'Again']);
    expect(again.status).toBe(1);
    expect(again.output).toContain('already exists and is not empty');
  });
});
