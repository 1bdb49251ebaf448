/**
 * Read one chapter's MDX with unified/remark and pull out what the indexes need:
 * recommendations, quotes, note references, headings and the components it uses.
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import { createHash } from 'node:crypto';
import { finding } from '../findings.ts';
import { annotate, isRetiredAnchor, recordingEditor } from './annotate.ts';
import { attributeValue, isJsxElement, type JsxElement } from './jsx.ts';
import { parseMdx } from './parse.ts';
import { COMPONENTS } from '../kinds/index.ts';
import { curlyApostrophes } from '../typography.ts';
import type { ChapterExtract, ExtractedComponent, Place, SectionRef } from '../model.ts';

export type { ChapterExtract };

/**
 * A key for a chapter's text that is the same whether the frontmatter is there or blanked out
 * with spaces (as Astro hands the text to Sätteri): where the text after the frontmatter starts
 * (anchor edits are by offset), and a hash of that text.
 */
export function sourceKey(source: string): string {
  // Offsets are counted without a byte-order mark, by both parsers.
  const text = source.replace(/^\uFEFF/, '');
  const body = text.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/, '').trimStart();
  return `${text.length - body.length}:${createHash('sha256').update(body).digest('base64url')}`;
}

export interface ChapterSource {
  /** The chapter's order in its publication, for paragraph numbers "order.n". */
  order?: number | undefined;
  file: string;
  source: string;
  publication: string;
  chapter: string;
}

function placeOf(file: string, node: Node): Place {
  return { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The attributes written in braces, with their code and place (see ExtractedComponent.code). */
function codeAttributes(el: JsxElement, fallback: Place): NonNullable<ExtractedComponent['code']> {
  const out: NonNullable<ExtractedComponent['code']> = [];
  for (const attr of el.attributes) {
    const at = { line: attr.position?.start.line ?? fallback.line, column: attr.position?.start.column ?? fallback.column };
    if (attr.type === 'mdxJsxExpressionAttribute') out.push({ name: '...', code: attr.value.trim(), ...at });
    else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') out.push({ name: attr.name, code: attr.value.value.trim(), ...at });
  }
  return out;
}

function allAttributes(el: JsxElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of el.attributes) {
    if (attr.type === 'mdxJsxAttribute') out[attr.name] = attributeValue(el, attr.name) ?? '';
  }
  return out;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'mdxJsxTextElement', 'mdxTextExpression', 'html']);

/** Plain text of an element's children: paragraphs separated by a blank line, inline content as written. */
function textOf(el: JsxElement): string {
  if (el.children.every((child) => PHRASING.has(child.type))) return toString(el).replace(/\s+/g, ' ').trim();
  const blocks = el.children.map((child) => toString(child).replace(/\s+/g, ' ').trim());
  return blocks.filter(Boolean).join('\n\n');
}

/** Nodes whose children are read apart: list items, table cells, paragraphs of a quotation. */
const READ_APART = new Set(['list', 'listItem', 'table', 'tableRow', 'blockquote', 'mdxJsxFlowElement']);

/**
 * A block's text as a reader reads it, for the published full text and search: list items and
 * table cells apart, each note reference as a marker where it stands ("…in 2019/20.[20]").
 */
function readableText(node: Node): string {
  const walk = (n: Node): string => {
    if (isJsxElement(n) && n.name === 'NoteRef') return `[${attributeValue(n, 'n') ?? ''}]`;
    if ('value' in n && typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode')) return n.value;
    const children = (n as Partial<Parent>).children;
    return children ? children.map(walk).join(READ_APART.has(n.type) ? ' ' : '') : '';
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

export function parseAndExtract(input: ChapterSource): ChapterExtract {
  const parsed = parseMdx(input.file, input.source);
  if (!parsed.ok) {
    return { blocks: [], recommendations: [], quotes: [], noteRefs: [], headings: [], retired: [], components: [], anchorEdits: [], sourceKey: sourceKey(input.source), findings: [parsed.finding] };
  }
  return extractFromTree(parsed.tree, input);
}

export function extractFromTree(tree: Root, input: ChapterSource): ChapterExtract {
  const editor = recordingEditor();
  const { headings, blocks, retired } = annotate(tree, { chapter: input.order, editor });
  const lineOf = (node: Node): number => node.position?.start.line ?? 1;
  const out: ChapterExtract = {
    blocks: blocks.map(({ number, label, id, kind, text, node }) => {
      const plain = text.replace(/\s+/g, ' ').trim();
      const readable = readableText(node);
      return { number, label, id, kind, text: plain, ...(readable !== plain ? { readable } : {}), line: lineOf(node) };
    }),
    retired,
    recommendations: [],
    quotes: [],
    noteRefs: [],
    headings: headings.map(({ depth, text, id, node }) => ({ depth, text, id, line: lineOf(node) })),
    components: [],
    anchorEdits: editor.edits(),
    sourceKey: sourceKey(input.source),
    findings: [],
  };
  let current: SectionRef['heading'];

  const visit = (node: Node): void => {
    const h = headings.find((candidate) => candidate.node === node);
    if (h) current = { text: h.text, id: h.id };
    if (isJsxElement(node) && !isRetiredAnchor(node)) {
      const el = node as JsxElement;
      const place = placeOf(input.file, el);
      const attributes = allAttributes(el);
      const code = codeAttributes(el, place);
      out.components.push({ name: el.name ?? '', attributes, place, ...(code.length > 0 ? { code } : {}) });
      COMPONENTS.get(el.name ?? '')?.extract?.(el, {
        file: input.file,
        publication: input.publication,
        chapter: input.chapter,
        place,
        attributes,
        get text() { return curlyApostrophes(textOf(el)); },
        heading: current,
        out,
        finding: (rule, message, fix) => { out.findings.push(finding(input.file, place.line, rule, message, fix, place.column)); },
      });
    }
    const children = (node as Partial<Parent>).children;
    if (children) for (const child of children) visit(child);
  };
  visit(tree);
  return out;
}
