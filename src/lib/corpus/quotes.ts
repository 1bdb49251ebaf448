/** Every quote of every publication, as data: /quotes.csv and /quotes.json, with the speaker as printed. */
import type { SiteContent } from '../model.ts';
import { quoteEntries } from '../kinds/quote.ts';
import { siteLookup } from '../lookup.ts';
import { CORPUS_VERSION, schemaPath } from './schemas.ts';
import { csvTable } from './csv.ts';
import type { Addressing } from './numbered-items.ts';

export function quoteRecords(site: SiteContent, at: Addressing) {
  const lookup = siteLookup(site);
  return quoteEntries(site).map((q) => ({
    text: q.text,
    by: q.by,
    publication: q.publication,
    publicationTitle: q.publicationTitle,
    chapter: q.chapter,
    chapterTitle: q.chapterTitle,
    theme: q.themeName ?? null,
    paragraph: lookup.chapter(q.publication, q.chapter).extract.blocks.find((b) => b.id === q.anchor)?.label ?? null,
    url: at.absolute(q.inChapter),
  }));
}

export function quotesJson(site: SiteContent, at: Addressing): string {
  return `${JSON.stringify({ $schema: at.absolute(schemaPath('quotes')), version: CORPUS_VERSION, site: site.config.name, quotes: quoteRecords(site, at) }, null, 2)}\n`;
}

export function quotesCsv(site: SiteContent, at: Addressing): string {
  return csvTable(['Quote', 'Speaker, as printed', 'Publication', 'Chapter', 'Paragraph', 'Theme', 'Permanent address'],
    quoteRecords(site, at).map((q) => [q.text, q.by, q.publicationTitle, q.chapterTitle, q.paragraph ?? '', q.theme ?? '', q.url]));
}
