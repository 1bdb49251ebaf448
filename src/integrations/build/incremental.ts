/**
 * Incremental builds: Astro keeps a page's last file when the key its route gave it (src/lib/page-keys.ts)
 * and the code it is made from are unchanged (experimental.incrementalBuild, Astro 7.2+).
 *
 * - The engine's digest: the code that turns content into pages, outside the pages' module graph
 *   too (the Markdown plugins that compile every chapter), so a new engine renders every page.
 * - The chapters' MDX are content, not code: the chapter modules are bundled together for the
 *   pages that render chapters, and Astro would otherwise count every chapter as code of each of
 *   those pages, rendering them all when one chapter changed. Marked as content data, they are
 *   left out of the pages' code; each page's key names the chapters it shows.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { codeDigest } from '../../lib/code-digest.ts';

/** Astro's cache folder in a content root (its own, as each site's build records are): Astro's cacheDir. */
export const ASTRO_CACHE_DIR = '.tmp/astro';

/** A digest of the engine's code: src/ without the content, and the package files. */
export function engineDigest(engineRoot: string): string {
  return codeDigest(engineRoot, { folders: ['src'], skip: ['src/content'], files: ['astro.config.mjs', 'package.json', 'package-lock.json'] });
}

/** What Astro's incremental build reads on a module to leave it out of its pages' code (astro/dist/core/build/incremental-metadata.js). */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } } as const;

/** Marks each chapter's compiled MDX (under `chaptersDir`) as content data for the incremental build. */
export function chaptersAsContent(chaptersDir: string): Plugin {
  const prefix = chaptersDir.endsWith('/') ? chaptersDir : `${chaptersDir}/`;
  return {
    name: 'evidence-site:chapters-as-content',
    enforce: 'post',
    apply: 'build',
    transform(code, id) {
      if (!id.startsWith(prefix) || !id.endsWith('.mdx')) return null;
      return { code, map: null, meta: CONTENT_DATA_META };
    },
  };
}

/** Astro's record of the pages it keyed in the last build, and where it keeps their files (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const KEPT_FILES = 'dist';

export interface PagesReport {
  /** Pages whose route gave a key: each either rendered by this build or kept from the last. */
  keyed: number;
  /** Of those, the ones this build rendered (Astro stores a new copy of each). */
  rendered: number;
}

/** How many keyed pages this build rendered, and how many it kept: read from Astro's cache after the pages step. */
export function pagesReport(cacheDir: string, since: number): PagesReport | undefined {
  let manifest: { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8')) as typeof manifest;
  } catch {
    return undefined;
  }
  let keyed = 0;
  let rendered = 0;
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) {
      keyed++;
      try {
        if (entry.outputFile && statSync(join(cacheDir, KEPT_FILES, entry.outputFile)).mtimeMs >= since) rendered++;
      } catch {
        rendered++;
      }
    }
  }
  return { keyed, rendered };
}
