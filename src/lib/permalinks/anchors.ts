/** The anchors each chapter page has now, read from the MDX: what the registry records and checks. */
import type { SiteContent } from '../content/site.ts';
import { paths } from '../urls.ts';
import type { Anchor, PageAnchors } from './registry.ts';

export function chapterAnchors(content: Pick<SiteContent, 'chapters' | 'datasets' | 'keyFigures'>): PageAnchors {
  const out: PageAnchors = new Map();
  for (const chapter of content.chapters) {
    const { file, extract } = chapter;
    const anchors: Anchor[] = [
      ...extract.headings.map((h) => ({ id: h.id, text: h.text, what: `heading “${h.text}”`, file, line: h.line })),
      ...extract.blocks.map((b) => ({ id: b.id, text: b.text, what: `${b.kind === 'recommendation' || b.kind === 'quote' ? b.kind : 'paragraph'} ${b.label ?? b.number}`, file, line: b.line })),
      ...extract.retired.map((r) => ({ id: r.id, text: '', what: `removed paragraph ${r.label ?? ''}`.trim(), file, line: r.line, retired: true })),
    ];
    for (const c of extract.components) {
      if (c.name === 'Chart' && c.attributes['dataset']) {
        const dataset = content.datasets.find((d) => d.id === c.attributes['dataset']);
        anchors.push({ id: `chart-${c.attributes['dataset']}`, text: dataset?.title ?? c.attributes['dataset'], what: `chart “${dataset?.title ?? c.attributes['dataset']}”`, file, line: c.place.line });
      }
      if (c.name === 'KeyFigure' && c.attributes['id']) {
        const figure = content.keyFigures.find((f) => f.id === c.attributes['id']);
        anchors.push({ id: `figure-${c.attributes['id']}`, text: figure?.label ?? c.attributes['id'], what: `key figure “${figure?.label ?? c.attributes['id']}”`, file, line: c.place.line });
      }
    }
    out.set(paths.chapter(chapter.data.publication, chapter.slug), anchors);
  }
  return out;
}
