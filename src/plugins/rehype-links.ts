/**
 * Rehype plugin for chapter HTML:
 * - every h2/h3 with an id gets a visible copy-link anchor beside it (outside the heading,
 *   so the heading's accessible name stays its text);
 * - root-relative links get the site's base path, so content works under a sub-path;
 * - external links open safely (rel="noopener noreferrer");
 * - every numbered paragraph, list and quotation starts with its number ("6.12"), a link to itself.
 */
import type { Root, Element, ElementContent, Parent } from 'hast';
import { toString } from 'hast-util-to-string';

export interface RehypeLinksOptions {
  base: string;
}

function isElement(node: unknown, tag?: string): node is Element {
  return typeof node === 'object' && node !== null && (node as Element).type === 'element' &&
    (tag === undefined || (node as Element).tagName === tag);
}

function anchorFor(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}` },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to the section “${text}”` }] },
    ],
  };
}

/** The visible paragraph number, a link to the paragraph itself. */
export function paragraphNumber(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['para-num'], href: `#${id}`, title: `Link to paragraph ${label}` },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'Paragraph ' }] },
      { type: 'text', value: label },
    ],
  };
}

export default function rehypeLinks({ base }: RehypeLinksOptions) {
  const prefix = base.replace(/\/$/, '');
  const visit = (parent: Parent): void => {
    parent.children.forEach((child, index) => {
      // MDX components (<Lead>, <Panel>, <Quote>…) hold markdown too: look inside them.
      if (!isElement(child)) {
        if ('children' in child && Array.isArray((child as Parent).children)) visit(child as Parent);
        return;
      }
      if (/^h[23]$/.test(child.tagName) && typeof child.properties['id'] === 'string' && !child.properties['dataNoAnchor']) {
        const id = child.properties['id'];
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper', `level-${child.tagName}`] },
          children: [child, anchorFor(id, toString(child))],
        };
        parent.children[index] = wrapper as ElementContent;
        return;
      }
      const label = child.properties['dataPara'];
      const id = child.properties['id'];
      if (typeof label === 'string' && typeof id === 'string') {
        if (['ul', 'ol', 'table'].includes(child.tagName)) {
          // A list or table cannot hold the number itself: wrap it, and move the anchor to the wrapper.
          delete child.properties['id'];
          delete child.properties['dataPara'];
          parent.children[index] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['numbered-block'], id, dataPara: label },
            children: [paragraphNumber(id, label), child],
          } as ElementContent;
          visit(child);
          return;
        }
        child.children.unshift(paragraphNumber(id, label));
      }
      if (child.tagName === 'a' && typeof child.properties['href'] === 'string') {
        const href = child.properties['href'];
        if (href.startsWith('/') && !href.startsWith('//') && prefix && !href.startsWith(`${prefix}/`)) {
          child.properties['href'] = `${prefix}${href}`;
        } else if (/^https?:\/\//.test(href)) {
          child.properties['rel'] = ['noopener', 'noreferrer'];
        }
      }
      visit(child);
    });
  };
  return (tree: Root): void => visit(tree);
}
