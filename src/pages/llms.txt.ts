/** /llms.txt: the site's publications and data, listed for machines that read it (src/lib/corpus/llms.ts). */
import type { APIRoute } from 'astro';
import { currentSite } from '../lib/current-site.ts';
import { addressing } from '../lib/corpus/numbered-items.ts';
import { llmsTxt } from '../lib/corpus/llms.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(llmsTxt(currentSite(), addressing(site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
