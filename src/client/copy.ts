/**
 * Copy buttons: <button data-copy="text"> copies its text and says so to screen readers. Addresses
 * in it are the ones the reader is on (site-address.ts), not necessarily the build's.
 */
import { asHere } from './site-address.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  button.addEventListener('click', async () => {
    // The label as it is now (another script may have renamed the button since the page loaded).
    const label = button.dataset['label'] ?? button.textContent ?? 'Copy';
    button.dataset['label'] = label;
    const text = asHere(button.dataset['copy'] ?? '');
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
