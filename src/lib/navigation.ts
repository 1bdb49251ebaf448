/** The words the site file gives its index pages (src/content/site.yaml, `navigation`). */
import { capitalised } from './typography.ts';
import type { NAVIGABLE_PAGES, SiteConfig } from '../schemas/site.ts';
import { paths } from './addresses.ts';

/** Each index page's address (the navigation's pages). */
export const NAV_PATHS: Record<(typeof NAVIGABLE_PAGES)[number], string> = { home: paths.home(), themes: paths.themes(), recommendations: paths.recommendations(), quotes: paths.quotes(), data: paths.data(), press: paths.press(), search: paths.search() };

/**
 * The site's word for a theme, in lower case, one and many ("topic", "topics"), where the words
 * name every theme: its kind of theme's, when it has one kind (site.yaml, `themeKinds`); "theme"
 * and "themes" when it files themes under several kinds ("Key theme", "Context").
 */
export function themeWords(config: Pick<SiteConfig, 'themeKinds'>): { one: string; many: string } {
  const [kind, ...others] = config.themeKinds;
  return kind && others.length === 0 ? { one: kind.label.toLowerCase(), many: kind.plural.toLowerCase() } : { one: 'theme', many: 'themes' };
}

/** What the site calls its themes page: its menu label, else its word for themes ("Topics"). */
export function themesPageName(config: Pick<SiteConfig, 'navigation' | 'themeKinds'>): string {
  return pageLabel(config, 'themes', capitalised(themeWords(config).many));
}

/** What the site calls one of its index pages: its navigation label, else `fallback` (a page left out of the menu). */
export function pageLabel(config: Pick<SiteConfig, 'navigation'>, page: (typeof NAVIGABLE_PAGES)[number], fallback: string): string {
  return config.navigation.find((entry) => entry.page === page)?.label ?? fallback;
}
