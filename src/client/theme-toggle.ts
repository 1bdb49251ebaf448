/** Cycle the colour theme: automatic (system) → light → dark, remembered in localStorage. */
type Choice = 'auto' | 'light' | 'dark';
const order: Choice[] = ['auto', 'light', 'dark'];
const labels: Record<Choice, string> = { auto: 'Theme: automatic', light: 'Theme: light', dark: 'Theme: dark' };
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');

function current(): Choice {
  const value = document.documentElement.dataset['theme'];
  return value === 'light' || value === 'dark' ? value : 'auto';
}

function apply(choice: Choice): void {
  if (choice === 'auto') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = choice;
  try {
    if (choice === 'auto') localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch {
    // Storage may be off: the choice then lasts for this page only.
  }
  if (button) button.textContent = labels[choice];
  document.dispatchEvent(new CustomEvent('themechange'));
}

if (button) {
  button.hidden = false;
  button.textContent = labels[current()];
  button.addEventListener('click', () => apply(order[(order.indexOf(current()) + 1) % order.length]!));
}

export {};
