import { describe, expect, it } from 'vitest';
import { canonicalEncoding, declaredCharsets, decodeHtml } from '../../../utils/article/decode';

const gbk = (s: string): Uint8Array => {
  // Node has no GBK encoder; these are the GBK bytes of the strings used below.
  const table: Record<string, number[]> = {
    人大: [0xc8, 0xcb, 0xb4, 0xf3],
    会议: [0xbb, 0xe1, 0xd2, 0xe9],
  };
  const out: number[] = [];
  for (const part of s.split(/(人大|会议)/)) {
    if (table[part]) out.push(...table[part]);
    else out.push(...Buffer.from(part, 'latin1'));
  }
  return Uint8Array.from(out);
};
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('decodes declared GBK bytes', () => {
    const r = decodeHtml(gbk('<meta charset="gbk"><p>人大会议</p>'));
    expect(r.text).toContain('人大会议');
    expect(r.encoding).toBe('gb18030');
  });
  it('decodes gb2312 declared by http-equiv', () => {
    const r = decodeHtml(
      gbk('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>人大</p>'),
    );
    expect(r.text).toContain('人大');
  });
  it('falls back to GB18030 for undeclared bytes that are not UTF-8', () => {
    const r = decodeHtml(gbk('<p>人大会议</p>'));
    expect(r).toMatchObject({ encoding: 'gb18030', reason: 'fallback' });
    expect(r.text).toContain('人大会议');
  });
  it('takes valid UTF-8 when nothing is declared', () => {
    expect(decodeHtml(utf8('<p>人大会议</p>'))).toMatchObject({ text: '<p>人大会议</p>', encoding: 'utf-8' });
  });
  it('honours a UTF-8 byte-order mark', () => {
    const r = decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<meta charset="gbk"><p>人大</p>')]));
    expect(r).toMatchObject({ encoding: 'utf-8', reason: 'bom' });
    expect(r.text.startsWith('<meta')).toBe(true);
  });
  it('treats a gb2312 label on valid UTF-8 bytes as a mislabel', () => {
    const r = decodeHtml(utf8('<meta charset="gb2312"><p>人大会议</p>'));
    expect(r).toMatchObject({ encoding: 'utf-8', reason: 'utf-8-valid' });
    expect(r.text).toContain('人大会议');
  });
  it('uses the page charset when an injected utf-8 meta comes first but the bytes are GBK', () => {
    const r = decodeHtml(gbk('<meta charset="utf-8"><meta charset="gb2312"><p>人大</p>'));
    expect(r.text).toContain('人大');
  });
  it('keeps a legacy label on pure ASCII', () => {
    expect(decodeHtml(utf8('<meta charset="windows-1252"><p>x</p>')).encoding).toBe('windows-1252');
  });
});

describe('declaredCharsets', () => {
  it('reads meta charset and http-equiv in order', () => {
    expect(
      declaredCharsets(
        utf8('<meta charset="utf-8"><meta http-equiv="content-type" content="text/html;charset=GB2312">'),
      ),
    ).toEqual(['utf-8', 'gb18030']);
  });
  it('ignores unknown labels', () => expect(declaredCharsets(utf8('<meta charset="nonsense">'))).toEqual([]));
});

describe('canonicalEncoding', () => {
  it.each([
    ['GB2312', 'gb18030'],
    ['gbk', 'gb18030'],
    ['UTF8', 'utf-8'],
    ['big5', 'big5'],
    ['x-unknown', null],
  ])('%s → %s', (label, expected) => expect(canonicalEncoding(label)).toBe(expected));
});
