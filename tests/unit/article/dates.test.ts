import { describe, expect, it } from 'vitest';
import { dateFromMeta, dateFromUnixSeconds, dateFromUrl, parseDate } from '../../../utils/article/dates';
import { documentFromHtml } from '../../../utils/article/load';

describe('parseDate', () => {
  it.each([
    ['2022-07-01', '2022-07-01'],
    ['发布日期：2022年7月1日 10:00', '2022-07-01'],
    ['2022/07/01', '2022-07-01'],
    ['2022.7.1', '2022-07-01'],
    ['2007-08-20-23:59:59', '2007-08-20'],
    ['2020年09月11日 18:05', '2020-09-11'],
    ['新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报', '2012-06-04'],
    ['2024-05-10T06:58:00+08:00', '2024-05-10'],
    ['20220701', '2022-07-01'],
    ['2022-02-30', null],
    ['2022-13-01', null],
    ['1-10月', null],
    ['7月1日上午', null],
    ['', null],
  ])('%s → %s', (text, expected) => expect(parseDate(text)).toBe(expected));
});

describe('dateFromUrl', () => {
  it.each([
    ['http://www.xinhuanet.com/politics/2022-07/01/c_1128797.htm', '2022-07-01'],
    ['https://example.cn/20220701/abc.html', '2022-07-01'],
    ['https://example.cn/2022/07/01/abc', '2022-07-01'],
    ['https://example.cn/202207/01/abc.html', '2022-07-01'],
    ['http://www.gov.cn/art/2022/7/1/art_1.html', '2022-07-01'],
    ['http://www.gov.cn/zhengce/content/t20220701_123.html', '2022-07-01'],
    ['https://example.cn/p/12345678.html', null],
    ['file:///home/me/2022-07-01/page.html', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => expect(dateFromUrl(url)).toBe(expected));
});

describe('dateFromUnixSeconds', () => {
  it('gives the day in China time', () => expect(dateFromUnixSeconds(1659274471)).toBe('2022-07-31'));
  it('rolls over at midnight Beijing time', () =>
    expect(dateFromUnixSeconds(Date.UTC(2022, 6, 31, 16, 30) / 1000)).toBe('2022-08-01'));
  it('rejects nonsense', () => expect(dateFromUnixSeconds(42)).toBeNull());
});

describe('dateFromMeta', () => {
  it.each([
    ['<meta property="article:published_time" content="2022-07-01T08:00:00+08:00">', '2022-07-01'],
    ['<meta name="PubDate" content="2022-07-01 08:00">', '2022-07-01'],
    ['<meta name="publishdate" content="2024-05-10">', '2024-05-10'],
    ['<meta name="og:time " content="2022年06月02日 09:52">', '2022-06-02'],
    ['<meta name="firstpublishedtime" content="2007-08-20-23:59:59">', '2007-08-20'],
    ['<meta name="lastmodifiedtime" content="2007-08-20">', null],
    ['', null],
  ])('%s → %s', (tag, expected) => {
    const doc = documentFromHtml(`<html><head>${tag}</head><body><p>x</p></body></html>`);
    expect(dateFromMeta(doc)).toBe(expected);
  });
});
