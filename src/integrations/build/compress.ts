/**
 * Precompressed copies of the built site's text files: beside each one, a .gz (gzip, level 9) and a
 * .br (brotli), each only where it is smaller than the file, so a host can send them as
 * they are (nginx gzip_static/brotli_static, Apache by the .htaccess the build writes, Netlify,
 * Cloudflare, S3 with Content-Encoding) instead of compressing on every request or not at all.
 * Node's zlib does both, in its thread pool, a few files at a time. Brotli at its best (quality 11)
 * is slow, about 1 MB a second; quality 10 takes a third of the time for copies 3 % larger
 * (measured on this site's pages), and below 10 copies are 15 % larger. So the stylesheets and
 * scripts every page loads, cached by browsers for a year, get 11, and the pages and data 10.
 * What a file compressed to is kept in a cache under the hash of its bytes: a rebuild compresses
 * only the files that changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { TEXT_TYPES } from '../../lib/headers.ts';

/** Text the site publishes: pages, styles, scripts, data, feeds, citations (the host policy's list). */
export const TEXT_EXTENSIONS = new Set(Object.keys(TEXT_TYPES).map((ext) => `.${ext}`));

/** Changing how files are compressed changes every cache key. */
const SETTINGS = 'gzip-9 brotli-text v2';

/** Brotli's quality for a file (its path from the site's root): the best for the shared assets. */
export function brotliQuality(path: string): number {
  return path.startsWith('_astro/') ? constants.BROTLI_MAX_QUALITY : 10;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface Compressed {
  /** Text files looked at. */
  files: number;
  gz: number;
  br: number;
  /** Files whose copies came from the cache. */
  reused: number;
  /** Bytes of the text files, and of what a browser taking brotli (else gzip, else the file) is sent. */
  bytes: number;
  sent: number;
}

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && TEXT_EXTENSIONS.has(extname(e.name))).map((e) => join(e.parentPath, e.name));
}

async function compress(data: Buffer, quality: number): Promise<[gz: Buffer, br: Buffer]> {
  return Promise.all([
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
}

/** The copies of a file's bytes: from the cache when these bytes were compressed before, else made (and kept). */
async function copiesOf(data: Buffer, quality: number, cacheDir: string | undefined, used: Set<string>): Promise<{ gz: Buffer; br: Buffer; reused: boolean }> {
  if (!cacheDir) {
    const [gz, br] = await compress(data, quality);
    return { gz, br, reused: false };
  }
  const key = createHash('sha256').update(`${SETTINGS} ${quality}`).update('\0').update(data).digest('hex').slice(0, 32);
  used.add(`${key}.gz`).add(`${key}.br`);
  const [cachedGz, cachedBr] = await Promise.all([readFile(join(cacheDir, `${key}.gz`)).catch(() => undefined), readFile(join(cacheDir, `${key}.br`)).catch(() => undefined)]);
  if (cachedGz && cachedBr) return { gz: cachedGz, br: cachedBr, reused: true };
  const [gz, br] = await compress(data, quality);
  await Promise.all([writeFile(join(cacheDir, `${key}.gz`), gz), writeFile(join(cacheDir, `${key}.br`), br)]);
  return { gz, br, reused: false };
}

/**
 * Write the .gz and .br copies of every text file under dir. With a cache folder, files whose bytes
 * were compressed by an earlier build take their copies from it; the cache then keeps this build's only.
 */
export async function compressTextFiles(dir: string, options: { cacheDir?: string | undefined; concurrency?: number } = {}): Promise<Compressed> {
  const { cacheDir } = options;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const files = await textFiles(dir);
  const totals: Compressed = { files: 0, gz: 0, br: 0, reused: 0, bytes: 0, sent: 0 };
  const used = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      const data = await readFile(file);
      const { gz, br, reused } = await copiesOf(data, brotliQuality(relative(dir, file).split(sep).join('/')), cacheDir, used);
      const writes: Promise<void>[] = [];
      if (gz.length < data.length) {
        writes.push(writeFile(`${file}.gz`, gz));
        totals.gz += 1;
      }
      if (br.length < data.length) {
        writes.push(writeFile(`${file}.br`, br));
        totals.br += 1;
      }
      await Promise.all(writes);
      totals.files += 1;
      if (reused) totals.reused += 1;
      totals.bytes += data.length;
      totals.sent += Math.min(data.length, gz.length, br.length);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  if (cacheDir) {
    const stale = (await readdir(cacheDir)).filter((name) => !used.has(name));
    await Promise.all(stale.map((name) => rm(join(cacheDir, name), { force: true })));
  }
  return totals;
}
