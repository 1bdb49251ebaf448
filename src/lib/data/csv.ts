/**
 * A dataset as CSV (RFC 4180): one row per category, one column per series, the unit in each
 * header; then, on every row, where its figures are stated and the dataset's notes, so a file
 * passed on without its page keeps its source and caveats. A row names the statements whose
 * sentence gives its figures ("£40,000" for 40000), so a fact-checker is sent to the right one;
 * where no sentence gives them as written, it names every statement of the dataset.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import { valueIsStated } from '../load/traceability.ts';

/** What the last two columns hold: where the figures are stated (with links), and the notes. */
export interface CsvProvenance {
  statedIn: string;
  notes: string;
}

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The provenance of the whole dataset, or of each row (in the categories' order). */
export type CsvRowsProvenance = CsvProvenance | readonly CsvProvenance[];

export function datasetToCsv(dataset: Pick<Dataset, 'categories' | 'series' | 'unit'>, provenance?: CsvRowsProvenance): string {
  const header = ['Category', ...dataset.series.map((s) => `${s.name} (${dataset.unit})`), ...(provenance ? ['Stated in', 'Notes'] : [])];
  const ofRow = (i: number): CsvProvenance | undefined => (provenance && 'length' in provenance ? provenance[i] : provenance as CsvProvenance | undefined);
  const rows = dataset.categories.map((category, i) => [
    category,
    ...dataset.series.map((s) => s.values[i] ?? ''),
    ...(provenance ? [ofRow(i)?.statedIn ?? '', ofRow(i)?.notes ?? ''] : []),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The byte-order mark, so that Excel reads the file as UTF-8 (else "£" shows as "Â£"). */
export const UTF8_BOM = '\uFEFF';

/** The downloadable file /data/<id>.csv: the CSV after a UTF-8 byte-order mark. */
export function datasetCsvFile(dataset: Pick<Dataset, 'categories' | 'series' | 'unit'>, provenance?: CsvRowsProvenance): string {
  return UTF8_BOM + datasetToCsv(dataset, provenance);
}

/** One statement of the figures: "Annual report 2024, Funding: https://…/#para-5". */
export interface StatedAt {
  /** The document, and its chapter where the site has it. */
  where: string;
  /** The absolute address of the sentence, where the site has it. */
  url?: string | undefined;
  /** The sentence that states the figures. */
  text?: string | undefined;
}

/** The "Stated in" and "Notes" cells: each statement, then the original source the document names. */
export function csvProvenance(stated: readonly StatedAt[], originalSource: string | undefined, notes: readonly string[]): CsvProvenance {
  const places = stated.map((s) => (s.url ? `${s.where}: ${s.url}` : s.where));
  return {
    statedIn: `${places.join('; ')}${originalSource ? `; citing ${originalSource}` : ''}`,
    notes: notes.join(' '),
  };
}

/** Each row's provenance: the statements whose sentence gives one of the row's figures, else all of them. */
export function rowsProvenance(dataset: Pick<Dataset, 'categories' | 'series'>, stated: readonly StatedAt[], originalSource: string | undefined, notes: readonly string[]): CsvProvenance[] {
  return dataset.categories.map((_, i) => {
    const values = dataset.series.map((s) => s.values[i]).filter((v): v is number => typeof v === 'number');
    const giving = stated.filter((s) => s.text !== undefined && values.some((v) => valueIsStated(v, s.text!)));
    return csvProvenance(giving.length > 0 ? giving : stated, originalSource, notes);
  });
}
