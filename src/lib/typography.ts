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
