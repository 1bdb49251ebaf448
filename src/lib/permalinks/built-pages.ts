/** The published pages and files of a built site folder, as paths from the site root. */
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { isBuildOnlyPage, matchAddress } from '../addresses.ts';

/** Build machinery, not addresses anyone links to: scripts, the search index, share images, fonts. */
const SKIP_DIRS = new Set(['_astro', 'pagefind', 'og', 'fonts']);
/** Files people download and link to: any file the URL scheme names (downloads, citations, the feed). */
const isPublishedFile = (path: string): boolean => matchAddress(path) !== undefined;

export function builtPages(dir: string): Set<string> {
  const out = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = `/${entry.split(/[\\/]/).join('/')}`;
    if (SKIP_DIRS.has(path.split('/')[1] ?? '')) continue;
    if (path.endsWith('/index.html')) {
      const page = posix.dirname(path) === '/' ? '/' : `${posix.dirname(path)}/`;
      // Pages that exist only to make other files (the PDFs, the share images) are not published.
      if (!isBuildOnlyPage(page)) out.add(page);
    } else if (isPublishedFile(path)) {
      out.add(path);
    }
  }
  return out;
}
