/**
 * Read a content file as text, as the pages will: UTF-8, with or without a byte-order mark (which
 * is dropped). A file saved in another encoding (Windows-1252 from an older editor, UTF-16 from
 * Notepad's "Unicode") would otherwise be read with its letters garbled, or stop the bundler with
 * "stream did not contain valid UTF-8": it is one error at the file, saying to save it as UTF-8.
 */
import { readFileSync } from 'node:fs';
import { finding, type Finding } from '../findings.ts';

export type Decoded = { ok: true; text: string } | { ok: false; line: number | undefined; message: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Windows-1252's characters for the bytes 0x80–0x9F that UTF-8 never starts a character with (the rest are Latin-1's). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80]! : String.fromCharCode(byte);
}

/** The offset of the first byte that does not start or continue a UTF-8 character as it should. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** The file's bytes as text, or what is wrong with their encoding. */
export function decodeContent(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: undefined, message: 'the file is saved as UTF-16 (“Unicode” in some editors), not UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a byte-order mark: every other byte of plain text is a NUL.
    const pairs = Math.min(bytes.length >> 1, 200);
    let zeros = 0;
    for (let i = 0; i < pairs * 2; i++) if (bytes[i] === 0) zeros++;
    return zeros >= pairs / 2
      ? { ok: false, line: undefined, message: 'the file is saved as UTF-16 (“Unicode” in some editors), not UTF-8: every other byte is a NUL' }
      : { ok: false, line: lineAt(bytes, nul), message: 'the file holds a NUL byte, which no text file has: it is not saved as UTF-8 text' };
  }
  try {
    // The decoder drops a byte-order mark (ignoreBOM: false): it is fine, and not part of the text.
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const byte = bytes[at] ?? 0;
    return { ok: false, line: lineAt(bytes, at), message: `the file is not saved as UTF-8: this line has the byte 0x${byte.toString(16).toUpperCase()}, which in Windows-1252 (“ANSI”) is “${windows1252(byte)}”` };
  }
}

/** How to fix it, in any editor. */
export const SAVE_AS_UTF8 = 'save this file as UTF-8 and check again: in most editors, “Save with encoding” or “Save as…” and the encoding UTF-8; curly quotes, £ and accented letters are kept';

/** Read a content file (`file` is its path from the content root, for the message): its text, or a finding. */
export function readContentFile(path: string, file: string): { ok: true; text: string } | { ok: false; finding: Finding } {
  const decoded = decodeContent(readFileSync(path));
  if (decoded.ok) return decoded;
  return { ok: false, finding: finding(file, decoded.line, 'file-encoding', decoded.message, SAVE_AS_UTF8) };
}

/** Files whose encoding error is already among a run's findings (a source document is read by many statements). */
const reported = new WeakMap<Finding[], Set<string>>();

/**
 * A content file read for another file's sake (a source document that a dataset or coverage
 * quotes): its text, or undefined with its encoding error reported once per run.
 */
export function readQuotedFile(path: string, file: string, findings: Finding[]): string | undefined {
  const read = readContentFile(path, file);
  if (read.ok) return read.text;
  const seen = reported.get(findings) ?? new Set<string>();
  reported.set(findings, seen);
  if (!seen.has(file)) findings.push(read.finding);
  seen.add(file);
  return undefined;
}
