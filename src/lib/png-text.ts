/**
 * Words carried inside a PNG file (iTXt chunks, UTF-8): a chart's image keeps its title, what it
 * shows and where it comes from even when saved, renamed and passed on. Pure, on bytes.
 */
import { crc32 } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** The PNG with an iTXt chunk for each entry (keyword: text), placed before its end. Keywords are Latin-1, 1–79 characters. */
export function withPngText(png: Buffer, entries: Record<string, string>): Buffer {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const end = png.length - 12;
  if (png.toString('latin1', end + 4, end + 8) !== 'IEND') throw new Error('the PNG file does not end with its IEND chunk');
  const texts = Object.entries(entries).map(([keyword, text]) => {
    if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`"${keyword}" cannot be a PNG keyword`);
    // keyword, NUL, not compressed (0), method 0, no language tag, NUL, no translated keyword, NUL, the text.
    return chunk('iTXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]));
  });
  return Buffer.concat([png.subarray(0, end), ...texts, png.subarray(end)]);
}

/** The iTXt entries of a PNG (keyword: text), as withPngText writes them. */
export function pngText(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length);
      const nul = data.indexOf(0);
      // After the keyword: compression flag and method, then the language tag and translated keyword, each ended by NUL.
      const language = data.indexOf(0, nul + 3);
      const translated = data.indexOf(0, language + 1);
      out[data.toString('latin1', 0, nul)] = data.toString('utf8', translated + 1);
    }
    at += length + 12;
  }
  return out;
}
