/** A publication's full text as JSON: /<publication>/<publication>.json (src/lib/corpus/publication-text.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite, currentPageKeys } from '../../lib/current-site.ts';
import { addressing } from '../../lib/corpus/numbered-items.ts';
import { publicationTextJson } from '../../lib/corpus/publication-text.ts';
import type { PublicationEntry } from '../../lib/model.ts';

export const getStaticPaths: GetStaticPaths = () =>
  currentSite().publications.map((publication) => ({ params: { publication: publication.id, file: publication.id }, props: { publication }, cacheKey: currentPageKeys().wholePublication(publication.id) }));

export const GET: APIRoute = ({ props, site }) => {
  const { publication } = props as { publication: PublicationEntry };
  return new Response(publicationTextJson(currentSite(), publication, addressing(site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
