/** Everything on the site that can be cited, with its exact URL and the files for reference managers. */
import type { SiteContent } from './content/site.ts';
import type { Citable } from './citation.ts';
import type { Publication } from '../schemas/publication.ts';
import { recommendationEntries } from './indexes.ts';
import { siteLookup } from './site-lookup.ts';
import { paths, withBase } from './urls.ts';

export interface CitableEntry extends Citable {
  /** Path of the .bib and .ris files under /citations/, without the extension. */
  file: string;
}

/** Who wrote and published a publication, and when, as its citations give them. */
export function citedBy(p: Pick<Publication, 'authors' | 'publisher' | 'date'>): Pick<Citable, 'people' | 'publisher' | 'date'> {
  return { people: p.authors, publisher: p.publisher, date: p.date };
}

/** A one-chapter document whose chapter has the document's title is cited once by that title, not "‘X’, in X". */
function containerOf(chapterTitle: string, publicationTitle: string): string | undefined {
  return chapterTitle === publicationTitle ? undefined : publicationTitle;
}

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

function computeCitables(site: SiteContent, origin: URL | string, base: string): CitableEntry[] {
  const url = (path: string): string => new URL(withBase(path, base), origin).href;
  const publication = (id: string) => site.publications.find((p) => p.id === id)!;
  const out: CitableEntry[] = [];
  // A report as a whole: what a reader most often cites (the slides and the press release are cited by their parts).
  for (const p of site.publications.filter((x) => x.format === 'report')) {
    out.push({
      kind: 'publication', ...citedBy(p), title: p.title,
      url: url(paths.publication(p.id)), key: p.id, file: `publications/${p.id}`,
    });
  }
  for (const chapter of site.chapters) {
    const p = publication(chapter.data.publication);
    out.push({
      kind: 'chapter', ...citedBy(p), title: chapter.data.title, container: containerOf(chapter.data.title, p.title),
      url: url(paths.chapter(p.id, chapter.slug)), key: `${p.code}-${chapter.slug}`, file: `chapters/${p.id}/${chapter.slug}`,
    });
  }
  for (const r of recommendationEntries(site)) {
    const p = publication(r.publication);
    out.push({
      kind: 'recommendation', ...citedBy(p), title: r.label, container: p.title,
      url: url(r.permalink), key: `${p.code}-recommendation-${r.number}`, file: `recommendations/${p.code}-${r.number}`,
    });
  }
  for (const d of site.datasets) {
    // A dataset is cited as part of the publication that first states its figures. One stated only
    // in news coverage is cited by its title alone: no author, publisher or date is known for it.
    const first = d.statedIn.find((s) => s.publication);
    const p = first?.publication ? publication(first.publication) : undefined;
    out.push({
      kind: 'dataset', ...(p ? citedBy(p) : { people: [] }), title: `${d.title} [dataset]`, container: p?.title,
      url: url(paths.dataset(d.id)), key: `dataset-${d.id}`, file: `data/${d.id}`,
    });
  }
  return out;
}

/** The citable thing whose citation files are at /citations/<file>.bib|.ris, e.g. "chapters/<publication>/<chapter>". */
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
