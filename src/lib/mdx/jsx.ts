/** Small helpers for reading and writing MDX JSX elements in an mdast tree. */
import type { Node } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function findAttribute(el: JsxElement, name: string): MdxJsxAttribute | undefined {
  return el.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
}

export function hasAttribute(el: JsxElement, name: string): boolean {
  return findAttribute(el, name) !== undefined;
}

/** The attribute's value as written: a string literal, or the source of an {expression}. */
export function attributeValue(el: JsxElement, name: string): string | undefined {
  const attr = findAttribute(el, name);
  if (!attr) return undefined;
  if (attr.value === null || attr.value === undefined) return '';
  if (typeof attr.value === 'string') return attr.value;
  return attr.value.value.trim();
}

/** A numeric attribute such as number={4}; NaN when present but not a whole number. */
export function numberAttribute(el: JsxElement, name: string): number | undefined {
  const raw = attributeValue(el, name);
  if (raw === undefined) return undefined;
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

export function setAttribute(el: JsxElement, name: string, value: string): void {
  const existing = findAttribute(el, name);
  if (existing) existing.value = value;
  else el.attributes.push({ type: 'mdxJsxAttribute', name, value });
}
