/**
 * What a publication calls its numbered items. The 2021 report numbers its recommendations; the
 * 2023 response numbers fifteen “key points” (its “Executive summary and key points”). The site
 * uses each document's own word; only the addresses (/recommendations/…) are shared.
 */
export const NUMBERED_ITEMS = ['recommendation', 'key point'] as const;
export type NumberedItem = (typeof NUMBERED_ITEMS)[number];

const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** "Recommendation 4", "Key point 4". */
export function itemLabel(item: NumberedItem, number: number): string {
  return `${capitalised(item)} ${number}`;
}

/** "recommendation 4", "key point 4": inside a sentence. */
export function itemName(item: NumberedItem, number: number): string {
  return `${item} ${number}`;
}

/** "1 recommendation", "15 key points"; with `adjective`, "15 numbered key points". */
export function itemsCounted(item: NumberedItem, count: number, adjective?: string): string {
  return `${count} ${adjective ? `${adjective} ` : ''}${item}${count === 1 ? '' : 's'}`;
}

/** "recommendations", "key points". */
export function itemPlural(item: NumberedItem): string {
  return `${item}s`;
}

/** The words, each once, of the documents the given entries come from, in the documents' order. */
export function kindsOf(publications: readonly { id: string; numberedItem: NumberedItem }[], entries: readonly { publication: string }[]): NumberedItem[] {
  const from = new Set(entries.map((e) => e.publication));
  return [...new Set(publications.filter((p) => from.has(p.id)).map((p) => p.numberedItem))];
}

/**
 * Items of one or more documents, counted in their own words: "5 recommendations", "15 key points",
 * "35 recommendations and key points" (with no kinds, "0 recommendations").
 */
export function kindsCounted(kinds: readonly NumberedItem[], count: number): string {
  const unique = [...new Set(kinds)];
  if (unique.length === 1) return itemsCounted(unique[0]!, count);
  return `${count} ${kindsPlural(unique)}`;
}

/** "recommendations", "key points", "recommendations and key points". */
export function kindsPlural(kinds: readonly NumberedItem[]): string {
  const unique = [...new Set(kinds)];
  return (unique.length > 0 ? unique : ['recommendation' as const]).map(itemPlural).join(' and ');
}
