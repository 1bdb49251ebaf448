/** The BibTeX and RIS files for every citable chapter, recommendation and dataset: citations/<kind>/<id>.bib|.ris */
import type { SiteContent } from './content/site.ts';
import { citables, citedBy } from './citables.ts';
import { bibtex, ris } from './citation.ts';
import { paths, withBase } from './urls.ts';

export interface CitationFile {
  /** Path under /citations/, e.g. "recommendations/2021-4.bib". */
  path: string;
  body: string;
  contentType: string;
}

export function citationFiles(site: SiteContent, origin: URL | string, base: string): CitationFile[] {
  const all = citables(site, origin, base);
  // A chapter that moved keeps its old citation files too (with the new URL inside), so old links
  // work; one deleted and sent to its publication's page cites the whole publication there.
  const moved = [...site.moves.pages].flatMap(([from, to]) => {
    const file = `chapters${from.slice(0, -1)}`;
    const target = all.find((c) => c.kind === 'chapter' && c.file === `chapters${to.slice(0, -1)}`);
    if (target) return [{ ...target, file }];
    const publication = site.publications.find((p) => paths.publication(p.id) === to);
    if (!publication) return [];
    const url = new URL(withBase(to, base), origin).href;
    return [{ kind: 'chapter' as const, ...citedBy(publication), title: publication.title, url, key: publication.code, file }];
  });
  return [...all, ...moved].flatMap((c) => [
    { path: `${c.file}.bib`, body: bibtex(c), contentType: 'application/x-bibtex; charset=utf-8' },
    { path: `${c.file}.ris`, body: ris(c), contentType: 'application/x-research-info-systems; charset=utf-8' },
  ]);
}
