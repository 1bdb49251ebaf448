/** /llms-full.txt: every publication's whole text, with its paragraph numbers (src/lib/corpus/llms.ts). */
import type { APIRoute } from 'astro';
import { currentSite } from '../lib/current-site.ts';
import { addressing } from '../lib/corpus/numbered-items.ts';
import { llmsFullTxt } from '../lib/corpus/llms.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(llmsFullTxt(currentSite(), addressing(site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
