/**
 * Sätteri hast plugin for the links in chapter HTML:
 * - root-relative links get the site's base path, so content works under a sub-path, and a page
 *   address its trailing slash (the site is built with trailingSlash: 'always', so
 *   /report/waiting-lists is not found where /report/waiting-lists/ is); so do images'
 *   addresses (/images/map.png, a file in public/);
 * - external links open safely (rel="noopener noreferrer").
 * It runs before annotateHast, which replaces numbered lists and tables with a wrapper: an edit
 * to a link inside one, made in the same pass, would be lost.
 */
import type { HastPluginEntry } from 'satteri';

export interface SatteriLinksOptions {
  base: string;
}

/**
 * A page of this site written without its trailing slash gets it, keeping any ?query and #fragment:
 * /report/waiting-lists#x → /report/waiting-lists/#x. A file (a last segment with an extension,
 * /data/x.csv) is left as it is.
 */
export function withTrailingSlash(href: string): string {
  const match = /^([^?#]*)(.*)$/s.exec(href)!;
  const path = match[1]!;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (path === '' || path.endsWith('/') || last.includes('.')) return href;
  return `${path}/${match[2]}`;
}

/** Root-relative links get the base path and a page's trailing slash; external links open safely. */
export function linksHast({ base }: SatteriLinksOptions): HastPluginEntry {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        if (node.tagName === 'img') {
          const src = node.properties?.['src'];
          if (typeof src === 'string' && src.startsWith('/') && !src.startsWith('//') && prefix && !src.startsWith(`${prefix}/`)) ctx.setProperty(node, 'src', `${prefix}${src}`);
          return;
        }
        const href = node.properties?.['href'];
        if (typeof href !== 'string') return;
        if (href.startsWith('/') && !href.startsWith('//')) {
          const page = withTrailingSlash(href);
          const full = prefix && !page.startsWith(`${prefix}/`) ? `${prefix}${page}` : page;
          if (full !== href) ctx.setProperty(node, 'href', full);
        } else if (/^https?:\/\//.test(href)) {
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        }
      },
    },
  };
}
