/** A dataset as CSV: /data/<id>.csv */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../lib/site-data.ts';
import { datasetCsvFile } from '../../lib/data/csv.ts';

export const getStaticPaths: GetStaticPaths = () => getSiteContent().datasets.map((d) => ({ params: { id: d.id } }));

export const GET: APIRoute = ({ params }) => {
  const dataset = getSiteContent().datasets.find((d) => d.id === params['id'])!;
  // With a byte-order mark, for Excel; the host sends the charset too (src/lib/headers.ts, nginx example).
  return new Response(datasetCsvFile(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
