/**
 * Search with Pagefind. The index (built after the site) and Pagefind's script are fetched only
 * when the reader first searches. Results name the publication, chapter and section, show the
 * words around the best match and link to the paragraph holding it (src/lib/search-landing.ts);
 * the number of results is announced.
 */
import { isFigureQuery, rankAsWritten } from '../lib/search-ranking.ts';
import { searchLanding, type SearchResultData } from '../lib/search-landing.ts';

type PagefindResultData = SearchResultData & { meta: Record<string, string> };

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const results = document.querySelector<HTMLOListElement>('[data-search-results]');
const summary = document.querySelector<HTMLElement>('[data-search-summary]');
let loading: Promise<Pagefind> | undefined;

function pagefind(): Promise<Pagefind> {
  const bundle = form?.dataset['bundle'] ?? '/pagefind/';
  loading ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 30 });
    return module;
  });
  return loading;
}

function item(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  // The link, the section named and the excerpt, all from the one place the query's words stand.
  const landing = searchLanding(data);
  const link = document.createElement('a');
  link.href = landing.href;
  link.textContent = data.meta['title'] ?? data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const where = document.createElement('p');
  where.className = 'meta';
  where.textContent = [data.meta['publication'], landing.section && landing.section !== data.meta['title'] ? landing.section : undefined].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.innerHTML = landing.excerpt; // The page's words, escaped, with only <mark> added.
  li.append(heading, where, excerpt);
  return li;
}

async function run(): Promise<void> {
  if (!form || !input || !results || !summary) return;
  const term = input.value.trim();
  const filters: Record<string, string> = {};
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    if (select.value) filters[select.dataset['filter']!] = select.value;
  }
  const url = new URL(location.href);
  url.searchParams.set('q', term);
  history.replaceState(null, '', url);
  if (!term) {
    results.replaceChildren();
    summary.textContent = '';
    return;
  }
  summary.textContent = 'Searching…';
  const search = await (await pagefind()).search(term, { filters });
  // A figure ("77%", "£150m") is looked for as written among more of Pagefind's results.
  const loaded = await Promise.all(search.results.slice(0, isFigureQuery(term) ? 60 : 20).map((r) => r.data()));
  const data = rankAsWritten(term, loaded).slice(0, 20);
  results.replaceChildren(...data.map(item));
  const n = search.results.length;
  summary.textContent = n === 0 ? `No results for “${term}”.` : `${n} result${n === 1 ? '' : 's'} for “${term}”${n > 20 ? ', showing the first 20' : ''}.`;
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('focus', () => void pagefind(), { once: true });
  for (const select of form.querySelectorAll('select')) select.addEventListener('change', () => void run());
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
  form.querySelector<HTMLElement>('[data-search-needs-js]')?.remove();
}

export {};
