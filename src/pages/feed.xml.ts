/** RSS feed of the publications and of corrections made since publication. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { currentSite } from '../lib/current-site.ts';
import { paths, withBase } from '../lib/addresses.ts';
import { recommendationEntries } from '../lib/kinds/numbered-item.ts';
import { STATUS_LABELS } from '../schemas/progress.ts';
import { escapeXml } from '../lib/escape.ts';

export const GET: APIRoute = ({ site }) => {
  const content = currentSite();
  const base = import.meta.env.BASE_URL;
  // Sorting needs a whole date; a year or month is padded for the sort only. The feed states a
  // pubDate only where the source gives the day: "2023" must not be published as 1 January 2023.
  const toDate = (d: string): Date => new Date(`${d.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`);
  const dated = (d: string): { pubDate?: Date } => (d.length === 10 ? { pubDate: toDate(d) } : {});
  const publications = content.publications.map((p) => ({
    title: p.title,
    description: p.summary,
    link: withBase(paths.publication(p.id), base),
    sortDate: toDate(p.date),
    ...dated(p.date),
  }));
  const corrections = content.chapters.flatMap((c) => c.data.corrections.map((k) => ({
    title: `Correction: ${c.data.title}`,
    description: k.note,
    link: withBase(paths.chapter(c.data.publication, c.slug), base),
    sortDate: toDate(k.date),
    ...dated(k.date),
  })));
  // What later happened to numbered items, each as its source states it.
  const progress = recommendationEntries(content).flatMap((r) => r.progress.map((p) => ({
    title: `${r.label}, ${r.publicationShortTitle}: ${STATUS_LABELS[p.status].toLowerCase()}`,
    description: p.source.kind === 'site' ? `“${p.source.text}”` : `Source: ${p.source.title}`,
    link: withBase(r.permalink, base),
    sortDate: toDate(p.date),
    ...dated(p.date),
  })));
  const origin = site ?? 'http://localhost:4321';
  // The feed names its own address (atom:link rel="self"), as feed readers and validators expect.
  const self = new URL(withBase('/feed.xml', base), origin).href;
  return rss({
    title: content.config.name,
    description: `Publications of ${content.config.organisation}, and corrections made to them on this site.`,
    // The site's home, base path included.
    site: new URL(withBase('/', base), origin).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: [...publications, ...corrections, ...progress]
      .sort((a, b) => b.sortDate.getTime() - a.sortDate.getTime())
      .map(({ sortDate: _sortDate, ...item }) => item),
    customData: `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/><language>${content.config.locale.language.toLowerCase()}</language>`,
  });
};
