/**
 * Typographic display: an apostrophe typed straight between two letters ("Children's") is shown
 * curly ("Children’s"), as the rest of the publications print it, so one page never mixes the two.
 * The words are the same; the text the checks read is the source's as written.
 */
export function curlyApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/** The same, for the text fields of a content entry that pages show (titles, summaries). */
export function typeset<T extends object>(entry: T, fields: readonly (keyof T)[]): T {
  const out = { ...entry };
  for (const field of fields) {
    const value = out[field];
    if (typeof value === 'string') (out as Record<keyof T, unknown>)[field] = curlyApostrophes(value);
  }
  return out;
}

/** Words with their first letter in capitals, to start a sentence or a label: "key points" → "Key points". */
export function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Items as a clause: "a", "a and b", "a, b and c" (or "…, b or c"). */
export function listed(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
