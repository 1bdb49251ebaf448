/**
 * Astro integration, for `astro dev` only: when an editor saves a chapter, a publication's YAML,
 * the themes or a dataset, the pages' content (titles, indexes, numbering, charts) is read again
 * and the browser reloads. Without it the dev server would keep the content it loaded first, and
 * show a changed title or a new quote in the indexes only after a restart.
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetSiteContent } from '../lib/site-data.ts';

/** The folders whose files the site's content is loaded from (src/lib/content/site.ts). */
export const CONTENT_FOLDERS = ['src/content', 'data'];

export function isContentFile(root: string, file: string): boolean {
  return CONTENT_FOLDERS.some((folder) => file.startsWith(join(root, folder) + sep));
}

export default function contentReload(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-reload',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', (_event, file) => {
          if (!isContentFile(root, file)) return;
          forgetSiteContent();
          // A changed chapter reloads its page through Vite already; YAML and JSON are not modules.
          if (!file.endsWith('.mdx')) server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
