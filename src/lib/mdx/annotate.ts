/**
 * Give every heading, paragraph, list, quote and recommendation of a chapter its stable anchor.
 * It runs once per chapter, in the extractor (so the indexes link to these ids), which records
 * where each anchor went (AnchorEdit); the page pipeline writes the same ids into the page from
 * that record (src/plugins/satteri-annotate.ts): one source of truth for anchors.
 */
import type { Root, Heading } from 'mdast';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import { createSlugger } from '../slug.ts';
import { attributeValue, isJsxElement, setAttribute, type JsxElement } from './jsx.ts';
import { COMPONENTS } from '../kinds/index.ts';
import { paragraphAnchor } from '../kinds/paragraph.ts';
import type { AnchorScope } from '../kinds/kind.ts';
import type { AnchorEdit, BlockKind } from '../model.ts';

export type { AnchorEdit };

/** Ids the chapter page itself uses; content anchors never take them. */
export const RESERVED_IDS = ['main', 'contents', 'notes', 'editorial-notes', 'top', 'chapter-title'];

export interface AnchoredHeading {
  depth: number;
  text: string;
  id: string;
  /** The markdown heading, or the <Panel> whose title acts as a heading. */
  node: Node;
}

/** A numbered block of the chapter: paragraph, list, quotation or recommendation. */
export interface AnchoredBlock {
  number: number;
  /** The number readers see and cite, "chapter.paragraph" (e.g. "6.12"), when the chapter number is known. */
  label?: string | undefined;
  id: string;
  kind: BlockKind;
  text: string;
  node: Node;
}

export interface Annotation {
  headings: AnchoredHeading[];
  blocks: AnchoredBlock[];
  /** Anchors of paragraphs removed after publication ({/* removed *\/}): kept so old links still land there. */
  retired: { id: string; label?: string | undefined; line: number }[];
}

/**
 * Markers an editor writes between paragraphs so that published numbers never change:
 * {/* inserted *\/} before a new paragraph numbers it after the one above (6.12a, 6.12b…);
 * {/* removed *\/} where a published paragraph was keeps its number (and its anchor) taken.
 */
export function numberingMarker(node: Node): 'inserted' | 'removed' | undefined {
  if (node.type !== 'mdxFlowExpression') return undefined;
  const m = /^\s*\/\*\s*(inserted|removed)\s*\*\/\s*$/.exec(String((node as { value?: unknown }).value ?? ''));
  return m ? (m[1] as 'inserted' | 'removed') : undefined;
}

/** The empty anchor left where a published paragraph was removed (made by annotate, not written by editors). */
export function isRetiredAnchor(node: Node): boolean {
  return isJsxElement(node) && node.name === 'span' && attributeValue(node, 'class') === 'retired-anchor';
}

/**
 * How annotate writes its anchors into the tree: by default it edits the (mutable) tree in place;
 * the extractor also records each edit (recordingEditor).
 */
export interface TreeEditor {
  /** Set HTML attributes (hast property names, e.g. dataPara) on the element a node becomes. */
  setHtml(node: Node, properties: Record<string, string>): void;
  /** Set an attribute of an MDX component, e.g. id="…" on a <Quote>. */
  setAttribute(el: JsxElement, name: string, value: string): void;
  /** Put an empty anchor <span id class="retired-anchor"> where a {/* removed *\/} marker is. */
  retire(marker: Node, id: string): void;
}

/** Edits an mdast tree in place (unified's trees are mutable). */
export const mutableTreeEditor: TreeEditor = {
  setHtml(node, properties) {
    const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
    node.data = { ...data, hProperties: { ...data.hProperties, ...properties } } as Node['data'];
  },
  setAttribute,
  retire(marker, id) {
    const el = marker as unknown as Record<string, unknown>;
    delete el['value']; delete el['data'];
    Object.assign(el, { type: 'mdxJsxFlowElement', name: 'span', attributes: [], children: [] });
    setAttribute(marker as JsxElement, 'id', id);
    setAttribute(marker as JsxElement, 'class', 'retired-anchor');
  },
};

/** The HTML element an mdast block becomes. */
function tagNameOf(node: Node): string {
  if (node.type === 'heading') return `h${(node as Heading).depth}`;
  if (node.type === 'list') return (node as { ordered?: boolean | null }).ordered ? 'ol' : 'ul';
  if (node.type === 'paragraph') return 'p';
  return node.type;
}

/**
 * An editor that writes through `inner` and also records each edit as an AnchorEdit. Call
 * `edits()` afterwards for them in source order.
 */
