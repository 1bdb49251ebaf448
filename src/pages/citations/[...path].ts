/** BibTeX and RIS files for every citable chapter, recommendation and dataset: /citations/<kind>/<id>.bib|.ris */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../lib/site-data.ts';
import { citables, type CitableEntry } from '../../lib/citables.ts';
import { bibtex, ris } from '../../lib/citation.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const all = citables(getSiteContent(), import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL);
  return all.flatMap((c) => [
    { params: { path: `${c.file}.bib` }, props: { citable: c, format: 'bib' } },
    { params: { path: `${c.file}.ris` }, props: { citable: c, format: 'ris' } },
  ]);
};

export const GET: APIRoute = ({ props }) => {
  const { citable, format } = props as { citable: CitableEntry; format: 'bib' | 'ris' };
  return format === 'bib'
    ? new Response(bibtex(citable), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(ris(citable), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
