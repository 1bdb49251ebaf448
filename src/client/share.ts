/** Share buttons: shown only where the Web Share API exists; they open the device's share sheet. */
import { asHere } from './site-address.ts';

if (typeof navigator.share === 'function') {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-url]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.share({ title: button.dataset['shareTitle'] ?? document.title, url: asHere(button.dataset['shareUrl'] ?? location.href) })
        // A reader who closes the share sheet is not an error.
        .catch(() => undefined);
    });
  }
}

// The email links carry the address the reader is on, as the copy and share buttons do.
for (const link of document.querySelectorAll<HTMLAnchorElement>('.share-links a[href^="mailto:"]')) {
  const m = /^(mailto:\?subject=[^&]*)&body=(.*)$/.exec(link.getAttribute('href') ?? '');
  const body = m ? decodeURIComponent(m[2]!) : undefined;
  if (m && body !== undefined && asHere(body) !== body) link.setAttribute('href', `${m[1]}&body=${encodeURIComponent(asHere(body))}`);
}

/**
 * The link to the part of the page the address points at: after a reader follows or taps a
 * paragraph number (#para-11), the share box also offers "Copy link to paragraph 6.11".
 */
function partName(target: HTMLElement): string | undefined {
  const para = target.closest<HTMLElement>('[data-para]');
  if (para && para === target) return `paragraph ${para.dataset['para']}`;
  if (/^H[2-4]$/.test(target.tagName)) return `the section “${target.textContent?.replace(/\s+/g, ' ').trim()}”`;
  if (target.matches('.quote')) return 'this quote';
  if (target.matches('.chart')) return 'this chart';
  if (target.matches('.key-figure')) return 'this figure';
  if (target.matches('.recommendation')) return target.querySelector('.recommendation-label .number')?.textContent?.trim().replace(/^./, (c) => c.toLowerCase()) ?? 'this recommendation';
  return undefined;
}

function offerPartLink(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const name = target && target.closest('main') ? partName(target) : undefined;
  for (const holder of document.querySelectorAll<HTMLElement>('[data-share-part]')) {
    const button = holder.querySelector<HTMLButtonElement>('button[data-copy]');
    if (!button) continue;
    holder.hidden = !name;
    if (!name) continue;
    button.dataset['copy'] = `${holder.dataset['sharePart']}#${encodeURIComponent(id)}`;
    button.textContent = `Copy link to ${name}`;
    delete button.dataset['label'];
  }
}
offerPartLink();
addEventListener('hashchange', offerPartLink);

export {};
