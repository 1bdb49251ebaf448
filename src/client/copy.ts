/**
 * Copy buttons: <button data-copy="text"> copies its text and says so to screen readers. Addresses
 * in it are the ones the reader is on (site-address.ts), not necessarily the build's. A Harvard
 * citation (data-copy-accessed) ends with the day it is copied, and the page shows that day where
 * it says "(Accessed: …)" (data-accessed).
 */
import { asHere } from './site-address.ts';
import { accessedDay, withAccessed } from '../lib/citations/styles.ts';

const today = (): string => accessedDay(new Date(), document.documentElement.lang);
for (const day of document.querySelectorAll<HTMLElement>('[data-accessed]')) day.textContent = today();

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  button.addEventListener('click', async () => {
    // The label as it is now (another script may have renamed the button since the page loaded).
    const label = button.dataset['label'] ?? button.textContent ?? 'Copy';
    button.dataset['label'] = label;
    const copied = asHere(button.dataset['copy'] ?? '');
    const text = button.dataset['copyAccessed'] === undefined ? copied : withAccessed(copied, today());
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
      if (status) status.textContent = 'Copied to the clipboard.';
    } catch {
      if (status) status.textContent = 'Could not copy: select the text and copy it instead.';
    }
    window.setTimeout(() => {
      button.textContent = label;
      delete button.dataset['label'];
      if (status) status.textContent = '';
    }, 2500);
  });
}

export {};
