/**
 * A publication's full text as JSON (/<publication>/<publication>.json): its chapters, then each
 * numbered block with its number, anchor, kind and text, note numbers as markers (the notes' own
 * text is not in the site's copy, so none is given).
 */
import type { PublicationEntry, SiteContent } from '../model.ts';
import { siteLookup } from '../lookup.ts';
import { paths, pdfPath } from '../addresses.ts';
import { hasPdf } from '../publication-formats.ts';
import { CORPUS_VERSION, schemaPath } from './schemas.ts';
import type { Addressing } from './numbered-items.ts';

/** The heading each block stands under: the last heading above its line. */
function headingAbove(headings: readonly { text: string; line: number }[], line: number): string | null {
  return headings.filter((h) => h.line <= line).at(-1)?.text ?? null;
}

export function publicationText(site: SiteContent, publication: PublicationEntry, at: Addressing) {
  return {
    $schema: at.absolute(schemaPath('publication-text')),
    version: CORPUS_VERSION,
    publication: {
      id: publication.id,
      title: publication.title,
      subtitle: publication.subtitle ?? null,
      publisher: publication.publisher ?? null,
      authors: publication.authors,
      date: publication.date,
      url: at.absolute(paths.publication(publication.id)),
      pdf: hasPdf(publication) ? at.absolute(pdfPath(publication.id)) : null,
    },
    chapters: siteLookup(site).chaptersOf(publication.id).map((c) => ({
      id: c.slug,
      title: c.data.title,
      number: c.data.order,
      url: at.absolute(paths.chapter(publication.id, c.slug)),
      headings: c.extract.headings.map((h) => ({ id: h.id, text: h.text, level: h.depth })),
      blocks: c.extract.blocks.map((b) => ({
        number: b.label ?? String(b.number),
        anchor: b.id,
        kind: b.kind,
        text: b.readable ?? b.text,
        heading: headingAbove(c.extract.headings, b.line),
      })),
    })),
  };
}

export function publicationTextJson(site: SiteContent, publication: PublicationEntry, at: Addressing): string {
  return `${JSON.stringify(publicationText(site, publication, at), null, 2)}\n`;
}
