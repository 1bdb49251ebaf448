/**
 * What a kind of addressable content declares, once: the MDX component editors write for it (if
 * any), how the chapter's numbering and anchors treat that component, and how its anchors are
 * recognised. The kind's own module adds what only it has (its extraction, index entries,
 * addresses and citations); src/lib/kinds/index.ts lists them all, and the checker, the
 * extractor, the anchors, the indexes, the permanent-link registry and the citations read it.
 */
import type { JsxElement } from '../mdx/jsx.ts';
import type { BlockKind, ChapterExtract, ExtractedComponent, Place, SectionRef, SiteContent } from '../model.ts';
import type { RuleId } from '../rules.ts';

export type KindName = 'heading' | 'paragraph' | 'numbered-item' | 'quote' | 'chart' | 'key-figure' | 'note' | 'slide';

/** What annotate lets a component's anchor function use (one per chapter). */
export interface AnchorScope {
  /** A heading-style id for text, unique on the page ("notes", "notes-1"). */
  slug(text: string): string;
  /** Counts one more of `kind` on the page, and says how many there are now (1 for the first). */
  next(kind: string): number;
  /** How many of `kind` the page has so far. */
  count(kind: string): number;
  /** The plain text of the element. */
  text(el: JsxElement): string;
  /** Run when the whole chapter is numbered (e.g. to give each slide the total). */
  atEnd(run: () => void): void;
  setAttribute(el: JsxElement, name: string, value: string): void;
}

/** What the extractor gives a component's extract function (one per element). */
export interface ExtractScope {
  file: string;
  publication: string;
  chapter: string;
  place: Place;
  /** Its attributes as written (an {expression}'s source). */
  attributes: Record<string, string>;
  /** Its plain text: paragraphs separated by a blank line. */
  text: string;
  /** The nearest heading above it. */
  heading: SectionRef['heading'];
  /** What the chapter's extract holds so far: the function adds to it. */
  out: Pick<ChapterExtract, 'recommendations' | 'quotes' | 'noteRefs'>;
  finding(rule: RuleId, message: string, fix: string): void;
}

export interface ComponentSpec {
  /** The component's name in MDX, e.g. "Quote". */
  name: string;
  /** Attributes an editor must write. */
  required: readonly string[];
  /** Every attribute an editor may write. */
  takes: readonly string[];
  /**
   * The attributes among `takes` that take a whole number, written in braces: number={4}. Any other
   * attribute takes text in quotes, by="…": braces there would be run as code when the page is built.
   */
  numbers?: readonly string[];
  /** Attributes annotate writes (ids, paragraph numbers): the build's, never an editor's. */
  setByBuild: readonly string[];
  /** How to write it, for messages. */
  example: string;
  /** What it is for, one line for EDITING.md's list of components. */
  use: string;
  /**
   * How the chapter's numbering treats it: 'transparent', its children are numbered as the
   * chapter's own blocks (a lead, a panel, a slide); 'block', it is one numbered block (a quote, a
   * numbered item); 'none', it is not numbered (a chart, a note reference).
   */
  numbering: 'transparent' | 'block' | 'none';
  /** For a numbered block: what kind of block it is in the chapter's numbering. */
  blockKind?: BlockKind;
  /** For a component that is also a heading of the page (a panel, a slide): its text and anchor. */
  heading?: (el: JsxElement, scope: AnchorScope) => { text: string; id: string };
  /** For a numbered block: its own anchor instead of para-<n> (undefined to keep para-<n>). */
  blockAnchor?: (el: JsxElement, scope: AnchorScope) => string | undefined;
  /** What the extractor reads from it for the indexes (a quote, a numbered item, a note number). */
  extract?: (el: JsxElement, scope: ExtractScope) => void;
}

export interface Kind {
  name: KindName;
  /** How messages name one: "paragraph", "quote". */
  noun: string;
  /** Anchor ids of this kind start with this ("para-", "quote-"); headings have none (any other id). */
  anchorPrefix?: string;
  /** Whether the permanent-link registry records its anchors (with the words they hold). */
  registered: boolean;
  /** The components editors write for it, if any. */
  components: readonly ComponentSpec[];
  /**
   * For a kind whose anchor one of its components makes on the page (a chart, a key figure): that
   * anchor and the words the registry remembers for it (its title), from the component as written.
   */
  componentAnchor?: (c: ExtractedComponent, names: Partial<Pick<SiteContent, 'datasets' | 'keyFigures'>>) => { id: string; text: string; what: string } | undefined;
}
