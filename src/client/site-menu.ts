/**
 * The site's menu on a phone is a <details> disclosure (it opens and closes without JavaScript).
 * With it, Escape also closes the open menu and puts the focus back on its "Menu" button.
 */
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
const button = menu?.querySelector('summary');

if (menu && button) {
  menu.addEventListener('keydown', (event) => {
    // Only where the button is shown: on a wide screen the menu is always open.
    if (event.key !== 'Escape' || !menu.open || button.getClientRects().length === 0) return;
    menu.open = false;
    button.focus();
  });
}

export {};
