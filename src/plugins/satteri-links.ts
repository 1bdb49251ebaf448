/**
 * Sätteri hast plugin for chapter HTML:
 * - every h2/h3 with an id gets a visible copy-link anchor beside it (outside the heading,
 *   so the heading's accessible name stays its text);
 * - every numbered paragraph, list and quotation starts with its number ("6.12"), a link to itself;
 * - root-relative links get the site's base path, so content works under a sub-path;
 * - external links open safely (rel="noopener noreferrer").
 */
import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';

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

export interface SatteriLinksOptions {
  base: string;
}

/** Root-relative links get the base path; external links open safely. */
export function linksHast({ base }: SatteriLinksOptions): HastPluginEntry {
  const prefix = base.replace(/\/$/, '');
  return {
    name: 'links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string') return;
        if (href.startsWith('/') && !href.startsWith('//') && prefix && !href.startsWith(`${prefix}/`)) {
          ctx.setProperty(node, 'href', `${prefix}${href}`);
        } else if (/^https?:\/\//.test(href)) {
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        }
      },
    },
  };
}

/**
 * Heading links and paragraph numbers. A separate pass from linksHast, which must run first:
 * a list replaced here would drop edits to links inside it made in the same pass.
 */
export function anchorsHast(): HastPluginEntry {
  return {
    name: 'anchors',
    element: [
      {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const id = node.properties?.['id'];
          if (typeof id !== 'string' || node.properties?.['dataNoAnchor']) return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
            children: [anchorFor(id, ctx.textContent(node))],
          });
        },
      },
      {
        filter: ['p', 'blockquote', 'ul', 'ol', 'table'],
        visit(node, ctx) {
          const label = node.properties?.['dataPara'];
          const id = node.properties?.['id'];
          if (typeof label !== 'string' || typeof id !== 'string') return;
          if (node.tagName === 'p' || node.tagName === 'blockquote') {
            ctx.prependChild(node, paragraphNumber(id, label));
            return;
          }
          // A list or table cannot hold the number itself: wrap it, and move the anchor to the wrapper.
          const { id: _id, dataPara: _label, ...properties } = node.properties;
          ctx.replaceNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['numbered-block'], id, dataPara: label },
            children: [paragraphNumber(id, label), { ...node, properties }],
          });
        },
      },
    ],
  };
}
