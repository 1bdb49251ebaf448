/**
 * Read one chapter's MDX with unified/remark and pull out what the indexes need:
 * recommendations, quotes, note references, headings and the components it uses.
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { Finding } from '../content-error.ts';
import { createHash } from 'node:crypto';
import { annotate, isRetiredAnchor, recordingEditor, type AnchorEdit } from './annotate.ts';
import { attributeValue, isJsxElement, numberAttribute, type JsxElement } from './jsx.ts';
import { parseMdx } from './parse.ts';

export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface SectionRef {
  /** The nearest heading above, or undefined at the top of the chapter. */
  heading?: { text: string; id: string } | undefined;
}

export interface ExtractedRecommendation extends SectionRef {
  publication: string;
  chapter: string;
  number: number;
  theme: string;
  text: string;
  chapterWording?: string | undefined;
  anchor: string;
  place: Place;
}

export interface ExtractedQuote extends SectionRef {
  publication: string;
  chapter: string;
  by: string;
  text: string;
  anchor: string;
  place: Place;
}

export interface ExtractedComponent {
  name: string;
  attributes: Record<string, string>;
  place: Place;
}

export interface ExtractedBlock {
  number: number;
  label?: string | undefined;
  id: string;
  kind: string;
  text: string;
  /** Line in the MDX file where the block starts. */
  line: number;
}

export interface ChapterExtract {
  blocks: ExtractedBlock[];
  recommendations: ExtractedRecommendation[];
  quotes: ExtractedQuote[];
  noteRefs: number[];
  headings: { depth: number; text: string; id: string; line: number }[];
  /** Anchors of paragraphs removed after publication, still on the page so old links land. */
  retired: { id: string; label?: string | undefined; line: number }[];
  components: ExtractedComponent[];
  /** Where annotate put each anchor, for the page pipeline to write the same (see AnchorEdit). */
  anchorEdits: AnchorEdit[];
  /** Which text the anchor edits are for: sourceKey() of the chapter's source. */
  sourceKey: string;
  findings: Finding[];
}

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
    blocks: blocks.map(({ number, label, id, kind, text, node }) => ({ number, label, id, kind, text: text.replace(/\s+/g, ' ').trim(), line: lineOf(node) })),
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
      out.components.push({ name: el.name ?? '', attributes, place });
      const finding = (rule: string, message: string, fix: string): void => {
        out.findings.push({ file: input.file, line: place.line, column: place.column, rule, message, fix, severity: 'error' });
      };

      if (el.name === 'Recommendation') {
        const number = numberAttribute(el, 'number');
        const theme = attributes['theme'];
        if (number === undefined || Number.isNaN(number) || number < 1) {
          finding('recommendation-number', `a <Recommendation> has no valid number (received ${JSON.stringify(attributes['number'] ?? null)})`, 'give it a whole number, e.g. <Recommendation number={4} theme="care-markets">');
        } else if (!theme) {
          finding('recommendation-theme', `recommendation ${number} has no theme`, 'add theme="…" with a theme id from src/content/themes.yaml');
        } else {
          out.recommendations.push({
            publication: input.publication,
            chapter: input.chapter,
            number,
            theme,
            text: textOf(el),
            chapterWording: attributes['chapterWording'],
            anchor: attributes['id'] ?? '',
            heading: current,
            place,
          });
        }
      } else if (el.name === 'Quote') {
        const by = attributes['by']?.trim();
        if (!by) {
          finding('quote-attribution', 'a <Quote> has no attribution', 'add by="…" with the speaker’s role exactly as the source gives it');
        } else {
          out.quotes.push({
            publication: input.publication,
            chapter: input.chapter,
            by,
            text: textOf(el),
            anchor: attributes['id'] ?? '',
            heading: current,
            place,
          });
        }
      } else if (el.name === 'NoteRef') {
        const n = numberAttribute(el, 'n');
        if (n === undefined || Number.isNaN(n) || n < 1) {
          finding('note-number', `a <NoteRef> has no valid note number (received ${JSON.stringify(attributes['n'] ?? null)})`, 'write the note number as n={12}');
        } else {
          out.noteRefs.push(n);
        }
      }
    }
    const children = (node as Partial<Parent>).children;
    if (children) for (const child of children) visit(child);
  };
  visit(tree);
  return out;
}
