/** The citation files of everything citable, in every format: /citations/<kind>/<id>.<extension> */
import type { SiteContent } from '../model.ts';
import { citables } from './citables.ts';
import { citationFilesOf, citedBy, type CitableEntry } from './citable.ts';
import { paths, withBase } from '../addresses.ts';

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
  const moved = [...site.moves.pages].flatMap(([from, to]): CitableEntry[] => {
    const file = `chapters${from.slice(0, -1)}`;
    const target = all.find((c) => c.kind === 'chapter' && c.file === `chapters${to.slice(0, -1)}`);
    if (target) return [{ ...target, file }];
    const publication = site.publications.find((p) => paths.publication(p.id) === to);
    if (!publication) return [];
    const url = new URL(withBase(to, base), origin).href;
    return [{ kind: 'chapter', ...citedBy(publication), title: publication.title, url, key: publication.code, file }];
  });
  return [...all, ...moved].flatMap((c) => citationFilesOf(c.file).map(({ path, format }) => ({
    path: path.slice('/citations/'.length),
    body: format.write(c),
    contentType: format.contentType,
  })));
}
