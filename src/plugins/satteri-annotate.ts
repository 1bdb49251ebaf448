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
import { checkedContent } from '../lib/current-site.ts';
import { changeMarks, type ChangeMark } from '../lib/history/site-history.ts';

type EditsFor = (source: string, order: number | undefined, file: string) => AnchorEdit[];
/** The blocks of a chapter (by its file) that changed after publication, with where their history is. */
type ChangesFor = (file: string) => ReadonlyMap<string, ChangeMark>;

/** By default, the checked content's history (none where the content has not been checked in this process). */
export function changesInCheckedContent(base: string): ChangesFor {
  return (file) => {
    const site = checkedContent();
    return site ? changeMarks(site, file, base) : new Map();
  };
}

/** "Changed on 3 December 2026", a link to the change on the publication's history page. */
function changeLink(mark: ChangeMark): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['para-changed'], href: mark.href, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: 'Changed on ' }, { type: 'element', tagName: 'time', properties: { dateTime: mark.date }, children: [{ type: 'text', value: mark.shown }] }],
  };
}

/** The components annotate gives attributes to (ids, paragraph numbers): those with attributes set by the build. */
const ANNOTATED_COMPONENTS = [...COMPONENTS.values()].filter((c) => c.setByBuild.length > 0).map((c) => c.name);

/** The elements annotate numbers or names; the visitor is called for these tags only. */
const TAGS = ['p', 'ul', 'ol', 'blockquote', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td'];

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

export function annotateHast(editsFor: EditsFor = anchorEditsFor, changesFor: ChangesFor = changesInCheckedContent('/')): HastPluginEntry {
  return (factory: PluginFactoryContext) => {
    const frontmatter = (factory.data as { astro?: { frontmatter?: { order?: unknown; number?: unknown } } }).astro?.frontmatter;
    // The chapter's number in its paragraphs' numbers: its `number` if it has one, else its `order`.
    const order = typeof frontmatter?.number === 'number' ? frontmatter.number : typeof frontmatter?.order === 'number' ? frontmatter.order : undefined;
    const where = factory.fileURL ? fileURLToPath(factory.fileURL) : 'a chapter';
    const pending = new Map(editsFor(factory.source, order, where).map((edit) => [edit.offset, edit]));
    const changed = changesFor(where);
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
          // A table's cells end with a space, so text read from the page (search excerpts) keeps them apart.
          if (node.tagName === 'td' || node.tagName === 'th') {
            ctx.appendChild(node, { type: 'text', value: ' ' });
            return;
          }
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
            // The number first, then a change's mark (Sätteri applies prepends in the order given).
            ctx.prependChild(node, paragraphNumber(id, label));
            const mark = changed.get(id);
            if (mark) ctx.prependChild(node, changeLink(mark));
          } else {
            // A list or table cannot hold the number itself: a wrapper holds it, and the anchor.
            ctx.replaceNode(node, {
              type: 'element',
              tagName: 'div',
              properties: { className: ['numbered-block'], id, dataPara: label },
              children: [paragraphNumber(id, label), ...(changed.get(id) ? [changeLink(changed.get(id)!)] : []), { ...node }],
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
          const mark = edit.component!.attributes['id'] === undefined ? undefined : changed.get(edit.component!.attributes['id']);
          if (mark) {
            ctx.setProperty(node, 'changedOn', mark.date);
            ctx.setProperty(node, 'changedShown', mark.shown);
            ctx.setProperty(node, 'changedHref', mark.href);
          }
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
