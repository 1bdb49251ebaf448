/** Copy buttons: <button data-copy="text"> copies its text and says so to screen readers. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  const label = button.textContent ?? 'Copy';
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  button.addEventListener('click', async () => {
    const text = button.dataset['copy'] ?? '';
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
      if (status) status.textContent = 'Copied to the clipboard.';
    } catch {
      if (status) status.textContent = 'Could not copy: select the text and copy it instead.';
    }
    window.setTimeout(() => {
      button.textContent = label;
      if (status) status.textContent = '';
    }, 2500);
  });
}

export {};
