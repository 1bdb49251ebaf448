/**
 * robots.txt: every page may be crawled, and points to the sitemap. The chart embed pages are
 * crawlable too: they carry <meta name="robots" content="noindex">, and a crawler must be allowed to
 * fetch a page to read that (a page disallowed here could still be indexed from links to it).
 */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/addresses.ts';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sitemap = new URL(withBase('/sitemap-index.xml', base), site).href;
  return new Response(`User-agent: *\nDisallow:\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
