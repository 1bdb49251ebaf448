/**
 * Sätteri hast plugin: the anchors and numbers of a chapter's page.
 * - Headings, paragraphs, lists, quotes and recommendations get the ids and paragraph numbers the
 *   indexes use. annotate() ran once, in the extractor, and recorded where each goes (AnchorEdit,
 *   by source offset); this writes the same into the page. Every recorded edit must land on the
 *   element it names, or the build stops: a page never has anchors that differ from the indexes'.
 * - Every h2/h3 gets a visible copy-link anchor beside it (outside the heading, so the heading's
 *   accessible name stays its text).
 * - Every numbered paragraph, list and quotation starts with its number ("6.12"), a link to itself.
 * One pass over the elements concerned; it runs after linksHast (see there).
 */
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import type { AnchorEdit } from '../lib/model.ts';
import { COMPONENTS } from '../lib/kinds/index.ts';
import { anchorEditsFor } from '../lib/mdx/anchor-edits.ts';

type EditsFor = (source: string, order: number | undefined, file: string) => AnchorEdit[];

/** The components annotate gives attributes to (ids, paragraph numbers): those with attributes set by the build. */
const ANNOTATED_COMPONENTS = [...COMPONENTS.values()].filter((c) => c.setByBuild.length > 0).map((c) => c.name);

/** The elements annotate numbers or names; the visitor is called for these tags only. */
const TAGS = ['p', 'ul', 'ol', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function headingLink(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Kept out of the search index (data-pagefind-ignore): its hidden words would show in excerpts.
    properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to the section “${text}”` }] },
    ],
  };
}

/** The visible paragraph number, a link to the paragraph itself. */
function paragraphNumber(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Shown and clickable, but kept out of the search index: "Paragraph 6.1" is no search result's text.
    properties: { className: ['para-num'], href: `#${id}`, title: `Link to paragraph ${label}`, dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'Paragraph ' }] },
      { type: 'text', value: label },
    ],
  };
}

export function annotateHast(editsFor: EditsFor = anchorEditsFor): HastPluginEntry {
  return (factory: PluginFactoryContext) => {
    const frontmatter = (factory.data as { astro?: { frontmatter?: { order?: unknown; number?: unknown } } }).astro?.frontmatter;
    // The chapter's number in its paragraphs' numbers: its `number` if it has one, else its `order`.
    const order = typeof frontmatter?.number === 'number' ? frontmatter.number : typeof frontmatter?.order === 'number' ? frontmatter.order : undefined;
    const where = factory.fileURL ? fileURLToPath(factory.fileURL) : 'a chapter';
    const pending = new Map(editsFor(factory.source, order, where).map((edit) => [edit.offset, edit]));
    const take = (node: { readonly position?: { readonly start: { readonly offset?: number | undefined } } | undefined }): AnchorEdit | undefined => {
      const offset = node.position?.start.offset;
      const edit = offset === undefined ? undefined : pending.get(offset);
      if (edit) pending.delete(edit.offset);
      return edit;
    };
    const lineOf = (offset: number): number => factory.source.slice(0, offset).split('\n').length;
    const what = (edit: AnchorEdit): string => (edit.element ? `<${edit.element.tagName}>` : edit.component ? `<${edit.component.name}>` : 'a removed paragraph');
    // The indexes read the chapter with remark, the page with Sätteri: where they read a block
    // differently, the page would have other anchors than the indexes link to.
    const FIX = 'put each component (<Quote>, <Recommendation>, <Panel>…) on lines of its own, with a blank line before and after it, and leave a blank line around tables and lists';
    const misplaced = (edit: AnchorEdit, found: string): never => {
      throw new Error(`${where}:${lineOf(edit.offset)}: the indexes read ${what(edit)} here, but the page reads ${found}. Fix: ${FIX}. (Anchor recorded at offset ${edit.offset}.)`);
    };
    return {
      name: 'annotate',
      options: { position: true },
      element: {
        filter: TAGS,
        visit(node, ctx) {
          const edit = take(node);
          if (!edit) return;
          if (edit.element?.tagName !== node.tagName) misplaced(edit, `<${node.tagName}>`);
          const { id, dataPara: label } = edit.element!.properties;
          if (id === undefined) return;
          if (node.tagName === 'h2' || node.tagName === 'h3') {
            ctx.setProperty(node, 'id', id);
            ctx.wrapNode(node, {
              type: 'element',
              tagName: 'div',
              properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
              children: [headingLink(id, ctx.textContent(node))],
            });
          } else if (label === undefined) {
            ctx.setProperty(node, 'id', id);
          } else if (node.tagName === 'p' || node.tagName === 'blockquote') {
            ctx.setProperty(node, 'id', id);
            ctx.setProperty(node, 'dataPara', label);
            ctx.prependChild(node, paragraphNumber(id, label));
          } else {
            // A list or table cannot hold the number itself: a wrapper holds it, and the anchor.
            ctx.replaceNode(node, {
              type: 'element',
              tagName: 'div',
              properties: { className: ['numbered-block'], id, dataPara: label },
              children: [paragraphNumber(id, label), { ...node }],
            });
          }
        },
      },
      mdxJsxFlowElement: {
        filter: ANNOTATED_COMPONENTS,
        visit(node, ctx) {
          const edit = take(node);
          if (!edit) return;
          if (edit.component?.name !== node.name) misplaced(edit, `<${node.name ?? ''}>`);
          for (const [name, value] of Object.entries(edit.component!.attributes)) ctx.setProperty(node, name, value);
        },
      },
      // A {/* removed */} marker: the empty anchor that keeps the removed paragraph's old links landing here.
      mdxFlowExpression(node, ctx) {
        const edit = take(node);
        if (!edit) return;
        if (edit.retired === undefined) misplaced(edit, 'a {…} expression');
        ctx.replaceNode(node, {
          type: 'mdxJsxFlowElement',
          name: 'span',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'id', value: edit.retired! },
            { type: 'mdxJsxAttribute', name: 'class', value: 'retired-anchor' },
          ],
          children: [],
        } as never);
      },
      after() {
        if (pending.size > 0) {
          const first = [...pending.values()][0]!;
          throw new Error(`${where}:${lineOf(first.offset)}: the indexes read ${what(first)} here, but the page has no such block (${pending.size} anchor(s) in this chapter found no place on the page). Fix: ${FIX}. (Anchor recorded at offset ${first.offset}.)`);
        }
      },
    };
  };
}
