import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromBytes } from '../../../utils/article/load';
import { buildPageReport, mentionQuote, savedPage } from '../../../utils/content/page-report';
import type { Detection } from '../../../utils/types';

const text = '区委书记许小波出席会议。会上，许小波强调，要践行全过程人民民主。';
const detection: Detection = {
  congress: { isCongressNews: true, score: 1 },
  officials: [
    {
      name: '许小波',
      titles: ['区委书记'],
      mentions: [
        { start: 4, end: 7 },
        { start: 15, end: 18 },
      ],
    },
  ],
  meetings: [],
  slogans: [{ text: '全过程人民民主', kind: 'known', count: 1, mentions: [{ start: 24, end: 31 }] }],
};

describe('mentionQuote', () => {
  it.each([
    ['许小波', '许小波', '区委书记', '出席会议。会上，许小波强调，要践行全过程人民民主。'],
    ['全过程人民民主', '全过程人民民主', '区委书记许小波出席会议。会上，许小波强调，要践行', '。'],
  ])('%s: the first mention with its context', (name, exact, prefix, suffix) => {
    expect(mentionQuote(detection, text, name)).toEqual({ type: 'TextQuoteSelector', exact, prefix, suffix });
  });

  it.each([['张凯奇'], ['']])('%j: not detected, no quote', (name) => {
    expect(mentionQuote(detection, text, name)).toBeNull();
  });

  it('refuses mentions outside the text (a stale report)', () => {
    expect(mentionQuote(detection, '短', '许小波')).toBeNull();
  });
});

describe('savedPage', () => {
  const URL = 'https://www.chinanews.com.cn/cj/2022/neixu.shtml';

  it('sends what the citation needs beside the article fields: the byline and the site’s own name', () => {
    const doc = documentFromBytes(
      readFileSync('../shared/corpus/pages/gerapy_chinanews_domestic_demand.html'),
    );
    const { report } = buildPageReport(doc, URL);
    expect(report.status).toBe('article');
    // The popup's citation of the page it reads, beside (not inside) the detection.
    expect(report.status === 'article' && report.citation).toMatchObject({
      type: 'article-newspaper',
      'container-title': '中新网',
      author: [{ family: '陈', given: '海峰' }],
      URL,
    });
    expect(report.status === 'article' && 'citation' in report.detection).toBe(false);
    const page = savedPage(doc, URL, report, 'https://www.chinanews.com.cn/cj/2022/neixu.shtml');
    expect(page).toMatchObject({
      url: URL,
      canonical: 'https://www.chinanews.com.cn/cj/2022/neixu.shtml',
      byline: '陈海峰',
      siteName: '中新网',
    });
    expect(page.title).not.toBe('');
    // Only what the store keeps of each entity: no mentions, kinds or English.
    expect(page.officials.every((o) => Object.keys(o).sort().join() === 'name,titles')).toBe(true);
    expect(page.slogans.every((x) => Object.keys(x).sort().join() === 'count,text')).toBe(true);
  });

  it('a page that is no article: its <title>, no byline, the site’s name from its metadata', () => {
    const doc = documentFromBytes(
      new TextEncoder().encode(
        '<html><head><title>商品列表</title><meta property="og:site_name" content="某某商城"></head><body><ul><li>a</li></ul></body></html>',
      ),
    );
    expect(savedPage(doc, 'https://shop.example.cn/', { status: 'not-article', url: 'x' }, null)).toEqual({
      url: 'https://shop.example.cn/',
      canonical: null,
      title: '商品列表',
      published: null,
      source: null,
      byline: null,
      siteName: '某某商城',
      officials: [],
      meetings: [],
      slogans: [],
    });
  });
});
