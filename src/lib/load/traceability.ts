/**
 * Every figure must be traceable: the stating sentence must be in its source document (and in the
 * chapter of the site that carries it), and every value must be written in that sentence.
 */
import { normaliseForComparison } from '../fidelity.ts';

/** Forms in which a value may be written: 2841 → "2841", "2,841"; -33.6 → "33.6". */
export function valueIsStated(value: number, text: string): boolean {
  const plain = text.replace(/(\d),(\d{3})/g, '$1$2');
  const digits = String(Math.abs(value));
  return new RegExp(`(^|[^0-9.])${digits.replace('.', '\\.')}($|[^0-9.]|\\.(?!\\d))`).test(plain);
}

export function textIsIn(statement: string, document: string): boolean {
  return normaliseForComparison(document).includes(normaliseForComparison(statement));
}

/** The block (paragraph, quote…) where the statement begins, given the chapter's blocks. */
export function blockStating<T extends { text: string }>(statement: string, blocks: readonly T[]): T | undefined {
  const needle = normaliseForComparison(statement);
  const head = needle.slice(0, 60);
  return blocks.find((b) => normaliseForComparison(b.text).includes(needle)) ??
    blocks.find((b) => normaliseForComparison(b.text).includes(head));
}
