/**
 * Astro integration: the BibTeX and RIS file of every citable thing, at /citations/<kind>/<id>.bib|.ris.
 * A build writes them straight into the output folder once the pages are built: thousands of tiny
 * files cost about a millisecond each as Astro routes, and next to nothing written directly. The
 * dev server serves the same files from a route. Both come from citationFiles(), one source.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function citationFilesIntegration(): AstroIntegration {
  let origin = 'http://localhost:4321';
  let base = '/';
  return {
    name: 'citation-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        // One route per extension, so the dev server knows these addresses are files (no trailing slash).
        for (const extension of ['bib', 'ris']) {
          injectRoute({ pattern: `/citations/[...path].${extension}`, entrypoint: new URL(`./citation-route-${extension}.ts`, import.meta.url) });
        }
      },
      'astro:config:done': ({ config }) => {
        origin = config.site ?? origin;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { getSiteContent } = await import('../lib/site-data.ts');
        const { citationFiles } = await import('../lib/citation-files.ts');
        const out = join(fileURLToPath(dir), 'citations');
        const files = citationFiles(getSiteContent(), origin, base);
        for (const file of files) {
          const target = join(out, file.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.body);
        }
        logger.info(`${files.length} citation files written`);
      },
    },
  };
}
