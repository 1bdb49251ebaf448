/** Take a reader who arrives with a moved fragment (or at a moved page) to where it went now. */
export function followMovedFragment(): void {
  const holder = document.querySelector<HTMLElement>('[data-fragment-moves]');
  if (!holder) return;
  const moves = JSON.parse(holder.dataset['fragmentMoves'] ?? '{}') as Record<string, string>;
  const redirect = holder.dataset['redirect'];
  const id = decodeURIComponent(location.hash.slice(1));
  const to = id ? moves[id] : undefined;
  if (redirect !== undefined) {
    location.replace(to ?? `${redirect}${location.hash}`);
  } else if (to && !document.getElementById(id)) {
    location.replace(to);
  }
}
