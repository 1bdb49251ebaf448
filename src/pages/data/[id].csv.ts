/** A dataset as CSV: /data/<id>.csv */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../lib/site-data.ts';
import { datasetToCsv } from '../../lib/data/csv.ts';

export const getStaticPaths: GetStaticPaths = () => getSiteContent().datasets.map((d) => ({ params: { id: d.id } }));

export const GET: APIRoute = ({ params }) => {
  const dataset = getSiteContent().datasets.find((d) => d.id === params['id'])!;
  return new Response(datasetToCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
