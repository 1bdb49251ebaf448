/** A throwaway copy of the project whose content is the fixture site, for running the real build. */
import { cpSync, mkdtempSync, rmSync, symlinkSync, readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FIXTURE } from '../unit/helpers/fixture-site.ts';

export const ROOT = process.cwd();

export function fixtureProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ne-build-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'scripts', 'src']) {
    const content = join(ROOT, 'src', 'content');
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => src !== content && !src.startsWith(`${content}/`) });
  }
  cpSync(join(FIXTURE, 'src', 'content'), join(dir, 'src', 'content'), { recursive: true });
  cpSync(join(FIXTURE, 'data'), join(dir, 'data'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * `astro build` in the folder, as on an editor's machine: without the variables that make a build
 * one that publishes (CI, PUBLISH), whether or not the tests themselves run on CI; `env` adds to it.
 */
export function build(dir: string, env: Record<string, string> = {}): { status: number; output: string } {
  const { CI: _ci, PUBLISH: _publish, ...local } = process.env;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir, encoding: 'utf8', env: { ...local, ASTRO_TELEMETRY_DISABLED: '1', ...env }, timeout: 240_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** A fingerprint of every file under a folder: names and contents. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  if (!existsSync(dir)) return 'absent';
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      hash.update(path.slice(dir.length));
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
