/** Shared helpers for end-to-end tests: the built site's pages and its content index. */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { loadSite as loadSiteContent } from '../../src/lib/load/load-site.ts';
import type { SiteContent } from '../../src/lib/model.ts';

export const DIST = join(process.cwd(), 'dist');

/** Every page of the built site, as a URL path ("/", "/themes/", …), excluding the 404 page. */
export function builtPages(): string[] {
  return (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.split(sep).join('/').replace(/index\.html$/, '')}`)
    .sort();
}

let content: SiteContent | undefined;
export function siteContent(): SiteContent {
  content ??= loadSiteContent(process.cwd());
  return content;
}
