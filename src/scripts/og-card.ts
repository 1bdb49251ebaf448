/** Fill the share-image template from its query string (used only at build time). */
const params = new URL(location.href).searchParams;
const set = (selector: string, value: string | null): void => {
  const el = document.querySelector<HTMLElement>(selector);
  if (el) el.textContent = value ?? '';
};
set('[data-og-title]', params.get('title'));
set('[data-og-kicker]', params.get('kicker'));
const text = params.get('text') ?? '';
set('[data-og-text]', text.length > 220 ? `${text.slice(0, 217).replace(/\s+\S*$/, '')}…` : text);
const theme = params.get('theme');
const frame = document.querySelector<HTMLElement>('[data-og-frame]');
if (theme && frame) {
  frame.classList.add(`theme-${theme}`);
  document.querySelector<HTMLElement>(`[data-og-theme="${theme}"]`)?.removeAttribute('hidden');
}
document.body.dataset['ready'] = 'true';

export {};
