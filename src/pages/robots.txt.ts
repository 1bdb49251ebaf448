/** robots.txt: everything may be indexed except the chromeless embed pages; points to the sitemap. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/addresses.ts';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sitemap = new URL(withBase('/sitemap-index.xml', base), site).href;
  return new Response(`User-agent: *\nDisallow: ${withBase('/data/', base)}*/embed/\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
