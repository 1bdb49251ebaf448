/**
 * The checked content of the whole site, loaded once per build for the pages' indexes.
 * If any content has an error, the build stops with the list (file:line  rule  message  (fix)).
 */
import { ContentError, hasErrors } from './content-error.ts';
import { loadSiteContent, type SiteContent } from './content/site.ts';

let cached: SiteContent | undefined;

/** Where `npm run build` leaves the content it has just loaded and checked, for the pages. */
const SHARED = Symbol.for('ne-evidence-site.checked-content');

/**
 * Hand the already-checked content to the pages built in this process, so the build does not read
 * and parse every chapter twice. Only for content with no errors, loaded from the files being built.
 */
export function shareCheckedContent(content: SiteContent): void {
  if (hasErrors(content.findings)) throw new Error('shareCheckedContent: the content has errors');
  (globalThis as Record<symbol, unknown>)[SHARED] = content;
}

export function getSiteContent(): SiteContent {
  cached ??= (globalThis as Record<symbol, SiteContent | undefined>)[SHARED];
  if (!cached) {
    const content = loadSiteContent(process.cwd());
    if (hasErrors(content.findings)) throw new ContentError(content.findings);
    cached = content;
  }
  return cached;
}

export function themeById(id: string | undefined): SiteContent['themes'][number] | undefined {
  return id === undefined ? undefined : getSiteContent().themes.find((t) => t.id === id);
}
