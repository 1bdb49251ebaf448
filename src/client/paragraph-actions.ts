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

/**
 * A button whose name is its visible label followed by words only screen readers hear ("Copy link"
 * + " to paragraph 6.7"), so that a reader using speech input can say what they see (WCAG 2.5.3).
 */
function button(label: string, rest: string, act: (b: HTMLButtonElement) => void | Promise<void>): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button small';
  const shown = document.createElement('span');
  shown.dataset['label'] = '';
  shown.textContent = label;
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` ${rest}`;
  b.append(shown, hidden);
  b.addEventListener('click', () => void act(b));
  return b;
}

async function copy(b: HTMLButtonElement, text: string, status: HTMLElement): Promise<void> {
  const shown = b.querySelector<HTMLElement>('[data-label]')!;
  const label = shown.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    shown.textContent = 'Copied';
    status.textContent = 'Copied to the clipboard.';
  } catch {
    status.textContent = 'Could not copy: select the text and copy it instead.';
  }
  window.setTimeout(() => { shown.textContent = label; status.textContent = ''; }, 2500);
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
  bar.append(button('Copy link', `to paragraph ${label}`, (b) => copy(b, url, status)));
  if (typeof navigator.share === 'function') {
    bar.append(button('Share…', `paragraph ${label}`, () => navigator.share({ title: `${document.title}, para. ${label}`, url }).catch(() => undefined)));
  }
  bar.append(button('Copy citation', `of paragraph ${label}`, (b) => copy(b, citation, status)), status);
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
