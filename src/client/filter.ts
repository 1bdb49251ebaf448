/**
 * Quicker filtering: the filter links lead to pre-rendered pages (so filtering works without
 * JavaScript); with it, the index filters in place and the address bar follows.
 */
const list = document.querySelector<HTMLElement>('[data-filter-list]');
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-filter-kind]')];
const count = document.querySelector<HTMLElement>('[data-filter-count]');

function apply(kind: string, value: string, href: string): void {
  if (!list) return;
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-item]')) {
    const match = kind === 'all' || (item.dataset[kind] ?? '').split(' ').includes(value);
    item.hidden = !match;
    if (match) shown++;
  }
  for (const group of list.querySelectorAll<HTMLElement>('[data-group]')) {
    group.hidden = group.querySelector('[data-item]:not([hidden])') === null;
  }
  for (const link of links) {
    if (link.getAttribute('href') === href) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (count) count.textContent = String(shown);
}

if (list && list.dataset['filterList'] === 'all') {
  for (const link of links) {
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      apply(link.dataset['filterKind'] ?? 'all', link.dataset['filterValue'] ?? '', href);
      history.pushState({ filtered: true }, '', href);
    });
  }
  window.addEventListener('popstate', () => location.reload());
}

export {};
