/**
 * A chapter's paragraph numbers, as readers will see and cite them: the MDX does not show them
 * (they are counted as the page is made), so `npm run check -- --numbers <chapter file>` prints
 * each numbered block with its line, number, kind and first words (a list's items and a table's cells
 * apart, as readers read them), and each heading where it is.
 */
import type { ChapterEntry } from '../model.ts';

const KIND: Record<string, string> = { paragraph: '', list: 'list', blockquote: 'quotation', quote: 'quote', recommendation: 'numbered item', table: 'table' };

/** The first words of a block, on one line. */
function opening(text: string, words = 10): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return `${all.slice(0, words).join(' ')}${all.length > words ? '…' : ''}`;
}

export function numbersListing(chapter: Pick<ChapterEntry, 'file' | 'data' | 'extract'>, chapterNumber: number): string[] {
  const rows: { line: number; text: string }[] = [
    ...chapter.extract.headings.map((h) => ({ line: h.line, text: `${'#'.repeat(h.depth)} ${h.text}` })),
    ...chapter.extract.blocks.map((b) => ({ line: b.line, text: `${(b.label ?? String(b.number)).padEnd(7)} ${KIND[b.kind] ? `(${KIND[b.kind]}) ` : ''}${opening(b.readable ?? b.text)}` })),
    ...chapter.extract.retired.map((r) => ({ line: r.line, text: `${(r.label ?? r.id).padEnd(7)} (removed: the number stays taken)` })),
  ].sort((a, b) => a.line - b.line);
  const width = String(Math.max(1, ...rows.map((r) => r.line))).length;
  return [
    `${chapter.file}: chapter ${chapterNumber}, “${chapter.data.title}”. Each numbered block, as readers see and cite it (line, number, first words):`,
    ...rows.map((r) => `  ${String(r.line).padStart(width)}  ${r.text}`),
  ];
}
