/** The words that say whose site a site is, taken from its content: for the checks that the engine (or a new site) names none of them. */
import type { SiteContent } from '../../../src/lib/model.ts';

/**
 * The words that say whose site it is: the site's name and organisation phrases, publication ids,
 * titles, publishers and authors, ids of themes, datasets and key figures (those with a hyphen,
 * so "funding" or "population" do not count), and every run of two or more capitalised words or
 * an acronym in those texts ("North East", "ADCS", "Durham County Council").
 */
export function distinctiveWords(site: SiteContent): string[] {
  const { config } = site;
  const texts = [config.name, config.tagline, config.organisation, config.publications, config.publisher ?? '', config.home.heading,
    ...site.publications.flatMap((p) => [p.title, p.shortTitle, p.subtitle ?? '', p.publisher ?? '', ...p.authors])].filter(Boolean);
  const phrases = texts.flatMap((t) => [
    ...[...t.matchAll(/\b[A-Z][\p{L}’'-]+(?:\s+(?:of\s+|and\s+)?[A-Z][\p{L}’'-]+)+/gu)].map((m) => m[0]),
    ...[...t.matchAll(/\b[A-Z]{3,}\b/g)].map((m) => m[0]),
  ]);
  const ids = [...site.publications.map((p) => p.id), ...site.themes.map((t) => t.id), ...site.datasets.map((d) => d.id), ...site.keyFigures.map((f) => f.id)]
    .filter((id) => id.includes('-'));
  const generic = new Set(['Key Themes', 'Press Release']);
  return [...new Set([...texts.filter((t) => t.length > 12), ...phrases, ...ids])].filter((w) => !generic.has(w));
}
