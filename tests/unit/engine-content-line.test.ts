/**
 * The engine names no organisation: nothing in the engine's code (scripts/lib/engine-files.ts)
 * contains the site's distinctive words, taken from the content itself (the site file, the
 * publications, themes, datasets and key figures), so the same test holds for any site.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/lib/load/load-site.ts';
import { distinctiveWords } from './helpers/distinctive-words.ts';
import { ENGINE_CODE } from '../../scripts/lib/engine-files.ts';

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
