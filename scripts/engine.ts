/**
 * npm run engine -- update <folder of the newer engine>
 * Takes a newer engine into this site: its engine files (scripts/lib/engine-files.ts) are replaced
 * with the newer engine's, its package.json takes the engine's dependencies and scripts (keeping
 * its own name), and the generated parts of EDITING.md are written again. The site's content
 * (src/content/, data/, public/) and README are left as they are.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { copyEngine, readPackage, writeSitePackage } from './lib/engine-copy.ts';
import { ENGINE_PATHS } from './lib/engine-files.ts';
import { withGeneratedSections } from '../src/lib/docs.ts';

const [command, from] = process.argv.slice(2);
if (command !== 'update' || !from) {
  console.error('Usage: npm run engine -- update <folder of the newer engine>');
  process.exit(1);
}
const engine = resolve(from);
const site = process.cwd();
if (!existsSync(join(engine, 'src', 'integrations', 'evidence-site.ts'))) {
  console.error(`${from} is not an engine: it has no src/integrations/evidence-site.ts. Name the folder of a checkout of the engine.`);
  process.exit(1);
}
// What is copied is the folder as it is: say so when it holds changes not committed there.
const uncommitted = spawnSync('git', ['status', '--porcelain', '--', ...ENGINE_PATHS], { cwd: engine, encoding: 'utf8' });
if (uncommitted.status === 0 && uncommitted.stdout.trim()) {
  console.warn(`Note: ${from} has changes not committed there, which are copied too:\n${uncommitted.stdout.trimEnd().split('\n').slice(0, 10).map((l) => `  ${l}`).join('\n')}\nTo take only a released engine, check out a commit or tag of it first.\n`);
}
const own = readPackage(site);
const copied = copyEngine(engine, site);
writeSitePackage(engine, site, { name: own.name ?? 'evidence-site', description: own.description ?? '' });
const editing = join(site, 'EDITING.md');
if (existsSync(editing)) {
  try {
    writeFileSync(editing, withGeneratedSections(readFileSync(editing, 'utf8')));
  } catch (error) {
    console.warn(`EDITING.md was left as it was: ${(error as Error).message}`);
  }
}
console.log(`Updated the engine from ${from}: ${copied.join(', ')}.\nNext: npm install && npm run build, then commit the change (git diff shows what the engine changed).`);
