/**
 * The citation files offered for everything citable, one entry per format: its file extension,
 * the name readers see, the content type hosts send, and the function that writes it. Everything
 * else (the files the build writes, their addresses, the links in "Cite this", the headers) reads
 * this list: adding a format is one entry here and its writer.
 */
import { bibtex, cslJson, ris, type Citable } from './styles.ts';

export interface CitationFormat {
  extension: string;
  /** What readers see on the link: "BibTeX". */
  name: string;
  /** What it is for, said once beside the links. */
  for: string;
  contentType: string;
  write(c: Citable): string;
}

export const CITATION_FORMATS = [
  { extension: 'bib', name: 'BibTeX', for: 'LaTeX and most reference managers', contentType: 'application/x-bibtex; charset=utf-8', write: bibtex },
  { extension: 'ris', name: 'RIS', for: 'EndNote, Zotero, Mendeley', contentType: 'application/x-research-info-systems; charset=utf-8', write: ris },
  { extension: 'json', name: 'CSL-JSON', for: 'Zotero, Mendeley and Pandoc', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: cslJson },
] as const satisfies readonly CitationFormat[];

export type CitationExtension = (typeof CITATION_FORMATS)[number]['extension'];
