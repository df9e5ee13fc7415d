// Input checks of the analyze command: reading a file with a size limit, and telling
// a web page from what is not one (binary data, archives, images, plain text…) before
// it reaches the HTML parser, which would otherwise turn anything into an "article".
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeHtml } from '../utils/article/decode';

/** The largest file the command reads. Saved news pages are well under 5 MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** A refusal of the input: `message` is what the error line says. */
export class InputError extends Error {
  override name = 'InputError';
}

const mb = (n: number): string =>
  n < 1024 * 1024 ? `${n} bytes` : `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;

/** Reads a file whole, refusing directories, unreadable files and files over `limit`
 * bytes before reading them (a FIFO or device is read only up to the limit). */
export function readInput(file: string, limit = MAX_INPUT_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new InputError(fsMessage(e));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError('is a directory');
    const tooLarge = (size: string): InputError =>
      new InputError(`file too large: ${size} (the limit is ${mb(limit)})`);
    if (st.isFile() && st.size > limit) throw tooLarge(mb(st.size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooLarge(`over ${mb(limit)}`);
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(fsMessage(e));
  } finally {
    closeSync(fd);
  }
}

function fsMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'file not found';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot read the file: ${err.message || String(e)}`;
  }
}

interface Magic {
  /** Byte offset of the signature. */
  at: number;
  bytes: (number | null)[]; // null: any byte
  what: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const MAGIC: Magic[] = [
  { at: 0, bytes: [0x1f, 0x8b], what: 'gzip-compressed data (decompress it first)' },
  { at: 0, bytes: ascii('PK\x03\x04'), what: 'a zip archive (extract the page first)' },
  { at: 0, bytes: ascii('PK\x05\x06'), what: 'a zip archive (empty)' },
  { at: 0, bytes: ascii('PK\x07\x08'), what: 'a zip archive (extract the page first)' },
  // "BZh", the block size 1-9, then the magic of the first block or of the end of stream.
  ...[ascii('1AY&SY'), [0x17, 0x72, 0x45, 0x38, 0x50, 0x90]].flatMap((block) =>
    ascii('123456789').map((size): Magic => ({
      at: 0,
      bytes: [...ascii('BZh'), size, ...block],
      what: 'bzip2-compressed data (decompress it first)',
    })),
  ),
  { at: 0, bytes: [0xfd, ...ascii('7zXZ'), 0x00], what: 'xz-compressed data (decompress it first)' },
  { at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed data (decompress it first)' },
  { at: 0, bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7z archive (extract the page first)' },
  { at: 0, bytes: [0x5d, 0x00, 0x00], what: 'lzma-compressed data (decompress it first)' },
  { at: 257, bytes: ascii('ustar\x00'), what: 'a tar archive (extract the page first)' },
  { at: 257, bytes: ascii('ustar  \x00'), what: 'a tar archive (extract the page first)' },
  { at: 0, bytes: ascii('%PDF-'), what: 'a PDF document' },
  { at: 0, bytes: [0x89, ...ascii('PNG\r\n\x1a\n')], what: 'a PNG image' },
  { at: 0, bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { at: 0, bytes: ascii('GIF87a'), what: 'a GIF image' },
  { at: 0, bytes: ascii('GIF89a'), what: 'a GIF image' },
  { at: 0, bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], what: 'a WebP image' },
];

function knownFormat(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.at + m.bytes.length && m.bytes.every((b, i) => b === null || bytes[m.at + i] === b))
      return m.what;
  }
  return null;
}

/** Share of suspicious characters (controls, U+FFFD) above which decoded text is taken
 * for binary data, and the least number of them that counts (a fragment with a stray
 * byte or two is still a page). Real pages have next to none of them. */
const MAX_BAD_SHARE = 0.02;
const MIN_BAD = 16;

const pct = (n: number, of: number): string => `${Math.max(1, Math.round((n / of) * 100))}%`;

/** Why these bytes are not a web page (the text of the error line), or null when they
 * may be one. Pure; decodes the bytes as the analyze command does (see decode.ts). */
export function notAWebPage(bytes: Uint8Array): string | null {
  const no = (why: string): string => `not a web page: ${why}`;
  if (bytes.length === 0) return no('empty file');
  const format = knownFormat(bytes);
  if (format) return no(format);
  const { text, encoding } = decodeHtml(bytes);
  let nul = 0;
  let control = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    // C0 controls but tab, newlines and form feed; DEL; C1 controls.
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f))
      control++;
    else if (c === 0xfffd) invalid++;
  }
  if (nul) {
    // UTF-16 without a byte-order mark: every other byte of ASCII text is NUL.
    let even = 0;
    let odd = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0) continue;
      if (i % 2) odd++;
      else even++;
    }
    const utf16 = Math.max(even, odd) > bytes.length / 6 && Math.min(even, odd) < nul / 10;
    return no(
      utf16
        ? 'binary data (NUL bytes: UTF-16 text without a byte-order mark?)'
        : 'binary data (contains NUL bytes)',
    );
  }
  const bad = control + invalid;
  if (bad >= MIN_BAD && bad > text.length * MAX_BAD_SHARE) {
    const share = pct(bad, text.length);
    if (control < invalid)
      return no(`binary data or an unknown encoding (${share} of the text is not valid ${encoding})`);
    return no(`binary data (${share} control characters${invalid ? ' or invalid text' : ''})`);
  }
  const body = text.replace(/^\ufeff/, '');
  if (!body.trim()) return no('empty file (only whitespace)');
  if (!hasMarkup(body)) return no('plain text with no HTML markup (for plain text use --lines)');
  return null;
}

/** A tag, a comment or a doctype: `<p>`, `<br/>`, `<div class=…`, `</p>`, `<!-- … -->`. */
function hasMarkup(text: string): boolean {
  return /<(?:!doctype\b|!--|\/?[a-z][a-z0-9-]*(?:[\s/>]|$))/i.test(text);
}
