/**
 * Where the checked content of the site is kept while a process builds or serves it: on
 * `globalThis`, because two module graphs share it (see site-data.ts). This module only holds
 * and hands it over, so code that must stay light (the Markdown plugins) can look without loading.
 */
import type { SiteContent } from './content/site.ts';

const SHARED = Symbol.for('ne-evidence-site.checked-content');
type Holder = Record<symbol, SiteContent | undefined>;
const holder = globalThis as Holder;

/** The checked content, if this process has loaded it; never loads it. */
export function checkedContent(): SiteContent | undefined {
  return holder[SHARED];
}

export function keepCheckedContent(content: SiteContent | undefined): void {
  if (content) holder[SHARED] = content;
  else delete holder[SHARED];
}
