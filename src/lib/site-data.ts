/**
 * The checked content of the whole site, loaded once per build for the pages' indexes.
 * If any content has an error, the build stops with the list (file:line  rule  message  (fix)).
 */
import { ContentError, hasErrors } from './content-error.ts';
import { loadSiteContent, type SiteContent } from './content/site.ts';

let cached: SiteContent | undefined;

export function getSiteContent(): SiteContent {
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
