/**
 * Search for figures as written. Pagefind reads "77%" and "£77 million" as the same word, 77, so
 * a reader searching for a figure would first see pages that do not state it. Among Pagefind's
 * results, those holding the query exactly as written (a number with its %, £, € or $, a
 * thousands comma or none) come first, in Pagefind's order otherwise.
 */

/** Whether a query names a figure: a number written with a sign, unit or separator. */
export function isFigureQuery(term: string): boolean {
  return /\d/.test(term) && /[%£€$,.]|\d\s*(m|bn|k)\b/i.test(term);
}

/** The ways a figure may be written in the text: "2,841" and "2841" alike. */
function writtenForms(term: string): string[] {
  const t = term.trim().toLowerCase().replace(/\s+/g, ' ');
  const plain = t.replace(/(\d),(\d{3})\b/g, '$1$2');
  const grouped = plain.replace(/\b(\d{1,3})(\d{3})\b/g, '$1,$2');
  return [...new Set([t, plain, grouped])];
}

/** Results holding the figure as written first; the rest after, each group in its own order. */
export function rankAsWritten<T extends { content: string }>(term: string, results: readonly T[]): T[] {
  if (!isFigureQuery(term)) return [...results];
  const forms = writtenForms(term);
  const holds = (r: T): boolean => {
    const text = r.content.toLowerCase().replace(/\s+/g, ' ');
    // As a whole token: "77%" in "77% of", not in "177%".
    return forms.some((f) => new RegExp(`(^|[^\\d.,])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`).test(text));
  };
  return [...results.filter(holds), ...results.filter((r) => !holds(r))];
}
