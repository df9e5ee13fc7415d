// The input checks of `npm run analyze` (scripts/analyze-input.ts): what is refused as
// not a web page, and what real pages must still get through.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { notAWebPage, readInput } from '../../../scripts/analyze-input';

const pages = path.resolve(__dirname, '../../../../shared/corpus/pages');
const page = (name: string): Buffer => readFileSync(path.join(pages, name));
const utf8Page = page('seed_tianning_congress_meeting.html');
const gbkPage = page('cx163_state_council_meeting.html');
const gb2312Page = page('traf_he_xinhuanet_2012_gb2312.html');

const b = (...parts: (string | number[] | Uint8Array)[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function randomBytes(n: number, seed = 1, skip: number[] = []): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n;) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const byte = x >>> 24;
    if (!skip.includes(byte)) out[i++] = byte;
  }
  return out;
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le).swap16();
  return bom ? b(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff], bytes) : bytes;
}

const html = utf8Page.toString('utf8');
const fragment = '<p>区委书记许小波出席会议并讲话。</p>';
/** "<p>人大</p>" in GBK, with no charset declared: decoded by the GB18030 fallback. */
const gbkFragment = b('<p>', [0xc8, 0xcb, 0xb4, 0xf3], '</p>');
/** A Latin-1 fragment: one byte that is not valid text, as in a page of an unknown encoding. */
const latin1Fragment = b('<p>caf', [0xe9], ' au lait</p>');

describe('notAWebPage accepts web pages', () => {
  it.each<[string, Uint8Array]>([
    ['a UTF-8 page', utf8Page],
    ['a GBK page (meta charset)', gbkPage],
    ['a GB2312 page', gb2312Page],
    ['a GBK fragment with no charset', gbkFragment],
    ['a UTF-8 page with a byte-order mark', b([0xef, 0xbb, 0xbf], utf8Page)],
    ['a UTF-16LE page with a byte-order mark', utf16(html, 'le', true)],
    ['a UTF-16BE page with a byte-order mark', utf16(html, 'be', true)],
    ['an HTML fragment', Buffer.from(fragment)],
    ['a fragment that is a single <br>', Buffer.from('区委书记<br>许小波')],
    ['a fragment that is only a comment', Buffer.from('<!-- saved page -->')],
    ['a page with a stray control character', Buffer.from(html.replace('</title>', '\x1b</title>'))],
    ['a short Latin-1 fragment with a byte that is not valid text', latin1Fragment],
    ['text that starts like bzip2 but is not', Buffer.from('BZh9 is not a header <p>x</p>')],
    ['a page whose bytes 257… read "ustar"', Buffer.from('<p>' + 'x'.repeat(254) + 'ustard</p>')],
  ])('%s', (_name, bytes) => expect(notAWebPage(bytes)).toBeNull());

  it('accepts every page of the corpus', () => {
    const names = readdirSync(pages).filter((f) => f.endsWith('.html'));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((f) => notAWebPage(page(f)) !== null)).toEqual([]);
  });
});

