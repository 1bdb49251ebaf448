/**
 * A chapter's anchor edits for the page pipeline: from the content check when it read this very
 * text (a build checks every chapter before Astro renders it), otherwise by reading the chapter
 * now (in `astro dev`, or for a chapter changed since the check).
 */
import { checkedContent } from '../checked-content.ts';
import type { SiteContent } from '../content/site.ts';
import type { AnchorEdit } from './annotate.ts';
import { parseAndExtract, sourceKey } from './extract.ts';

const indexes = new WeakMap<SiteContent, Map<string, AnchorEdit[]>>();
const keyOf = (order: number | undefined, key: string): string => `${order ?? ''}:${key}`;

export function anchorEditsFor(source: string, order: number | undefined, file: string): AnchorEdit[] {
  const key = keyOf(order, sourceKey(source));
  const content = checkedContent();
  if (content) {
    let index = indexes.get(content);
    if (!index) {
      index = new Map(content.chapters.map((c) => [keyOf(c.data.order, c.extract.sourceKey), c.extract.anchorEdits]));
      indexes.set(content, index);
    }
    const checked = index.get(key);
    if (checked) return checked;
  }
  return parseAndExtract({ file, source, order, publication: '', chapter: '' }).anchorEdits;
}
