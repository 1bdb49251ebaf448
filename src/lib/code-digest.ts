/**
 * A digest of source files: every file under some folders of a project (in a fixed order, with
 * their paths), and some single files. What a cache keyed by "the code that made this" hashes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CodeDigestOptions {
  /** Folders (relative to the root) to read every file under. */
  folders: readonly string[];
  /** Single files (relative to the root), read where they exist. */
  files?: readonly string[] | undefined;
  /** Only files whose names end so (default: every file). */
  extensions?: readonly string[] | undefined;
  /** Paths (relative to the root) left out, with everything under them. */
  skip?: readonly string[] | undefined;
}

export function codeDigest(root: string, options: CodeDigestOptions): string {
  const hash = createHash('sha256');
  const skipped = (path: string): boolean => (options.skip ?? []).some((s) => path === s || path.startsWith(`${s}/`));
  const wanted = (name: string): boolean => !options.extensions || options.extensions.some((e) => name.endsWith(e));
  for (const folder of options.folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    const files = (readdirSync(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && wanted(e.name))
      .map((e) => `${folder}/${join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/')}`)
      .filter((path) => !skipped(path))
      .sort();
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  }
  for (const file of options.files ?? []) {
    if (existsSync(join(root, file))) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('base64url');
}
