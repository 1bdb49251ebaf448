/** A dataset as JSON: /data/<id>.json, with each statement's link back to its paragraph. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { currentSite, currentPageKeys } from '../../lib/current-site.ts';
import { paths, withBase } from '../../lib/addresses.ts';

export const getStaticPaths: GetStaticPaths = () => currentSite().datasets.map((d) => ({ params: { id: d.id }, cacheKey: currentPageKeys().site() }));

export const GET: APIRoute = ({ params, site }) => {
  const { file: _file, ...dataset } = currentSite().datasets.find((d) => d.id === params['id'])!;
  const base = import.meta.env.BASE_URL;
  const statedIn = dataset.statedIn.map((s) => ({
    ...s,
    url: s.publication && s.chapter
      ? new URL(withBase(s.anchor ? paths.fragment(s.publication, s.chapter, s.anchor) : paths.chapter(s.publication, s.chapter), base), site).href
      : undefined,
  }));
  return new Response(`${JSON.stringify({ ...dataset, statedIn }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
