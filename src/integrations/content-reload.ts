/**
 * Astro integration, for `astro dev` only: when an editor saves a chapter, a publication's YAML,
 * the site file, the themes, a dataset or any other content file, the pages' content (titles,
 * indexes, numbering, charts, the list of pages itself) is read again and the browser reloads.
 * Without it the dev server would keep the content it loaded first, and show a changed title, a
 * new quote in the indexes or a new publication only after a restart.
 */
import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { forgetSiteContent } from '../lib/current-site.ts';
import { CONTENT_FOLDERS } from '../lib/load/files.ts';

export function isContentFile(root: string, file: string): boolean {
  return CONTENT_FOLDERS.some((folder) => file.startsWith(join(root, folder) + sep));
}

export default function contentReload(root: string): AstroIntegration {
  return {
    name: 'content-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // Another site's content root may lie outside what the dev server watches.
        server.watcher.add([join(root, 'src', 'content'), join(root, 'data')]);
        server.watcher.on('all', (_event, file) => {
          if (!isContentFile(root, file)) return;
          forgetSiteContent();
          // Astro keeps each route's getStaticPaths() result until it hears that content changed
          // (the event its own content layer sends): pages and their props are then made again.
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