export function recordingEditor(inner: TreeEditor = mutableTreeEditor): TreeEditor & { edits(): AnchorEdit[] } {
  const byOffset = new Map<number, AnchorEdit>();
  const at = (node: Node): AnchorEdit => {
    const offset = node.position?.start.offset;
    if (offset === undefined) throw new Error(`annotate: a ${node.type} has no source position`);
    let edit = byOffset.get(offset);
    if (!edit) byOffset.set(offset, (edit = { offset }));
    return edit;
  };
  return {
    setHtml(node, properties) {
      const edit = at(node);
      edit.element = { tagName: tagNameOf(node), properties: { ...edit.element?.properties, ...properties } };
      inner.setHtml(node, properties);
    },
    setAttribute(el, name, value) {
      const edit = at(el);
      edit.component = { name: el.name ?? '', attributes: { ...edit.component?.attributes, [name]: value } };
      inner.setAttribute(el, name, value);
    },
    retire(marker, id) {
      at(marker).retired = id;
      inner.retire(marker, id);
    },
    edits: () => [...byOffset.values()].sort((a, b) => a.offset - b.offset),
  };
}

export interface AnnotateOptions {
  /** The chapter's number (its order in the publication), for paragraph labels such as "6.12". */
  chapter?: number | undefined;
  /** Where the anchors are written; by default the tree is edited in place. */
  editor?: TreeEditor;
}

export function annotate(tree: Root, options: AnnotateOptions = {}): Annotation {
  const slug = createSlugger();
  for (const id of RESERVED_IDS) slug(id);
  const counts = new Map<string, number>();
  const atEnd: (() => void)[] = [];
  const headings: AnchoredHeading[] = [];
  const blocks: AnchoredBlock[] = [];
  const retired: Annotation['retired'] = [];
  // The number of the last numbered block, and the letter of an inserted one after it ("" for none).
  let counter = 0;
  let suffix = '';
  let inserting = false;
  const labelOf = (n: string): string | undefined => (options.chapter === undefined ? undefined : `${options.chapter}.${n}`);
  const nextSuffix = (s: string): string => (s === '' ? 'a' : String.fromCharCode(s.charCodeAt(0) + 1));

  const block = (node: Node, kind: AnchoredBlock['kind'], id?: string): { id: string; label?: string | undefined } => {
    if (inserting && counter > 0) suffix = nextSuffix(suffix);
    else { counter += 1; suffix = ''; }
    inserting = false;
    const anchor = id ?? paragraphAnchor(`${counter}${suffix}`);
    const label = labelOf(`${counter}${suffix}`);
    // The text is read only by the extractor: the page pipeline never pays for walking it.
    blocks.push({ number: counter, label, id: anchor, kind, get text() { return toString(node); }, node });
    return { id: anchor, label };
  };

  const editor = options.editor ?? mutableTreeEditor;
  const setHtml = editor.setHtml;
  const scope: AnchorScope = {
    slug,
    next: (kind) => { const n = (counts.get(kind) ?? 0) + 1; counts.set(kind, n); return n; },
    count: (kind) => counts.get(kind) ?? 0,
    text: (el) => toString(el),
    atEnd: (run) => { atEnd.push(run); },
    setAttribute: (el, name, value) => editor.setAttribute(el, name, value),
  };

  const visit = (children: readonly Node[]): void => {
    for (const node of children) {
      const marker = numberingMarker(node);
      if (marker === 'inserted') inserting = true;
      if (marker === 'removed') {
        // The removed paragraph's number stays taken; an empty anchor keeps its old links landing here.
        counter += 1; suffix = ''; inserting = false;
        const id = paragraphAnchor(String(counter));
        retired.push({ id, label: labelOf(String(counter)), line: node.position?.start.line ?? 1 });
        editor.retire(node, id);
        continue;
      }
      if (node.type === 'heading') {
        const heading = node as Heading;
        const text = toString(heading);
        const id = slug(text);
        setHtml(heading, { id });
        headings.push({ depth: heading.depth, text, id, node: heading });
      } else if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote' || node.type === 'table') {
        const { id, label } = block(node, node.type as AnchoredBlock['kind']);
        setHtml(node, label ? { id, dataPara: label } : { id });
      } else if (isJsxElement(node)) {
        const el = node as JsxElement;
        const spec = el.name ? COMPONENTS.get(el.name) : undefined;
        if (!spec) continue;
        if (spec.heading) {
          const { text, id } = spec.heading(el, scope);
          editor.setAttribute(el, 'id', id);
          headings.push({ depth: 2, text, id, node: el });
        }
        if (spec.numbering === 'transparent') {
          visit(el.children);
        } else if (spec.numbering === 'block') {
          const id = spec.blockAnchor?.(el, scope);
          if (id) editor.setAttribute(el, 'id', id);
          const { label } = block(el, spec.blockKind ?? 'paragraph', id);
          if (label) editor.setAttribute(el, 'para', label);
        }
      }
    }
  };
  visit((tree as Parent).children);
  for (const run of atEnd) run();
  return { headings, blocks, retired };
}
