/**
 * Sätteri hast plugin for the links in chapter HTML:
 * - root-relative links get the site's base path, so content works under a sub-path;
 * - external links open safely (rel="noopener noreferrer").
 * It runs before annotateHast, which replaces numbered lists and tables with a wrapper: an edit
 * to a link inside one, made in the same pass, would be lost.
 */
import type { HastPluginEntry } from 'satteri';

export interface SatteriLinksOptions {
  base: string;
}

/** Root-relative links get the base path; external links open safely. */
export function linksHast({ base }: SatteriLinksOptions): HastPluginEntry {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string') return;
        if (href.startsWith('/') && !href.startsWith('//') && prefix && !href.startsWith(`${prefix}/`)) {
          ctx.setProperty(node, 'href', `${prefix}${href}`);
        } else if (/^https?:\/\//.test(href)) {
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        }
      },
    },
  };
}
