/** A dataset as CSV (RFC 4180): one row per category, one column per series, the unit in each header. */
import type { Dataset } from '../../schemas/dataset.ts';

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function datasetToCsv(dataset: Pick<Dataset, 'categories' | 'series' | 'unit'>): string {
  const header = ['Category', ...dataset.series.map((s) => `${s.name} (${dataset.unit})`)];
  const rows = dataset.categories.map((category, i) => [category, ...dataset.series.map((s) => s.values[i] ?? '')]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The byte-order mark, so that Excel reads the file as UTF-8 (else "£" shows as "Â£"). */
export const UTF8_BOM = '\uFEFF';

/** The downloadable file /data/<id>.csv: the CSV after a UTF-8 byte-order mark. */
export function datasetCsvFile(dataset: Pick<Dataset, 'categories' | 'series' | 'unit'>): string {
  return UTF8_BOM + datasetToCsv(dataset);
}
