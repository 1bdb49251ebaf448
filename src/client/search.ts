/**
 * Search with Pagefind. The index (built after the site) and Pagefind's script are fetched only
 * when the reader first searches. Results name the publication and chapter, show a snippet and
 * link to the nearest section; the number of results is announced.
 */
import { isFigureQuery, rankAsWritten } from '../lib/search-ranking.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  /** Word positions of the matches. */
  locations?: number[];
  /** Elements with an id, with the word position where each starts. */
  anchors?: { id: string; location: number }[];
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** Where the query's words cluster most closely: for a phrase, where the phrase stands. */
function bestLocation(locations: number[]): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const here of locations) {
    const count = locations.filter((other) => Math.abs(other - here) <= 12).length;
    if (count > bestCount) {
      best = here;
      bestCount = count;
    }
  }
  return best;
}

/** Land on the numbered paragraph (or quote, recommendation, slide) holding the match. */
function paragraphUrl(data: PagefindResultData, fallback: string): string {
  const at = bestLocation(data.locations ?? []);
  if (at === undefined || !data.anchors) return fallback;
  const holder = data.anchors.filter((a) => a.location <= at && /^(para|quote|recommendation|slide)-/.test(a.id)).at(-1);
  return holder ? `${data.url.split('#')[0]}#${holder.id}` : fallback;
}
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
  const best = data.sub_results?.[0];
  const link = document.createElement('a');
  link.href = paragraphUrl(data, best?.url ?? data.url);
  link.textContent = data.meta['title'] ?? data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const where = document.createElement('p');
  where.className = 'meta';
  where.textContent = [data.meta['publication'], best && best.title !== data.meta['title'] ? best.title : undefined].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.innerHTML = best?.excerpt ?? data.excerpt; // Pagefind escapes the text and adds only <mark>.
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
