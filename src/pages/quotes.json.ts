/** Every quote of every publication, as JSON: /quotes.json (src/lib/corpus/quotes.ts). */
import type { APIRoute } from 'astro';
import { currentSite } from '../lib/current-site.ts';
import { addressing } from '../lib/corpus/numbered-items.ts';
import { quotesJson } from '../lib/corpus/quotes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(quotesJson(currentSite(), addressing(site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
