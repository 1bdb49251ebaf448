/** BibTeX and RIS files for every citable chapter, recommendation and dataset: /citations/<kind>/<id>.bib|.ris */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../lib/site-data.ts';
import { citables, type CitableEntry } from '../../lib/citables.ts';
import { bibtex, ris } from '../../lib/citation.ts';

export const getStaticPaths: GetStaticPaths = () => {
  const site = getSiteContent();
  const all = citables(site, import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL);
  // A chapter that moved keeps its old citation files too (with the new URL inside), so old links work.
  const movedFiles = [...site.moves.pages].flatMap(([from, to]) => {
    const target = all.find((c) => c.kind === 'chapter' && c.file === `chapters${to.slice(0, -1)}`);
    return target ? [{ ...target, file: `chapters${from.slice(0, -1)}` }] : [];
  });
  return [...all, ...movedFiles].flatMap((c) => [
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
