/**
 * Sätteri mdast plugin: gives headings, paragraphs, quotes and recommendations the anchors and
 * numbers the indexes use, by running the same annotate() as the extractor on Sätteri's tree.
 * Sätteri's tree is read-only: annotate writes through the plugin context instead.
 */
import type { HastPluginEntry, MdastPluginEntry, MdastVisitorContext } from 'satteri';
import type { Node } from 'unist';
import { ANNOTATED_COMPONENTS, annotate, type TreeEditor } from '../lib/mdx/annotate.ts';

type Target = Parameters<MdastVisitorContext['setProperty']>[0];

/** Component attributes annotate set, by the element's start offset in the source, for the hast pass. */
type PendingAttributes = Map<number, Record<string, string>>;
const PENDING = 'annotateComponentAttributes';

function contextEditor(ctx: MdastVisitorContext, pending: PendingAttributes): TreeEditor {
  return {
    setHtml(node, properties) {
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      ctx.setProperty(node as Target, 'data', { ...data, hProperties: { ...data.hProperties, ...properties } });
    },
    // Sätteri cannot change a component's attributes in the mdast pass; the hast pass sets them.
    setAttribute(el, name, value) {
      const offset = el.position?.start.offset;
      if (offset === undefined) throw new Error(`annotate: <${el.name}> has no source position`);
      pending.set(offset, { ...pending.get(offset), [name]: value });
    },
    retire(marker: Node, id: string) {
      ctx.replaceNode(marker as Target, {
        type: 'mdxJsxFlowElement',
        name: 'span',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'id', value: id },
          { type: 'mdxJsxAttribute', name: 'class', value: 'retired-anchor' },
        ],
        children: [],
      } as never);
    },
  };
}

/** The mdast pass: number the chapter's blocks and give them their ids. */
export function annotateMdast(): MdastPluginEntry {
  return {
    name: 'annotate',
    options: { position: true },
    before(root, ctx) {
      const frontmatter = (ctx.data as { astro?: { frontmatter?: { order?: unknown } } }).astro?.frontmatter;
      const order = typeof frontmatter?.order === 'number' ? frontmatter.order : undefined;
      const pending: PendingAttributes = new Map();
      (ctx.data as Record<string, unknown>)[PENDING] = pending;
      annotate(root as never, { chapter: order, editor: contextEditor(ctx, pending) });
    },
  };
}

/** The hast pass: set the component attributes (id, para, number, total) the mdast pass chose. */
export function annotateHast(): HastPluginEntry {
  return {
    name: 'annotate-components',
    options: { position: true },
    mdxJsxFlowElement: {
      filter: [...ANNOTATED_COMPONENTS],
      visit(node, ctx) {
        const pending = (ctx.data as Record<string, unknown>)[PENDING] as PendingAttributes | undefined;
        const offset = node.position?.start.offset;
        const attributes = offset === undefined ? undefined : pending?.get(offset);
        if (offset !== undefined) pending?.delete(offset);
        for (const [name, value] of Object.entries(attributes ?? {})) ctx.setProperty(node, name, value);
      },
    },
    // Every component annotate numbered must have received its anchor: never publish one without.
    after(_root, ctx) {
      const pending = (ctx.data as Record<string, unknown>)[PENDING] as PendingAttributes | undefined;
      if (pending && pending.size > 0) {
        const where = ctx.fileURL ? ctx.fileURL.pathname : 'a chapter';
        throw new Error(`${where}: ${pending.size} component(s) lost their anchors between the mdast and hast passes (source offsets ${[...pending.keys()].join(', ')})`);
      }
    },
  };
}
