/**
 * The engine names no organisation: nothing in the engine's code (scripts/lib/engine-files.ts)
 * contains the site's distinctive words, taken from the content itself (the site file, the
 * publications, themes, datasets and key figures), so the same test holds for any site.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/lib/load/load-site.ts';
import type { SiteContent } from '../../src/lib/model.ts';
import { ENGINE_CODE } from '../../scripts/lib/engine-files.ts';

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

function filesUnder(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).map((f) => join(path, f)).filter((f) => statSync(f).isFile());
}

function engineFilesNaming(words: readonly string[], root = '.'): string[] {
  const out: string[] = [];
  for (const file of ENGINE_CODE.flatMap((p) => filesUnder(join(root, p)))) {
    const text = readFileSync(file, 'utf8');
    for (const word of words) if (text.includes(word)) out.push(`${file}: ${word}`);
  }
  return out;
}

describe('the engine names no organisation', () => {
  const site = loadSite(process.cwd());
  const words = distinctiveWords(site);

  it('takes enough distinctive words from the content to be a real check', () => {
    expect(words).toEqual(expect.arrayContaining(['North East', 'ADCS', '2021-regional-care-report', '2023-response', site.config.name]));
  });

  it('finds none of them in the engine’s code', () => {
    expect(engineFilesNaming(words)).toEqual([]);
  });

  it('would find one written into the engine', () => {
    expect(distinctiveWords(site).some((w) => 'const siteName = \'North East children’s services evidence\';'.includes(w))).toBe(true);
  });
});

describe('the same check on the second site', () => {
  it('finds none of its words in the engine either', () => {
    const second = loadSite('tests/fixtures/riverside');
    const words = distinctiveWords(second);
    expect(words.length).toBeGreaterThan(5);
    expect(engineFilesNaming(words)).toEqual([]);
  });
});