describe('notAWebPage refuses what is not a web page', () => {
  const tarHeader = Buffer.alloc(1024);
  tarHeader.write('page.html', 0, 'latin1');
  tarHeader.write('ustar\x0000', 257, 'latin1');
  const controls = Buffer.from('<p>' + '\x01\x02\x03\x1b\x7f'.repeat(20) + '</p>');

  it.each<[string, Uint8Array, string]>([
    ['an empty file', Buffer.alloc(0), 'empty file'],
    ['a whitespace-only file', Buffer.from(' \n\t\r\n  '), 'empty file (only whitespace)'],
    ['a byte-order mark and whitespace', b([0xef, 0xbb, 0xbf], '\n\n'), 'empty file (only whitespace)'],
    ['UTF-16 whitespace', utf16('  \n', 'le', true), 'empty file (only whitespace)'],
    ['random bytes', randomBytes(20480), 'binary data (contains NUL bytes)'],
    ['random bytes without NUL', randomBytes(20480, 7, [0]), 'binary data ('],
    ['text with many control characters', controls, 'binary data (93% control characters)'],
    ['a NUL byte in a page', Buffer.from(html.replace('</title>', '\0</title>')), 'contains NUL bytes'],
    ['UTF-16LE without a byte-order mark', utf16(html, 'le', false), 'UTF-16 text without a byte-order mark'],
    ['UTF-16BE without a byte-order mark', utf16(html, 'be', false), 'UTF-16 text without a byte-order mark'],
    [
      'text in an unknown encoding',
      randomBytes(4000, 3, [...Array(0x80).keys()]),
      'binary data or an unknown encoding (',
    ],
    ['a gzipped page', gzipSync(utf8Page), 'gzip-compressed data (decompress it first)'],
    ['a gzipped GBK page', gzipSync(gbkPage), 'gzip-compressed data (decompress it first)'],
    ['a zip archive', b('PK\x03\x04\x14\x00\x00\x00', utf8Page), 'a zip archive'],
    ['an empty zip archive', b('PK\x05\x06', Buffer.alloc(18)), 'a zip archive'],
    ['bzip2 data', b('BZh91AY&SY', randomBytes(100)), 'bzip2-compressed data (decompress it first)'],
    ['empty bzip2 data', b('BZh9', [0x17, 0x72, 0x45, 0x38, 0x50, 0x90], [0, 0, 0, 0]), 'bzip2-compressed'],
    ['xz data', b([0xfd], '7zXZ', [0], randomBytes(100)), 'xz-compressed data (decompress it first)'],
    [
      'zstd data',
      b([0x28, 0xb5, 0x2f, 0xfd], randomBytes(100)),
      'zstd-compressed data (decompress it first)',
    ],
    ['a 7z archive', b('7z', [0xbc, 0xaf, 0x27, 0x1c], randomBytes(100)), 'a 7z archive'],
    ['lzma data', b([0x5d, 0, 0, 0x80, 0], randomBytes(100)), 'lzma-compressed data'],
    ['a tar archive', b(tarHeader, utf8Page), 'a tar archive'],
    ['a PDF document', b('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>>'), 'a PDF document'],
    ['a PNG image', b([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR'), 'a PNG image'],
    ['a JPEG image', b([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF\0'), 'a JPEG image'],
    ['a GIF87a image', b('GIF87a', [1, 0, 1, 0, 0x80, 0, 0]), 'a GIF image'],
    ['a GIF89a image', b('GIF89a', [1, 0, 1, 0, 0x80, 0, 0]), 'a GIF image'],
    ['a WebP image', b('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'a WebP image'],
    ['plain Chinese text', Buffer.from('区委书记许小波出席会议并讲话。\n'), 'plain text with no HTML markup'],
    [
      'plain text with a comparison',
      Buffer.from('if a < 3 and b <= 4 then <- done'),
      'plain text with no HTML',
    ],
    ['JSON', Buffer.from('{"title": "区委召开人大工作会议", "n": 3}'), 'plain text with no HTML markup'],
  ])('%s', (_name, bytes, why) => {
    const error = notAWebPage(bytes);
    expect(error).toMatch(/^not a web page: /);
    expect(error).toContain(why);
  });
});

describe('readInput', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'analyze-input-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array): string => {
    const p = path.join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it('reads a file whole', () => expect(readInput(file('page.html', utf8Page))).toEqual(utf8Page));
  it('reads a file of exactly the limit', () =>
    expect(readInput(file('exact.html', Buffer.alloc(100, 0x20)), 100)).toHaveLength(100));

  it.each<[string, () => string, string]>([
    ['a missing file', () => path.join(dir, 'missing.html'), 'file not found'],
    [
      'a directory',
      () => {
        mkdirSync(path.join(dir, 'sub'));
        return path.join(dir, 'sub');
      },
      'is a directory',
    ],
    [
      'a file over the limit',
      () => file('big.html', Buffer.alloc(101, 0x20)),
      'file too large: 101 bytes (the limit is 100 bytes)',
    ],
  ])('refuses %s', (_name, make, message) => expect(() => readInput(make(), 100)).toThrow(message));

  it('says the size and the limit in megabytes', () => {
    const big = file('big2.html', Buffer.alloc(3 * 1024 * 1024, 0x20));
    expect(() => readInput(big, 2 * 1024 * 1024)).toThrow('file too large: 3 MB (the limit is 2 MB)');
  });

  it.skipIf(process.platform === 'win32')('stops reading a device at the limit', () =>
    expect(() => readInput('/dev/zero', 1024 * 1024)).toThrow(
      'file too large: over 1 MB (the limit is 1 MB)',
    ),
  );
});
