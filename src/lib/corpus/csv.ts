/** The corpus downloads as CSV, as the datasets are: UTF-8 with a byte-order mark (for Excel), one header row, RFC 4180 quoting. */
import { UTF8_BOM, csvField } from '../data/csv.ts';

export function csvTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
