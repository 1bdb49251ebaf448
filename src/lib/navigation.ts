/** The words the site file gives its index pages (src/content/site.yaml, `navigation`). */
import type { NAVIGABLE_PAGES, SiteConfig } from '../schemas/site.ts';

/** What the site calls one of its index pages: its navigation label, else `fallback` (a page left out of the menu). */
export function pageLabel(config: Pick<SiteConfig, 'navigation'>, page: (typeof NAVIGABLE_PAGES)[number], fallback: string): string {
  return config.navigation.find((entry) => entry.page === page)?.label ?? fallback;
}
