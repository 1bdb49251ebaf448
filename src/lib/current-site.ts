/**
 * The site being built or served, for the pages: its checked content, loaded once per process.
 *
 * It is kept on `globalThis`, not in this module, because two module graphs share it: the
 * integration (src/integrations/evidence-site.ts) checks the content before Astro renders and
 * hands it to the pages, and on `astro dev` forgets it when an editor saves a file, so the next
 * page shows the change. Code that must stay light (the Markdown plugins) can look without loading.
 */
import { resolve } from 'node:path';
import { ContentError, hasErrors } from './findings.ts';
import type { SiteContent, ThemeEntry } from './model.ts';
import { loadSite } from './load/load-site.ts';
import { pageKeys, type PageKeys } from './page-keys.ts';

interface Holder {
  /** The content root: the folder holding src/content/ and data/. */
  root?: string;
  content?: SiteContent | undefined;
  /** A digest of the engine's code building it (for the pages' keys), where the build gave one. */
  engine?: string | undefined;
}

const KEY = Symbol.for('evidence-site.current-site');
const holder = ((globalThis as Record<symbol, Holder | undefined>)[KEY] ??= {});

/** The environment variable that names another content root than the project's own folder. */
export const CONTENT_ROOT_VARIABLE = 'CONTENT_ROOT';

/** Where this process reads content from: as the integration was told, else CONTENT_ROOT, else the working folder. */
export function contentRoot(): string {
  return holder.root ?? resolve(process.env[CONTENT_ROOT_VARIABLE] ?? '.');
}

export function setContentRoot(root: string): void {
  if (holder.root !== root) holder.content = undefined;
  holder.root = root;
}

/** The checked content, if this process has loaded it; never loads it. */
export function checkedContent(): SiteContent | undefined {
  return holder.content;
}

/**
 * Hand the already-checked content to the pages built in this process, so the build does not read
 * and parse every chapter twice. Only for content with no errors, loaded from the files being built.
 */
export function shareCheckedContent(content: SiteContent, engine?: string): void {
  if (hasErrors(content.findings)) throw new Error('shareCheckedContent: the content has errors');
  holder.root = content.root;
  holder.content = content;
  holder.engine = engine;
}

/** Forget the loaded content: the next currentSite() reads and checks the files again. */
export function forgetSiteContent(): void {
  holder.content = undefined;
}

/** The site's content; loaded and checked (file by file and across files) the first time it is asked for. */
export function currentSite(): SiteContent {
  if (!holder.content) {
    const content = loadSite(contentRoot());
    if (hasErrors(content.findings)) throw new ContentError(content.findings);
    holder.content = content;
  }
  return holder.content;
}

export function themeById(id: string | undefined): ThemeEntry | undefined {
  return id === undefined ? undefined : currentSite().themes.find((t) => t.id === id);
}

/** The keys of the current site's pages, for each route's getStaticPaths (see src/lib/page-keys.ts). */
export function currentPageKeys(): PageKeys {
  return pageKeys(currentSite(), holder.engine);
}
