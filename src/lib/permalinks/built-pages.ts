/** The published pages and files of a built site folder, as paths from the site root. */
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';

/** Build machinery, not addresses anyone links to: scripts, the search index, share images, fonts. */
const SKIP_DIRS = new Set(['_astro', 'pagefind', 'og', 'fonts']);
/** Pages that exist only to make other files (the PDFs, the share images). */
const SKIP_PAGES = /(^\/og-card\/$|\/print\/$)/;
/** Files people download and link to. */
const FILES = /\.(csv|json|pdf|bib|ris|png)$|^\/feed\.xml$/;

export function builtPages(dir: string): Set<string> {
  const out = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = `/${entry.split(/[\\/]/).join('/')}`;
    if (SKIP_DIRS.has(path.split('/')[1] ?? '')) continue;
    if (path.endsWith('/index.html')) {
      const page = posix.dirname(path) === '/' ? '/' : `${posix.dirname(path)}/`;
      if (!SKIP_PAGES.test(page)) out.add(page);
    } else if (FILES.test(path)) {
      out.add(path);
    }
  }
  return out;
}
