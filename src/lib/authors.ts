/**
 * A publication's author line as the document prints it: the names, then its acknowledgement
 * as a sentence of its own ("…, Sue Myers. With support from Alison O'Sullivan.").
 */
export function authorLine(authors: readonly string[], acknowledgement?: string): string {
  const names = authors.join(', ');
  if (!acknowledgement) return names;
  return `${names}${/[.!?]$/.test(names) ? '' : '.'} ${acknowledgement}`;
}
