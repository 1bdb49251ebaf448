/**
 * Every numbered item of every publication, as data: /recommendations.csv and /recommendations.json
 * (what journalists and researchers put in a spreadsheet), with its word and number, text, theme,
 * chapter, paragraph number, permanent address, Harvard citation and what later happened to it.
 */
import type { SiteContent } from '../model.ts';
import { recommendationEntries } from '../kinds/numbered-item.ts';
import { citableAt, citationFile } from '../citations/citables.ts';
import { harvard } from '../citations/styles.ts';
import { paths, withBase } from '../addresses.ts';
import { STATUS_LABELS } from '../../schemas/progress.ts';
import { CORPUS_VERSION, schemaPath } from './schemas.ts';
import { csvTable } from './csv.ts';

export interface Addressing {
  origin: URL | string;
  base: string;
  /** An absolute address for a path below the base. */
  absolute(path: string): string;
}

export function numberedItemRecords(site: SiteContent, at: Addressing) {
  return recommendationEntries(site).map((r) => ({
    publication: r.publication,
    publicationTitle: r.publicationTitle,
    word: r.words.singular,
    number: r.number,
    label: r.label,
    text: r.text,
    ...(r.chapterWording ? { chapterWording: r.chapterWording } : {}),
    theme: r.theme,
    themeName: r.themeName,
    chapter: r.chapter,
    chapterTitle: r.chapterTitle,
    paragraph: r.paragraph ?? null,
    url: at.absolute(r.permalink),
    inChapter: at.absolute(r.inChapter),
    citation: harvard(citableAt(site, at.origin, at.base, citationFile.numberedItem(r.code, r.number))),
    progress: r.progress.map(({ date, status, source }) => ({
      date,
      status,
      source: source.kind === 'site'
        ? { title: site.publications.find((x) => x.id === source.publication)?.title ?? source.publication, url: at.absolute(paths.fragment(source.publication, source.chapter, source.anchor)), text: source.text }
        : { title: source.title, url: source.url, text: null },
    })),
  }));
}

export function numberedItemsJson(site: SiteContent, at: Addressing): string {
  return `${JSON.stringify({ $schema: at.absolute(schemaPath('numbered-items')), version: CORPUS_VERSION, site: site.config.name, items: numberedItemRecords(site, at) }, null, 2)}\n`;
}

export function numberedItemsCsv(site: SiteContent, at: Addressing): string {
  const header = ['Publication', 'Item', 'Number', 'Text', 'Theme', 'Chapter', 'Paragraph', 'Permanent address', 'In its chapter', 'Citation (Harvard)', 'Status', 'Status date', 'Status source'];
  const rows = numberedItemRecords(site, at).map((r) => {
    const latest = r.progress.at(-1);
    return [r.publicationTitle, r.label, r.number, r.text, r.themeName, r.chapterTitle, r.paragraph ?? '', r.url, r.inChapter, r.citation,
      latest ? STATUS_LABELS[latest.status] : '', latest?.date ?? '', latest ? `${latest.source.title}: ${latest.source.url}` : ''];
  });
  return csvTable(header, rows);
}

/** Absolute addresses for the site at `origin`, below `base`. */
export function addressing(origin: URL | string, base: string): Addressing {
  return { origin, base, absolute: (path) => new URL(withBase(path, base), origin).href };
}
