/** The build's precompressed copies (src/integrations/build/compress.ts), on a folder of its own. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { brotliQuality, compressTextFiles } from '../../src/integrations/build/compress.ts';

describe('precompressed copies', () => {
  it('gives the shared stylesheets and scripts brotli at its best, and the pages and data the quality a third as slow', () => {
    expect(brotliQuality('_astro/global.Ab12.css')).toBe(11);
    expect(brotliQuality('_astro/chart-worker.js')).toBe(11);
    expect(brotliQuality('index.html')).toBe(10);
    expect(brotliQuality('recommendations/2021-4/index.html')).toBe(10);
    expect(brotliQuality('data/x.csv')).toBe(10);
  });

  it('writes a .gz and a .br beside every text file where each is smaller, and leaves other files alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compress-'));
    try {
      mkdirSync(join(dir, 'a', 'b'), { recursive: true });
      const page = `<!doctype html><title>x</title>${'<p>The same sentence, again and again.</p>'.repeat(200)}`;
      writeFileSync(join(dir, 'a', 'b', 'index.html'), page);
      writeFileSync(join(dir, 'style.css'), 'body { margin: 0; } '.repeat(50));
      writeFileSync(join(dir, 'tiny.js'), 'x');
      writeFileSync(join(dir, 'picture.png'), Buffer.alloc(5000, 7));
      writeFileSync(join(dir, 'records.bib'), '@report{a, title = {A title}}\n'.repeat(40));
      const result = await compressTextFiles(dir);
      expect(result.files).toBe(4);
      for (const file of ['a/b/index.html', 'style.css', 'records.bib']) {
        const original = readFileSync(join(dir, file));
        expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), file).toBe(true);
        expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), file).toBe(true);
      }
      // One byte cannot be made smaller; a picture is not text.
      for (const file of ['tiny.js.gz', 'tiny.js.br', 'picture.png.gz', 'picture.png.br']) expect(existsSync(join(dir, file)), file).toBe(false);
      expect(result.gz).toBe(3);
      expect(result.br).toBe(3);
      expect(result.sent).toBeLessThan(result.bytes / 5);
      // At the highest settings: brotli's smallest for this page is what was written.
      expect(readFileSync(join(dir, 'a/b/index.html.br')).length).toBeLessThan(readFileSync(join(dir, 'a/b/index.html.gz')).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with a cache, a rebuild compresses only the files whose bytes changed, and the copies are the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compress-'));
    const cacheDir = join(dir, '..', `${dir.split('/').at(-1)}-cache`);
    try {
      const site = join(dir, 'site');
      mkdirSync(site);
      writeFileSync(join(site, 'a.html'), '<p>First page, first words.</p>'.repeat(100));
      writeFileSync(join(site, 'b.css'), 'p { color: black; } '.repeat(100));
      const first = await compressTextFiles(site, { cacheDir });
      expect(first.reused).toBe(0);
      const before = readFileSync(join(site, 'b.css.br'));
      rmSync(join(site, 'b.css.br'));
      writeFileSync(join(site, 'a.html'), '<p>First page, other words.</p>'.repeat(100));
      const second = await compressTextFiles(site, { cacheDir });
      expect(second.reused).toBe(1);
      expect(readFileSync(join(site, 'b.css.br')).equals(before)).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(site, 'a.html.br'))).toString()).toContain('other words');
      // The cache keeps this build's copies only: the old page's are gone.
      expect(readdirSync(cacheDir)).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
