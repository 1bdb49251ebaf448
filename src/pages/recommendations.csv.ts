/** Every numbered item of every publication, as CSV: /recommendations.csv (src/lib/corpus/numbered-items.ts). */
import type { APIRoute } from 'astro';
import { currentSite } from '../lib/current-site.ts';
import { addressing, numberedItemsCsv } from '../lib/corpus/numbered-items.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(numberedItemsCsv(currentSite(), addressing(site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
