// The citation item analyzeDocument adds: the site's name from the page's metadata or its
// <title>, the byline's people as authors, the day of `now` as the access date.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, siteNameOf } from '../../../utils/analyze';
import { documentFromHtml } from '../../../utils/article/load';

const PARA =
  '7月1日上午,常州市天宁区委召开人大工作会议。区委书记许小波出席会议并讲话,强调要加强和改进新时代人大工作。';
const html = (head: string, info = '发布日期:2022-07-01 来源:天宁人大 记者 张三'): string =>
  `<!doctype html><html lang="zh-CN"><head>${head}</head><body>
<div class="article"><h1>区委召开人大工作会议</h1>
<div class="info">${info}</div>
<div class="content">${`<p>${PARA}</p>`.repeat(6)}</div></div></body></html>`;

describe('analyzeDocument: citation', () => {
  it('builds the item from the article, the address and the day of the run', () => {
    const doc = documentFromHtml(html('<title>区委召开人大工作会议_天宁区人大</title>'));
    const r = analyzeDocument(doc, 'http://www.example.gov.cn/a.html', new Date(2026, 11, 1, 23, 59));
    expect(r.citation).toEqual({
      id: r.citation.id,
      type: 'article-newspaper',
      title: '区委召开人大工作会议',
      'container-title': '天宁区人大',
      publisher: '天宁人大',
      author: [{ family: '张', given: '三' }],
      issued: { 'date-parts': [[2022, 7, 1]] },
      URL: 'http://www.example.gov.cn/a.html',
      accessed: { 'date-parts': [[2026, 12, 1]] },
      language: 'zh-CN',
    });
    expect(r.citation.id).toMatch(/^renda20220701[0-9a-f]{7}$/);
  });

  it.each<[string, string, string | null]>([
    [
      'og:site_name first',
      '<meta property="og:site_name" content="天宁人大网"><title>区委召开人大工作会议_天宁区人大</title>',
      '天宁人大网',
    ],
    [
      'SiteName, as government sites write it',
      '<meta name="SiteName" content="常州市天宁区人民政府"><title>x</title>',
      '常州市天宁区人民政府',
    ],
    [
      'not a platform’s name: the <title> then',
      '<meta property="og:site_name" content="微信公众平台"><title>区委召开人大工作会议 - 天宁人大</title>',
      '天宁人大',
    ],
    ['nothing to go by', '<title>区委召开人大工作会议</title>', null],
  ])('siteNameOf: %s', (_why, head, expected) => {
    expect(siteNameOf(documentFromHtml(html(head)), '区委召开人大工作会议')).toBe(expected);
  });

  it('falls back to the host name, and leaves a file:// address out', () => {
    const doc = documentFromHtml(html('<title>区委召开人大工作会议</title>', '发布日期:2022-07-01'));
    expect(analyzeDocument(doc, 'https://rd.example.gov.cn/a.html').citation['container-title']).toBe(
      'rd.example.gov.cn',
    );
    const local = analyzeDocument(doc, 'file:///tmp/a.html').citation;
    expect(local).not.toHaveProperty('URL');
    expect(local).not.toHaveProperty('container-title');
    expect(local.author).toEqual([]);
  });
});
