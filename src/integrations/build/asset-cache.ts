/**
 * A cache of the files Chromium renders (PDFs, share images, chart images), so a rebuild only
 * re-renders what changed. Each file is stored under a key that hashes everything it was made
 * from: the page's HTML, the bytes of every stylesheet and script the page loads, the inputs the
 * script gives it, and a salt naming the browser version and this code. Anything else changing
 * gives a new key, so a stale file is never reused.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export interface CacheStats { rendered: number; reused: number }

/** The local stylesheets and scripts a page loads (the browser fetches nothing else to draw it). */
export function pageDependencies(html: string): string[] {
  const refs = new Set<string>();
  for (const [, href] of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="(\/[^"/][^"]*)"/g)) refs.add(href!);
  for (const [, href] of html.matchAll(/<link\b[^>]*\bhref="(\/[^"/][^"]*)"[^>]*\brel="(?:stylesheet|modulepreload)"/g)) refs.add(href!);
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="(\/[^"/][^"]*)"/g)) refs.add(src!);
  return [...refs].sort();
}

export class AssetCache {
  private readonly used = new Set<string>();
  private readonly dir: string | undefined;
  private readonly salt: string;
  readonly stats = new Map<string, CacheStats>();

  /**
   * @param dir where cached files live, or undefined for no cache (every file is rendered)
   * @param salt what every key depends on: browser version, the rendering code
   */
  constructor(dir: string | undefined, salt: string) {
    this.dir = dir;
    this.salt = salt;
    if (dir) mkdirSync(dir, { recursive: true });
  }

  /** The key of a file rendered from a built page (path under `site`, base included) and extra inputs. */
  keyFor(site: string, pageFile: string, base: string, ...inputs: string[]): string {
    const hash = createHash('sha256').update(this.salt);
    const html = readFileSync(pageFile, 'utf8');
    hash.update(html);
    for (const ref of pageDependencies(html)) {
      const local = ref.startsWith(base) ? ref.slice(base.length) : ref.slice(1);
      const file = join(site, local.split('?')[0]!);
      hash.update(ref).update(existsSync(file) ? readFileSync(file) : 'missing');
    }
    for (const input of inputs) hash.update('\0').update(input);
    return hash.digest('hex').slice(0, 32);
  }

  /**
   * Put the file for `key` at `target`: a copy of the cached one, or freshly made by `render`
   * (which writes `target`) and then cached.
   */
  async provide(kind: string, key: string, extension: string, target: string, render: () => Promise<void>): Promise<void> {
    const stats = this.stats.get(kind) ?? { rendered: 0, reused: 0 };
    this.stats.set(kind, stats);
    const cached = this.dir ? join(this.dir, `${key}.${extension}`) : undefined;
    this.used.add(`${key}.${extension}`);
    if (cached && existsSync(cached)) {
      copyFileSync(cached, target);
      stats.reused += 1;
      return;
    }
    await render();
    if (cached) copyFileSync(target, cached);
    stats.rendered += 1;
  }

  /** Forget the files this build did not use, so the cache holds one build's worth. */
  prune(): void {
    if (!this.dir) return;
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}
