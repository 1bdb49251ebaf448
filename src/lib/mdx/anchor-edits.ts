/**
 * A chapter's anchor edits for the page pipeline: from the content check when it read this very
 * text (a build checks every chapter before Astro renders it), otherwise by annotating the
 * chapter now (in `astro dev`, or for a chapter changed since the check).
 */
import { checkedContent } from '../current-site.ts';
import type { SiteContent } from '../load/load-site.ts';
import { annotate, recordingEditor, type AnchorEdit } from './annotate.ts';
import { sourceKey } from './extract.ts';
import { parseMdx } from './parse.ts';
import { chapterNumber } from '../../schemas/chapter.ts';

const indexes = new WeakMap<SiteContent, Map<string, AnchorEdit[]>>();
const keyOf = (order: number | undefined, key: string): string => `${order ?? ''}:${key}`;

/** The edits the content check recorded for this text and chapter number, if it has run. */
export function checkedAnchorEdits(source: string, order: number | undefined): AnchorEdit[] | undefined {
  const content = checkedContent();
  if (!content) return undefined;
  let index = indexes.get(content);
  if (!index) {
    index = new Map(content.chapters.map((c) => [keyOf(chapterNumber(c.data), c.extract.sourceKey), c.extract.anchorEdits]));
    indexes.set(content, index);
  }
  return index.get(keyOf(order, sourceKey(source)));
}

/** Annotate the chapter afresh (only the anchors: none of the extractor's other reading). */
export function annotateSource(source: string, order: number | undefined, file: string): AnchorEdit[] {
  const parsed = parseMdx(file, source);
  // Sätteri reports the same syntax error itself, with its place.
  if (!parsed.ok) return [];
  const editor = recordingEditor();
  annotate(parsed.tree, { chapter: order, editor });
  return editor.edits();
}

export function anchorEditsFor(source: string, order: number | undefined, file: string): AnchorEdit[] {
  return checkedAnchorEdits(source, order) ?? annotateSource(source, order, file);
}
