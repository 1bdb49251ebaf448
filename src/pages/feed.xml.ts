/** RSS feed of the publications and of corrections made since publication. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/site-data.ts';
import { paths, withBase } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const content = getSiteContent();
  const base = import.meta.env.BASE_URL;
  const toDate = (d: string): Date => new Date(`${d.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`);
  const publications = content.publications.map((p) => ({
    title: p.title,
    description: p.summary,
    link: withBase(paths.publication(p.id), base),
    pubDate: toDate(p.date),
  }));
  const corrections = content.chapters.flatMap((c) => c.data.corrections.map((k) => ({
    title: `Correction: ${c.data.title}`,
    description: k.note,
    link: withBase(paths.chapter(c.data.publication, c.slug), base),
    pubDate: toDate(k.date),
  })));
  return rss({
    title: 'North East children’s services evidence',
    description: 'Publications of the North East directors of children’s services, and corrections made to them on this site.',
    site: site ?? 'http://localhost:4321',
    items: [...publications, ...corrections].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: '<language>en-gb</language>',
  });
};
