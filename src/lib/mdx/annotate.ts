/**
 * Give every heading, quote and recommendation of a chapter its stable anchor.
 * The same function runs in the Astro pipeline (so the page has the ids) and in the
 * extractor (so indexes link to exactly those ids): one source of truth for anchors.
 */
import type { Root, Heading } from 'mdast';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import { createSlugger, quoteAnchor, recommendationAnchor } from '../slug.ts';
import { attributeValue, isJsxElement, numberAttribute, setAttribute, type JsxElement } from './jsx.ts';

/** Ids the chapter page itself uses; content anchors never take them. */
export const RESERVED_IDS = ['main', 'contents', 'notes', 'editorial-notes', 'top', 'chapter-title'];

export interface AnchoredHeading {
  depth: number;
  text: string;
  id: string;
  /** The markdown heading, or the <Panel> whose title acts as a heading. */
  node: Node;
}

export interface Annotation {
  headings: AnchoredHeading[];
}

function walk(node: Node, visit: (node: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
  visit(node, ancestors);
  const children = (node as Partial<Parent>).children;
  if (children) for (const child of children) walk(child, visit, [...ancestors, node]);
}

export function annotate(tree: Root): Annotation {
  const slug = createSlugger();
  for (const id of RESERVED_IDS) slug(id);
  const quoteIds = new Map<string, number>();
  const headings: AnchoredHeading[] = [];

  walk(tree, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const text = toString(heading);
      const id = slug(text);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      headings.push({ depth: heading.depth, text, id, node: heading });
      return;
    }
    if (!isJsxElement(node)) return;
    const el = node as JsxElement;
    if (el.name === 'Panel') {
      const text = attributeValue(el, 'title') ?? '';
      const id = slug(text);
      setAttribute(el, 'id', id);
      headings.push({ depth: 2, text, id, node: el });
    } else if (el.name === 'Quote') {
      const base = quoteAnchor(toString(el));
      const seen = quoteIds.get(base) ?? 0;
      quoteIds.set(base, seen + 1);
      setAttribute(el, 'id', seen === 0 ? base : `${base}-${seen + 1}`);
    } else if (el.name === 'Recommendation') {
      const n = numberAttribute(el, 'number');
      if (n !== undefined && Number.isInteger(n)) setAttribute(el, 'id', recommendationAnchor(n));
    }
  });
  return { headings };
}
