/** A dataset as CSV: /data/<id>.csv, with where each row's figures are stated and the notes on every row. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite, currentPageKeys } from '../../lib/current-site.ts';
import { datasetCsvFile, rowsProvenance } from '../../lib/data/csv.ts';
import { documentTitle } from '../../lib/data/documents.ts';
import { paths, withBase } from '../../lib/addresses.ts';

export const getStaticPaths: GetStaticPaths = () => currentSite().datasets.map((d) => ({ params: { id: d.id }, cacheKey: currentPageKeys().site() }));

export const GET: APIRoute = ({ params, site: origin }) => {
  const site = currentSite();
  const dataset = site.datasets.find((d) => d.id === params['id'])!;
  const base = import.meta.env.BASE_URL;
  const stated = dataset.statedIn.map((s) => {
    const publication = site.publications.find((p) => p.id === s.publication);
    const chapter = site.chapters.find((c) => c.data.publication === s.publication && c.slug === s.chapter);
    if (!publication || !chapter) return { where: documentTitle(site, s.document), text: s.text };
    const path = s.anchor ? paths.fragment(publication.id, chapter.slug, s.anchor) : paths.chapter(publication.id, chapter.slug);
    return { where: `${publication.title}, ${chapter.data.title}`, url: new URL(withBase(path, base), origin).href, text: s.text };
  });
  const provenance = rowsProvenance(dataset, stated, dataset.originalSource, dataset.notes);
  // With a byte-order mark, for Excel; the host sends the charset too (src/lib/headers.ts, nginx example).
  return new Response(datasetCsvFile(dataset, provenance), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
