/**
 * A publication's author line as the document prints it: the names, then its acknowledgement
 * as a sentence of its own ("…, Jo Hart. With support from Sam Lee.").
 */
export function authorLine(authors: readonly string[], acknowledgement?: string): string {
  const names = authors.join(', ');
  if (!acknowledgement) return names;
  return `${names}${/[.!?]$/.test(names) ? '' : '.'} ${acknowledgement}`;
}

/** Who wrote and who published a publication, for schema.org: only whom the sources name. */
export function structuredAuthorship(p: { authors: readonly string[]; publisher?: string | undefined }): Record<string, unknown> {
  const organisation = p.publisher ? { '@type': 'Organization', name: p.publisher } : undefined;
  const author = p.authors.length > 0 ? p.authors.map((name) => ({ '@type': 'Person', name })) : organisation;
  return { ...(author ? { author } : {}), ...(organisation ? { publisher: organisation } : {}) };
}
