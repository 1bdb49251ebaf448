import { describe, expect, it } from 'vitest';
import { crc32, deflateSync } from 'node:zlib';
import { pngText, withPngText } from '../../src/lib/png-text.ts';

/** A 1 × 1 PNG made by hand: signature, IHDR, IDAT, IEND. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))), chunk('IEND', Buffer.alloc(0))]);
}

describe('words inside a PNG', () => {
  it('are written before its end and read back, in UTF-8', () => {
    const png = withPngText(tinyPng(), { Title: 'Children’s home weekly cost', Comment: 'Source: the report. Online at https://example.org/data/x/' });
    expect(png.toString('latin1', png.length - 8, png.length - 4)).toBe('IEND');
    expect(pngText(png)).toEqual({ Title: 'Children’s home weekly cost', Comment: 'Source: the report. Online at https://example.org/data/x/' });
    expect(pngText(tinyPng())).toEqual({});
  });
  it('refuse what is not a PNG, and a keyword a PNG cannot hold', () => {
    expect(() => withPngText(Buffer.from('GIF89a'), { Title: 'x' })).toThrow(/not a PNG/);
    expect(() => withPngText(tinyPng(), { 'Tïtle': 'x' })).toThrow(/cannot be a PNG keyword/);
  });
});
