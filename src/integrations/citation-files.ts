/**
 * Astro integration: the citation files of everything citable, at /citations/<kind>/<id>.<ext>, in
 * every format of src/lib/citations/formats.ts. They come from the checked content alone, so a build
 * starts writing them when it starts, in the background, and moves them into the output folder
 * once the pages are built (thousands of tiny files cost about a millisecond each as Astro routes,
 * and a second in all written after the pages). The dev server serves the same files from a
 * route. Both come from citationFiles().
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Staging } from '../lib/staged-files.ts';
import { CITATION_FORMATS } from '../lib/citations/formats.ts';

export default function citationFilesIntegration(): AstroIntegration {
  let origin = 'http://localhost:4321';
  let base = '/';
  let cacheDir = '';
  let staging: Staging | undefined;
  let count = 0;
  return {
    name: 'citation-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        // One route per extension, so the dev server knows these addresses are files (no trailing slash).
        for (const { extension } of CITATION_FORMATS) {
          injectRoute({ pattern: `/citations/[...path].${extension}`, entrypoint: new URL('./citation-route.ts', import.meta.url) });
        }
      },
      'astro:config:done': ({ config }) => {
        origin = config.site ?? origin;
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async () => {
        const { currentSite } = await import('../lib/current-site.ts');
        const { citationFiles } = await import('../lib/citations/files.ts');
        const { stageFiles } = await import('../lib/staged-files.ts');
        const files = citationFiles(currentSite(), origin, base);
        count = files.length;
        // Astro's cache folder is on the project's disk, as the output usually is: the move is a rename.
        staging = stageFiles(cacheDir, 'citations', files);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!staging) throw new Error('citation-files: the build finished without starting the citation files');
        await staging.moveTo(join(fileURLToPath(dir), 'citations'));
        logger.info(`${count} citation file${count === 1 ? '' : 's'} written`);
      },
    },
  };
}
