/**
 * The content model: what the loader (src/lib/load/) makes of a site's files, and everything
 * later reads (checks, indexes, citations, pages). Types only.
 */
import type { Finding } from './findings.ts';
import type { Theme } from '../schemas/theme.ts';
import type { Publication } from '../schemas/publication.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { Coverage, PressRoom } from '../schemas/coverage.ts';
import type { Dataset, KeyFigure } from '../schemas/dataset.ts';
import type { NumberedItemWords, PublicationFormat, SiteConfig, ThemeKind } from '../schemas/site.ts';
import type { ProgressStatus } from '../schemas/progress.ts';

/** Where something is written in a content file. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface SectionRef {
  /** The nearest heading above, or undefined at the top of the chapter. */
  heading?: { text: string; id: string } | undefined;
}

/** A numbered item (<Recommendation>) as written in its chapter. */
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

/** A quote (<Quote>) as written in its chapter. */
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
  /**
   * The attributes written in braces (number={4}, by={Director}, {...props}; a spread as "..."),
   * with what the braces hold and where: MDX runs that as code when the page is built.
   */
  code?: { name: string; code: string; line: number; column: number }[];
}

/** A numbered block of a chapter: paragraph, list, table, quotation, quote or numbered item. */
export interface ExtractedBlock {
  number: number;
  /** The number readers see and cite, "chapter.paragraph" (e.g. "6.12"), when the chapter number is known. */
  label?: string | undefined;
  id: string;
  kind: BlockKind;
  text: string;
  /**
   * The text as a reader reads it, where that differs from `text`: list items and table cells
   * apart, the printed document's note numbers as markers where they stand ("…sector.[12]").
   */
  readable?: string | undefined;
  /** Line in the MDX file where the block starts. */
  line: number;
}

export type BlockKind = 'paragraph' | 'list' | 'blockquote' | 'quote' | 'recommendation' | 'table';

/**
 * What annotate wrote at one place of a chapter, keyed by where the node starts in the source.
 * The extractor records these once; the page pipeline (src/plugins/satteri-annotate.ts) writes
 * the same into the page's HTML tree, so the page has exactly the anchors the indexes link to
 * without annotating a second tree.
 */
export interface AnchorEdit {
  /** Offset in the chapter's source where the node starts. */
  offset: number;
  /** The HTML element the node becomes ("p", "h2", "ul"…) and the properties it gets (id, dataPara). */
  element?: { tagName: string; properties: Record<string, string> };
  /** The component (by name) and the attributes it gets (id, para, number, total). */
  component?: { name: string; attributes: Record<string, string> };
  /** The id of the empty anchor left where a removed paragraph was. */
  retired?: string;
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

/** src/content/moves.yaml: where published pages and fragments went, declared by an editor. */
export interface Moves {
  /** Old page path → new page path. */
  pages: Map<string, string>;
  /** "old page path#id" → "new page path#id". */
  fragments: Map<string, string>;
  /** Line of each entry in moves.yaml ("pages\0old" or "fragments\0old"), for messages. */
  lines: Map<string, number>;
  /** Whether src/content/moves.yaml exists (advice says to create it when it does not). */
  exists?: boolean;
}

export interface PublicationEntry extends Publication {
  id: string;
  file: string;
  /** What it calls its numbered items, from the site file. */
  itemWords: NumberedItemWords;
  /** Its kind of publication, from the site file. */
  formatEntry: PublicationFormat;
}

export interface ThemeEntry extends Theme {
  /** Its kind, from the site file. */
  kindEntry: ThemeKind;
}

/** A link written in a chapter to a page of this site, checked once every page is known. */
export interface LinkTarget {
  url: string;
  line: number;
  column: number;
}

export interface ChapterEntry {
  /** "<publication>/<slug>": the chapter's file under src/content/chapters/, without ".mdx". */
  id: string;
  slug: string;
  file: string;
  data: Chapter;
  extract: ChapterExtract;
  internalLinks: LinkTarget[];
  /** Images written in the chapter as addresses from the site's root (/images/…): their files are in public/. */
  images: LinkTarget[];
  /** Line of each frontmatter field in the file, for messages. */
  fieldLines: Record<string, number>;
}

/** A statement resolved to the place on this site that carries it. */
export interface ResolvedStatement {
  document: string;
  text: string;
  publication?: string | undefined;
  chapter?: string | undefined;
  /** Anchor of the paragraph (or quote) on the chapter page where the statement begins. */
  anchor?: string | undefined;
}

export interface DatasetEntry extends Omit<Dataset, 'statedIn'> {
  file: string;
  statedIn: ResolvedStatement[];
}

export interface KeyFigureEntry extends Omit<KeyFigure, 'statedIn'> {
  statedIn: ResolvedStatement;
}

/** What later happened to a numbered item, as a source states it (src/content/progress.yaml). */
export interface ProgressEntry {
  /** The item's code and number, as in its address: "2021-4". */
  item: string;
  publication: string;
  number: number;
  date: string;
  status: ProgressStatus;
  /** The sentence on this site that says so (with its anchor), or an outside document. */
  source:
    | { kind: 'site'; publication: string; chapter: string; anchor: string; text: string }
    | { kind: 'web'; url: string; title: string };
  line: number;
}

/** A source document in data/sources/ and the name readers see for it. */
export interface SourceDocument {
  file: string;
  title: string;
}

export interface SiteContent {
  /** The folder the content was read from (it holds src/content/ and data/). */
  root: string;
  config: SiteConfig;
  coverage: Coverage[];
  pressRoom: PressRoom;
  datasets: DatasetEntry[];
  keyFigures: KeyFigureEntry[];
  /** Names of the source documents that are not publications (data/sources/sources.yaml). */
  sources: SourceDocument[];
  themes: ThemeEntry[];
  publications: PublicationEntry[];
  chapters: ChapterEntry[];
  recommendations: ExtractedRecommendation[];
  quotes: ExtractedQuote[];
  /** What later happened to numbered items, oldest first. */
  progress: ProgressEntry[];
  /** Published pages and anchors that moved, from src/content/moves.yaml. */
  moves: Moves;
  /** What could not be read, so the site-wide checks wait for its errors to be fixed. */
  gaps: {
    /** A publication or chapter could not be read: the pages it makes are not known. */
    pagesMissing: boolean;
    /** A chapter has an error of its own: its anchors may not be as they will be published. */
    chaptersWithErrors: boolean;
    /** How many files of each kind are there but could not be read or used (their errors say why): they are not counted as content. */
    unread: { publications: number; chapters: number; datasets: number };
  };
  findings: Finding[];
}
