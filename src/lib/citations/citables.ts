/** Everything on the site that can be cited, with its exact URL and the files for reference managers. */
import type { SiteContent } from '../model.ts';
import type { Citable } from './styles.ts';
import { citedBy, containerOf, type CitableEntry } from './citable.ts';
import { recommendationEntries } from '../kinds/numbered-item.ts';
import { siteLookup } from '../lookup.ts';
import { paths, withBase } from '../addresses.ts';

export type { CitableEntry };

const cache = new WeakMap<SiteContent, Map<string, readonly CitableEntry[]>>();
const byFile = new WeakMap<SiteContent, Map<string, ReadonlyMap<string, CitableEntry>>>();

/** Every citable thing, computed once per site, origin and base (each page looks up its own). */
export function citables(site: SiteContent, origin: URL | string, base: string): readonly CitableEntry[] {
  const key = `${String(origin)} ${base}`;
  let bySite = cache.get(site);
  if (!bySite) cache.set(site, (bySite = new Map()));
  if (!bySite.has(key)) bySite.set(key, computeCitables(site, origin, base));
  return bySite.get(key)!;
}

/** The address of a citable thing's citation files, without the extension (see CitableEntry.file). */
export const citationFile = {
  publication: (id: string): string => `publications/${id}`,
  chapter: (publication: string, chapter: string): string => `chapters/${publication}/${chapter}`,
  numberedItem: (code: string, n: number): string => `recommendations/${code}-${n}`,
  dataset: (id: string): string => `data/${id}`,
};

function computeCitables(site: SiteContent, origin: URL | string, base: string): CitableEntry[] {
  const url = (path: string): string => new URL(withBase(path, base), origin).href;
  const lookup = siteLookup(site);
  const out: CitableEntry[] = [];
  // A document read as chapters as a whole: what a reader most often cites (slides and press releases are cited by their parts).
  for (const p of site.publications.filter((x) => x.formatEntry.readAs === 'chapters')) {
    out.push({
      kind: 'publication', ...citedBy(p), title: p.title,
      url: url(paths.publication(p.id)), key: p.id, file: citationFile.publication(p.id),
    });
  }
  for (const chapter of site.chapters) {
    const p = lookup.publication(chapter.data.publication);
    out.push({
      kind: 'chapter', ...citedBy(p), title: chapter.data.title, container: containerOf(chapter.data.title, p.title),
      url: url(paths.chapter(p.id, chapter.slug)), key: `${p.code}-${chapter.slug}`, file: citationFile.chapter(p.id, chapter.slug),
    });
  }
  for (const r of recommendationEntries(site)) {
    const p = lookup.publication(r.publication);
    out.push({
      kind: 'recommendation', ...citedBy(p), title: r.label, container: p.title,
      url: url(r.permalink), key: `${p.code}-recommendation-${r.number}`, file: citationFile.numberedItem(p.code, r.number),
    });
  }
  for (const d of site.datasets) {
    // A dataset is cited as part of the publication that first states its figures. One stated only
    // in news coverage is cited by its title alone: no author, publisher or date is known for it.
    const first = d.statedIn.find((s) => s.publication);
    const p = first?.publication ? lookup.publication(first.publication) : undefined;
    out.push({
      kind: 'dataset', ...(p ? citedBy(p) : { people: [] }), title: `${d.title} [dataset]`, container: p?.title,
      url: url(paths.dataset(d.id)), key: `dataset-${d.id}`, file: citationFile.dataset(d.id),
    });
  }
  return out;
}

/** The citable thing whose citation files are at /citations/<file>.<extension>, e.g. "chapters/<publication>/<chapter>". */
export function citableAt(site: SiteContent, origin: URL | string, base: string, file: string): CitableEntry {
  const key = `${String(origin)} ${base}`;
  let bySite = byFile.get(site);
  if (!bySite) byFile.set(site, (bySite = new Map()));
  let index = bySite.get(key);
  if (!index) bySite.set(key, (index = new Map(citables(site, origin, base).map((c) => [c.file, c]))));
  const found = index.get(file);
  if (!found) throw new Error(`Nothing citable at ${file}`);
  return found;
}

/** The citation of one quote: its chapter, at the quote's own anchor. */
export function quoteCitable(site: SiteContent, origin: URL | string, base: string, q: { publication: string; chapter: string; anchor: string }): Citable {
  const lookup = siteLookup(site);
  const p = lookup.publication(q.publication);
  const chapter = lookup.chapter(q.publication, q.chapter);
  return {
    kind: 'quote', ...citedBy(p), title: chapter.data.title, container: containerOf(chapter.data.title, p.title),
    url: new URL(withBase(paths.fragment(q.publication, q.chapter, q.anchor), base), origin).href,
    key: `${p.code}-${q.anchor}`,
  };
}
