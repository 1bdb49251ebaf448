/**
 * Where the checked content of the site is kept while a process builds or serves it: on
 * `globalThis`, because two module graphs share it (see site-data.ts). This module only holds
 * and hands it over, so code that must stay light (the Markdown plugins) can look without loading.
 *
 * A build may hand over content that is still being checked (in a worker thread, while Astro
 * starts): then the first reader that needs it now waits for it, and readers that can wait are
 * given a promise.
 */
import type { SiteContent } from './content/site.ts';

/** Content that is being checked: wait() blocks until it is ready, ready resolves then. */
export interface PendingContent {
  wait(): SiteContent;
  ready: Promise<SiteContent>;
}

const SHARED = Symbol.for('ne-evidence-site.checked-content');
type Held = SiteContent | PendingContent | undefined;
type Holder = Record<symbol, Held>;
const holder = globalThis as Holder;

const isPending = (held: Held): held is PendingContent => held !== undefined && 'wait' in held;

/** The checked content, if this process has loaded it or is checking it (then waits); never loads it. */
export function checkedContent(): SiteContent | undefined {
  const held = holder[SHARED];
  if (!isPending(held)) return held;
  const content = held.wait();
  holder[SHARED] = content;
  return content;
}

/** The checked content once it is ready, without blocking; undefined if this process has none. */
export async function checkedContentWhenReady(): Promise<SiteContent | undefined> {
  const held = holder[SHARED];
  return isPending(held) ? held.ready : held;
}

export function keepCheckedContent(content: SiteContent | PendingContent | undefined): void {
  if (content) holder[SHARED] = content;
  else delete holder[SHARED];
}
