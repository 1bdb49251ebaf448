/**
 * One origin put for another in text the site hands to readers (a link, a citation, embed code):
 * in addresses ("https://site/…") and where it stands alone, as in the embed code's check of the
 * frame's origin (`e.origin!=="https://site"`), but never inside a longer host or port
 * ("https://site.example", "http://localhost:43210").
 */
export function replaceOrigin(text: string, from: string, to: string): string {
  if (from === to) return text;
  return text.replace(new RegExp(`${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.:-])`, 'g'), to);
}
