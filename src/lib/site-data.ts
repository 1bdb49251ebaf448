/**
 * The checked content of the whole site, loaded once per build for the pages' indexes.
 * If any content has an error, the build stops with the list (file:line  rule  message  (fix)).
 *
 * The content is kept on `globalThis`, not in this module, because two module graphs share it:
 * `npm run build` checks the content and hands it to Astro's pages (shareCheckedContent), and on
 * `astro dev` the content-reload integration forgets it when an editor saves a file
 * (forgetSiteContent), so the next page shows the change.
 */
import { checkedContent, keepCheckedContent } from './checked-content.ts';
import { ContentError, hasErrors } from './content-error.ts';
import { loadSiteContent, type SiteContent } from './content/site.ts';

/**
 * Hand the already-checked content to the pages built in this process, so the build does not read
 * and parse every chapter twice. Only for content with no errors, loaded from the files being built.
 */
export function shareCheckedContent(content: SiteContent): void {
  if (hasErrors(content.findings)) throw new Error('shareCheckedContent: the content has errors');
  keepCheckedContent(content);
}

/** Forget the loaded content: the next getSiteContent() reads and checks the files again. */
export function forgetSiteContent(): void {
  keepCheckedContent(undefined);
}

export function getSiteContent(): SiteContent {
  let content = checkedContent();
  if (!content) {
    content = loadSiteContent(process.cwd());
    if (hasErrors(content.findings)) throw new ContentError(content.findings);
    keepCheckedContent(content);
  }
  return content;
}

export function themeById(id: string | undefined): SiteContent['themes'][number] | undefined {
  return id === undefined ? undefined : getSiteContent().themes.find((t) => t.id === id);
}
