/**
 * A dataset as schema.org `Dataset` structured data (JSON-LD), for search engines' dataset search:
 * what it is, where to download it, what it measures, whom and what it comes from. Only what the
 * content says: a creator only where a stating publication names its authors or publisher, a
 * temporal coverage only where the dataset's period is plain years, nothing made up to fill a field.
 */
import type { DatasetEntry } from '../model.ts';

/** A publication that states a dataset's figures, as the dataset page links to it. */
export interface StatingPublication {
  title: string;
  /** The chapter, or the sentence in it, that states the figures. */
  url: string;
  authors: readonly string[];
  publisher?: string | undefined;
}

export interface DatasetLinks {
  page: string;
  csv: string;
  json: string;
  png: string;
}

/**
 * A period as an ISO 8601 year or interval of years, where it is written as plain years: "2019",
 * "2019/20" (a year that spans two, as financial and school years do), "2010 to 2017/18". Any other
 * period ("Since 2009", "2013 and 2019", "Not stated in the report") states no interval: undefined.
 */
export function temporalCoverage(period: string): string | undefined {
  const years = (part: string): [number, number] | undefined => {
    const m = /^(\d{4})(?:\/(\d{2}|\d{4}))?$/.exec(part.trim());
    if (!m) return undefined;
    const start = Number(m[1]);
    if (!m[2]) return [start, start];
    let end = m[2].length === 4 ? Number(m[2]) : start - (start % 100) + Number(m[2]);
    if (end < start) end += 100;
    return end === start + 1 ? [start, end] : undefined;
  };
  const parts = period.split(/\s+to\s+/);
  if (parts.length > 2) return undefined;
  const first = years(parts[0]!);
  const last = parts.length === 2 ? years(parts[1]!) : first;
  if (!first || !last || last[1] < first[0]) return undefined;
  return first[0] === last[1] ? String(first[0]) : `${first[0]}/${last[1]}`;
}

export function datasetStructuredData(
  dataset: Pick<DatasetEntry, 'title' | 'description' | 'summary' | 'period' | 'series' | 'originalSource'>,
  o: { links: DatasetLinks; unitText: string; language: string; stating: readonly StatingPublication[]; keywords: readonly string[]; dateModified?: string | undefined },
): Record<string, unknown> {
  // Whom the stating publications name: their authors, else their publisher (once each).
  const creators = new Map<string, Record<string, unknown>>();
  for (const p of o.stating) {
    if (p.authors.length > 0) for (const name of p.authors) creators.set(`Person ${name}`, { '@type': 'Person', name });
    else if (p.publisher) creators.set(`Organization ${p.publisher}`, { '@type': 'Organization', name: p.publisher });
  }
  const coverage = temporalCoverage(dataset.period);
  return {
    '@type': 'Dataset',
    name: dataset.title,
    description: `${dataset.description} ${dataset.summary}`,
    url: o.links.page,
    inLanguage: o.language,
    ...(creators.size > 0 ? { creator: [...creators.values()] } : {}),
    ...(o.stating.length > 0 ? { isBasedOn: o.stating.map((p) => ({ '@type': 'CreativeWork', name: p.title, url: p.url })) } : {}),
    ...(dataset.originalSource ? { citation: dataset.originalSource } : {}),
    ...(coverage ? { temporalCoverage: coverage } : {}),
    ...(o.keywords.length > 0 ? { keywords: [...o.keywords] } : {}),
    ...(o.dateModified ? { dateModified: o.dateModified } : {}),
    variableMeasured: dataset.series.map((s) => ({ '@type': 'PropertyValue', name: s.name, unitText: o.unitText })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: o.links.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: o.links.json },
    ],
    image: o.links.png,
  };
}
