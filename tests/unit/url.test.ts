import { describe, expect, it } from 'vitest';
import {
  InvalidUrlError,
  TRACKING_PARAMS,
  TRACKING_PREFIXES,
  isTrackingParam,
  normalizeOne,
  normalizeUrl,
  siteOf,
} from '../../utils/url';

describe('normalizeOne', () => {
  it.each([
    ['drops the fragment', 'https://rd.example.gov.cn/a/1.html#top', 'https://rd.example.gov.cn/a/1.html'],
    ['lowercases the host', 'https://RD.Example.GOV.cn/A/1.html', 'https://rd.example.gov.cn/A/1.html'],
    ['drops the default https port', 'https://rd.example.gov.cn:443/a', 'https://rd.example.gov.cn/a'],
    ['drops the default http port', 'http://rd.example.gov.cn:80/a', 'http://rd.example.gov.cn/a'],
    ['keeps other ports', 'http://rd.example.gov.cn:8080/a', 'http://rd.example.gov.cn:8080/a'],
    ['drops utm_*', 'https://x.cn/a?utm_source=wx&utm_medium=share&id=3', 'https://x.cn/a?id=3'],
    ['drops spm and from', 'https://x.cn/a?spm=1.2.3&from=timeline', 'https://x.cn/a'],
    ['drops click ids', 'https://x.cn/a?fbclid=A&gclid=B&msclkid=C&p=1', 'https://x.cn/a?p=1'],
    [
      'drops share tokens',
      'https://x.cn/a?share_token=abc&sharer_sharetime=1&share_source=qq',
      'https://x.cn/a',
    ],
    [
      'tracking names match case-insensitively',
      'https://x.cn/a?UTM_Source=x&SPM=1&q=2',
      'https://x.cn/a?q=2',
    ],
    ['sorts kept parameters', 'https://x.cn/list?page=2&cat=rd', 'https://x.cn/list?cat=rd&page=2'],
    ['keeps the order of repeated names', 'https://x.cn/l?b=1&a=2&a=1', 'https://x.cn/l?a=2&a=1&b=1'],
    ['drops an empty query', 'https://x.cn/a?', 'https://x.cn/a'],
    ['drops credentials', 'https://u:p@x.cn/a', 'https://x.cn/a'],
    ['drops the root dot of the host', 'https://x.cn./a', 'https://x.cn/a'],
    ['keeps path case and trailing slash', 'https://x.cn/Art/', 'https://x.cn/Art/'],
    ['encodes Chinese paths the same way', 'https://x.cn/新闻/1', 'https://x.cn/%E6%96%B0%E9%97%BB/1'],
    ['trims spaces', '  https://x.cn/a  ', 'https://x.cn/a'],
    [
      'keeps WeChat article identity, drops its tracking',
      'https://mp.weixin.qq.com/s?__biz=MzA&mid=26&idx=1&sn=ab&chksm=cc&scene=21#wechat_redirect',
      'https://mp.weixin.qq.com/s?__biz=MzA&idx=1&mid=26&sn=ab',
    ],
  ])('%s', (_why, input, expected) => {
    expect(normalizeOne(input)).toBe(expected);
  });

  it.each([['not a url'], ['ftp://x.cn/a'], ['chrome://extensions'], ['javascript:alert(1)'], ['']])(
    'rejects %j with a clear error',
    (input) => {
      expect(() => normalizeOne(input)).toThrow(InvalidUrlError);
      expect(() => normalizeOne(input)).toThrow(/page key/);
    },
  );
});

describe('normalizeUrl with a canonical link', () => {
  it.each([
    ['no canonical', 'https://x.cn/a?utm_source=1', undefined, 'https://x.cn/a', null],
    ['null canonical', 'https://x.cn/a', null, 'https://x.cn/a', null],
    ['blank canonical', 'https://x.cn/a', '  ', 'https://x.cn/a', null],
    ['canonical equal to the page', 'https://x.cn/a#x', 'https://x.cn/a', 'https://x.cn/a', null],
    [
      'canonical on the same site',
      'https://x.cn/m/a?from=wx',
      'https://x.cn/a',
      'https://x.cn/a',
      'https://x.cn/m/a',
    ],
    [
      'canonical on another site',
      'https://news.y.com/share/1',
      'https://rd.x.gov.cn/a/1.html',
      'https://rd.x.gov.cn/a/1.html',
      'https://news.y.com/share/1',
    ],
    [
      'relative canonical',
      'https://x.cn/m/a?id=1',
      '/a?id=1',
      'https://x.cn/a?id=1',
      'https://x.cn/m/a?id=1',
    ],
    [
      'canonical is normalised too',
      'https://x.cn/m',
      'HTTPS://X.CN/a?utm_medium=z#f',
      'https://x.cn/a',
      'https://x.cn/m',
    ],
    ['unparsable canonical is ignored', 'https://x.cn/a', 'http://[bad', 'https://x.cn/a', null],
    ['non-http canonical is ignored', 'https://x.cn/a', 'ftp://x.cn/a', 'https://x.cn/a', null],
    [
      'home-page canonical of an article is ignored',
      'https://x.cn/a/1.html',
      'https://x.cn/',
      'https://x.cn/a/1.html',
      null,
    ],
    [
      'home-page canonical of the home page is used',
      'https://x.cn/?spm=1',
      'https://x.cn/',
      'https://x.cn/',
      null,
    ],
  ])('%s', (_why, url, canonical, key, alias) => {
    expect(normalizeUrl(url, canonical)).toEqual({ key, alias });
  });

  it('rejects a bad page address even with a good canonical', () => {
    expect(() => normalizeUrl('about:blank', 'https://x.cn/a')).toThrow(InvalidUrlError);
  });
});

describe('tracking parameter lists', () => {
  it.each([
    ['TRACKING_PARAMS', TRACKING_PARAMS],
    ['TRACKING_PREFIXES', TRACKING_PREFIXES],
  ])('%s is sorted, unique, lowercase, no blanks', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect([...list].sort()).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
    for (const p of list) {
      expect(p).toBe(p.toLowerCase());
      expect(p.trim()).toBe(p);
      expect(p).not.toBe('');
    }
  });

  it.each([
    ['utm_campaign', true],
    ['share_token', true],
    ['id', false],
    ['page', false],
    ['lang', false],
    ['sn', false],
  ])('isTrackingParam(%s) is %s', (name, expected) => {
    expect(isTrackingParam(name)).toBe(expected);
  });
});

describe('siteOf', () => {
  it('gives the host', () => expect(siteOf('https://rd.x.gov.cn:8080/a')).toBe('rd.x.gov.cn'));
});
