/** Share buttons: shown only where the Web Share API exists; they open the device's share sheet. */
if (typeof navigator.share === 'function') {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-url]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.share({ title: button.dataset['shareTitle'] ?? document.title, url: button.dataset['shareUrl'] ?? location.href })
        // A reader who closes the share sheet is not an error.
        .catch(() => undefined);
    });
  }
}

export {};
