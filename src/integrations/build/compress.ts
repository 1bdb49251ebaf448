/**
 * Precompressed copies of the built site's text files: beside each one, a .gz (gzip, level 9) and a
 * .br (brotli, quality 11), each only where it is smaller than the file, so a host can send them as
 * they are (nginx gzip_static/brotli_static, Apache by the .htaccess the build writes, Netlify,
 * Cloudflare, S3 with Content-Encoding) instead of compressing on every request or not at all.
 * Node's zlib does both, in its thread pool, a few files at a time.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { TEXT_TYPES } from '../../lib/headers.ts';

/** Text the site publishes: pages, styles, scripts, data, feeds, citations (the host policy's list). */
export const TEXT_EXTENSIONS = new Set(Object.keys(TEXT_TYPES).map((ext) => `.${ext}`));

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface Compressed {
  /** Text files looked at. */
  files: number;
  gz: number;
  br: number;
  /** Bytes of the text files, and of what a browser taking brotli (else gzip, else the file) is sent. */
  bytes: number;
  sent: number;
}

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && TEXT_EXTENSIONS.has(extname(e.name))).map((e) => join(e.parentPath, e.name));
}

async function compressFile(file: string, totals: Compressed): Promise<void> {
  const data = await readFile(file);
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
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
  totals.bytes += data.length;
  totals.sent += Math.min(data.length, gz.length, br.length);
}

/** Write the .gz and .br copies of every text file under dir. */
export async function compressTextFiles(dir: string, options: { concurrency?: number } = {}): Promise<Compressed> {
  const files = await textFiles(dir);
  const totals: Compressed = { files: 0, gz: 0, br: 0, bytes: 0, sent: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) await compressFile(files[next++]!, totals);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return totals;
}
