/**
 * Sharing a paragraph where it stands. When a reader taps or follows a paragraph's number (or a
 * quote's, a numbered item's), a small bar opens right under it: copy its link, share it (where
 * the device has a share sheet) and copy its citation ("para. 6.7", its address, and the day the
 * reader copied it as "Accessed"). Its buttons are at least 44 px tall on a touch screen.
 */
import { asHere } from './site-address.ts';
import { accessedDay, harvardParagraph } from '../lib/citations/styles.ts';

const article = document.querySelector<HTMLElement>('article[data-cite-lead]');
let bar: HTMLElement | undefined;

/** A paragraph's permanent address: on its chapter's page, or where the article is a copy of a chapter shown elsewhere (the press room's press release), on that chapter's own page (data-page). */
function addressOf(id: string): string {
  const page = article?.dataset['page'] ?? document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0];
  return asHere(`${page}#${encodeURIComponent(id)}`);
}

function button(label: string, name: string, act: (b: HTMLButtonElement) => void | Promise<void>): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button small';
  b.textContent = label;
  b.setAttribute('aria-label', name);
  b.addEventListener('click', () => void act(b));
  return b;
}

async function copy(b: HTMLButtonElement, text: string, status: HTMLElement): Promise<void> {
  const label = b.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    b.textContent = 'Copied';
    status.textContent = 'Copied to the clipboard.';
  } catch {
    status.textContent = 'Could not copy: select the text and copy it instead.';
  }
  window.setTimeout(() => { b.textContent = label; status.textContent = ''; }, 2500);
}

function open(block: HTMLElement): void {
  const label = block.dataset['para'];
  if (!label || !article) return;
  bar?.remove();
  const id = block.id;
  const url = addressOf(id);
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  const accessed = accessedDay(new Date(), document.documentElement.lang);
  const citation = harvardParagraph(article.dataset['citeLead'] ?? document.title, label, url, accessed);
  bar = document.createElement('div');
  bar.className = 'para-actions';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', `Paragraph ${label}`);
  bar.dataset['pagefindIgnore'] = '';
  bar.append(button('Copy link', `Copy the link to paragraph ${label}`, (b) => copy(b, url, status)));
  if (typeof navigator.share === 'function') {
    bar.append(button('Share…', `Share paragraph ${label}`, () => navigator.share({ title: `${document.title}, para. ${label}`, url }).catch(() => undefined)));
  }
  bar.append(button('Copy citation', `Copy a citation of paragraph ${label}`, (b) => copy(b, citation, status)), status);
  block.after(bar);
}

function fromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target && article?.contains(target) && target.dataset['para']) open(target);
}

if (article) {
  article.addEventListener('click', (event) => {
    const number = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.para-num');
    const block = number?.closest<HTMLElement>('[data-para]');
    if (block) open(block);
  });
  fromHash();
  addEventListener('hashchange', fromHash);
}
