/** Every numbered item of every publication, as JSON: /recommendations.json (src/lib/corpus/numbered-items.ts). */
import type { APIRoute } from 'astro';
import { currentSite } from '../lib/current-site.ts';
import { addressing, numberedItemsJson } from '../lib/corpus/numbered-items.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(numberedItemsJson(currentSite(), addressing(site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
