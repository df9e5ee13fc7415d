import { describe, expect, it } from 'vitest';
import { BackupError, buildBackup, formatPath, parseBackup } from '../../../utils/export/backup';
import { annotation, page } from './fixtures';

describe('buildBackup / parseBackup', () => {
  it('writes the versioned envelope, records sorted by key, and reads it back', () => {
    const pages = [page({ url: 'https://z.cn/' }), page()];
    const annotations = [
      annotation('二', { id: 'b' }),
      annotation('一', { id: 'a', codePoints: { start: 0, end: 1 } }),
    ];
    const text = buildBackup(pages, annotations, new Date('2026-11-23T04:05:06.000Z'));
    expect(
      text.startsWith(
        '{"format":"renda-reader-backup","version":3,"exportedAt":"2026-11-23T04:05:06.000Z","pages":[',
      ),
    ).toBe(true);
    const back = parseBackup(text);
    expect(back.pages.map((p) => p.url)).toEqual(['https://rd.example.gov.cn/a/1.html', 'https://z.cn/']);
    expect(back.annotations).toEqual([annotations[1], annotations[0]]);
  });

  it('carries a page’s byline and site name, and reads version 1 files, which have neither', () => {
    const cited = page({ byline: '记者 张三', siteName: '天宁区人大' });
    const back = parseBackup(buildBackup([cited, page({ url: 'https://z.cn/', byline: null })], []));
    expect(back.version).toBe(3);
    expect(back.pages[0]).toEqual(cited);
    expect(back.pages[1]?.byline).toBeNull();
    expect(back.pages[1]).not.toHaveProperty('siteName');
    // A file written before version 2: the same records without the two fields.
    const v1 = buildBackup([page()], [annotation('一')]).replace('"version":3', '"version":1');
    const old = parseBackup(v1);
    expect(old.version).toBe(1);
    expect(old.pages).toEqual([page()]);
    expect(old.pages[0]).not.toHaveProperty('byline');
  });

  it('refuses a byline that is not text, naming where', () => {
    const bad = buildBackup([page()], []).replace('"site":', '"byline":7,"site":');
    expect(() => parseBackup(bad)).toThrow(/invalid at pages\[0\]\.byline/);
  });

  it('accepts a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${buildBackup([], [])}`).pages).toEqual([]);
  });

  it.each([
    ['{"format":"renda-reader-backup","version":1}', 'exportedAt', /invalid at exportedAt/],
    [
      '{"format":"renda-reader-backup","version":1,"exportedAt":"yesterday","pages":[],"annotations":[]}',
      'exportedAt',
      /exportedAt/,
    ],
    ['{"format":"renda-reader-backup","version":"1"}', 'version', /version "1"/],
    ['null', null, /not a Renda Reader backup/],
    ['', null, /not complete JSON/],
  ])('%s fails at %s', (text, path, message) => {
    let err: unknown;
    try {
      parseBackup(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).path).toBe(path);
    expect((err as BackupError).message).toMatch(message);
  });

  it.each([
    [[], null],
    [[{ key: 'pages' }, { key: 3 }, { key: 'url' }], 'pages[3].url'],
    [[{ key: 'annotations' }, { key: 0 }, { key: 'selectors' }, { key: 1 }], 'annotations[0].selectors[1]'],
  ])('formatPath %j → %j', (path, expected) => expect(formatPath(path)).toBe(expected));
});
