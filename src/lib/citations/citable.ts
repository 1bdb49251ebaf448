/** What a citable thing is: its citation data, and where its citation files are (one per format). */
import type { Citable } from './styles.ts';
import type { Publication } from '../../schemas/publication.ts';
import { CITATION_FORMATS } from './formats.ts';

export interface CitableEntry extends Citable {
  /** Its citation files' address under /citations/, without the extension: "chapters/<publication>/<chapter>". */
  file: string;
}

/** Who wrote and published a publication, and when, as its citations give them. */
export function citedBy(p: Pick<Publication, 'authors' | 'publisher' | 'date'>): Pick<Citable, 'people' | 'publisher' | 'date'> {
  return { people: p.authors, publisher: p.publisher, date: p.date };
}

/** A one-chapter document whose chapter has the document's title is cited once by that title, not "‘X’, in X". */
export function containerOf(chapterTitle: string, publicationTitle: string): string | undefined {
  return chapterTitle === publicationTitle ? undefined : publicationTitle;
}

/** The citation files of a citable thing, in every format: "/citations/chapters/a/b.bib"… */
export function citationFilesOf(file: string): { path: string; format: (typeof CITATION_FORMATS)[number] }[] {
  return CITATION_FORMATS.map((format) => ({ path: `/citations/${file}.${format.extension}`, format }));
}
