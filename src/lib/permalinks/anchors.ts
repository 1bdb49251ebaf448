/** The anchors each chapter page has now, read from the MDX: what the registry records and checks. */
import type { ChapterExtract, SiteContent } from '../model.ts';
import { paths } from '../addresses.ts';
import { KINDS } from '../kinds/index.ts';
import type { Anchor, PageAnchors } from './registry.ts';
import { chapterNumber } from '../../schemas/chapter.ts';

export function chapterAnchors(content: Pick<SiteContent, 'chapters' | 'datasets' | 'keyFigures'>): PageAnchors {
  const out: PageAnchors = new Map();
  for (const chapter of content.chapters) {
    out.set(paths.chapter(chapter.data.publication, chapter.slug), extractAnchors(chapter.extract, chapter.file, content));
  }
  return out;
}

/** Each chapter page's number, as its paragraphs are numbered (6 for “6.12”): what the registry records. */
export function chapterNumbers(content: Pick<SiteContent, 'chapters'>): Map<string, number> {
  return new Map(content.chapters.map((c) => [paths.chapter(c.data.publication, c.slug), chapterNumber(c.data)]));
}

/** A numbered block's place without the chapter's number: "6.12a" → "12a". */
const positionOf = (label: string | undefined, number: number): string => (label ? label.slice(label.indexOf('.') + 1) : String(number));

/** The anchors of one chapter's extract, in reading order (also used for a chapter's earlier text). */
export function extractAnchors(extract: Pick<ChapterExtract, 'headings' | 'blocks' | 'retired' | 'components'>, file: string, names: Partial<Pick<SiteContent, 'datasets' | 'keyFigures'>> = {}): Anchor[] {
  const anchors: Anchor[] = [
    ...extract.headings.map((h): Anchor => ({ id: h.id, text: h.text, what: `heading “${h.text}”`, file, line: h.line, kind: 'heading' })),
    ...extract.blocks.map((b): Anchor => ({
      id: b.id, text: b.text, what: `${b.kind === 'recommendation' || b.kind === 'quote' ? b.kind : 'paragraph'} ${b.label ?? b.number}`, file, line: b.line,
      kind: b.kind, position: positionOf(b.label, b.number), label: b.label,
    })),
    ...extract.retired.map((r): Anchor => ({ id: r.id, text: '', what: `removed paragraph ${r.label ?? ''}`.trim(), file, line: r.line, retired: true, kind: 'removed', position: positionOf(r.label, Number(r.id.replace(/^para-/, ''))), label: r.label })),
  ];
  // Anchors a component makes on the page (a chart, a key figure), as each kind says.
  for (const c of extract.components) {
    for (const kind of KINDS) {
      const made = kind.componentAnchor?.(c, names);
      if (made) anchors.push({ ...made, file, line: c.place.line, kind: kind.name });
    }
  }
  // Reading order: a page's new anchors are recorded in it, and advice looks for neighbours.
  return anchors.sort((a, b) => a.line - b.line);
}
