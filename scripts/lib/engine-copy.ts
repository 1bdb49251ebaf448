/**
 * Copying the engine into a site's folder: for a new site (npm run new -- site) and for an engine
 * update (npm run engine -- update). The engine's paths are replaced whole; the site's package.json
 * keeps its own name and takes the engine's dependencies and scripts.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_PATHS } from './engine-files.ts';

interface PackageJson {
  name?: string;
  description?: string;
  scripts?: Record<string, string>;
  [key: string]: unknown;
}

/** The engine's scripts a site runs (not the engine's own tests and benchmark, which need its tests/ folder). */
const ENGINE_ONLY_SCRIPTS = ['test', 'test:unit', 'test:e2e'];

export function copyEngine(engine: string, site: string): string[] {
  const copied: string[] = [];
  for (const path of ENGINE_PATHS) {
    const from = join(engine, path);
    if (!existsSync(from)) continue;
    rmSync(join(site, path), { recursive: true, force: true });
    cpSync(from, join(site, path), { recursive: true, filter: (src) => !/[\\/](node_modules|\.tmp|dist)([\\/]|$)/.test(src.slice(engine.length)) });
    copied.push(path);
  }
  return copied;
}

/** The site's package.json: its own name and description, the engine's dependencies, engines and scripts. */
export function sitePackageJson(enginePackage: PackageJson, site: { name: string; description: string }): string {
  const scripts = Object.fromEntries(Object.entries(enginePackage.scripts ?? {}).filter(([name]) => !ENGINE_ONLY_SCRIPTS.includes(name)));
  return `${JSON.stringify({ ...enginePackage, name: site.name, description: site.description, scripts }, null, 2)}\n`;
}

export function readPackage(folder: string): PackageJson {
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
}

export function writeSitePackage(engine: string, site: string, identity: { name: string; description: string }): void {
  writeFileSync(join(site, 'package.json'), sitePackageJson(readPackage(engine), identity));
  // The lockfile names the package too: the site's name, not the engine's.
  const lock = join(site, 'package-lock.json');
  if (existsSync(lock)) writeFileSync(lock, siteLockfile(readFileSync(lock, 'utf8'), identity.name));
}

/** The engine's lockfile with the site's name where it names the root package (its name and packages[""].name). */
export function siteLockfile(text: string, name: string): string {
  const lock = JSON.parse(text) as { name?: string; packages?: Record<string, { name?: string }> };
  if (lock.name !== undefined) lock.name = name;
  const root = lock.packages?.[''];
  if (root?.name !== undefined) root.name = name;
  return `${JSON.stringify(lock, null, 2)}\n`;
}
