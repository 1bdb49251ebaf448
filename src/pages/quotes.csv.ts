/** Every quote of every publication, as CSV: /quotes.csv (src/lib/corpus/quotes.ts). */
import type { APIRoute } from 'astro';
import { currentSite } from '../lib/current-site.ts';
import { addressing } from '../lib/corpus/numbered-items.ts';
import { quotesCsv } from '../lib/corpus/quotes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(quotesCsv(currentSite(), addressing(site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
