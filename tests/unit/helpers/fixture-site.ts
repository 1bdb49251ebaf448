/** Copy the fixture site to a temporary folder, apply changes, and return its root. */
import { cpSync, mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'site');

export interface Change {
  file: string;
  /** New content (text, or bytes for a file in another encoding); or a function of the old content; null deletes the file. */
  content: string | Uint8Array | ((old: string) => string | Uint8Array) | null;
}

const created: string[] = [];

/** Remove every fixture copy made so far (call from afterAll). */
export function removeFixtureSites(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function fixtureSite(changes: Change[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'ne-site-'));
  created.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  for (const change of changes) {
    const path = join(root, change.file);
    if (change.content === null) {
      rmSync(path);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    const text = typeof change.content === 'function' ? change.content(readFileSync(path, 'utf8')) : change.content;
    writeFileSync(path, text);
  }
  return root;
}
