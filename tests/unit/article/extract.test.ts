import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../utils/analyze';
import { extractArticle } from '../../../utils/article';
import { documentFromHtml } from '../../../utils/article/load';

const PARA =
  '7月1日上午,常州市天宁区委召开人大工作会议。区委书记许小波出席会议并讲话,强调要加强和改进新时代人大工作。';
const page = `<!doctype html><html lang="zh-CN"><head><title>区委召开人大工作会议_天宁区人大</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">人大要闻</a></div>
<div class="article"><h1>区委召开人大工作会议</h1>
<div class="info">发布日期:2022-07-01 来源:天宁人大 浏览次数:1024</div>
<div class="content">${`<p>${PARA}</p>`.repeat(6)}<p>(天宁区人大常委会)</p></div></div>
<div class="footer">版权所有 天宁区人大常委会 苏ICP备12345678号</div></body></html>`;

describe('extractArticle', () => {
  it('reads the headline, date, source and text of a district congress page', () => {
    const a = extractArticle(documentFromHtml(page), 'http://www.example.gov.cn/a.html');
    expect(a.title).toBe('区委召开人大工作会议');
    expect(a.published).toBe('2022-07-01');
    expect(a.source).toBe('天宁人大');
    expect(a.text.split('\n')).toEqual([...Array(6).fill(PARA), '(天宁区人大常委会)']);
  });
  it('does not modify the document', () => {
    const doc = documentFromHtml(page);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'http://x.cn/');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
  it('reveals a script-hidden article body (WeChat)', () => {
    const wx = `<html><head><meta property="og:title" content="绥德：33名退役军人被表彰"><title></title></head><body>
      <h1 id="activity-name">绥德：33名退役军人被表彰</h1><a id="js_name">掌上绥德</a>
      <div id="js_content" style="visibility: hidden;">${`<p>${PARA}</p>`.repeat(4)}</div>
      <script>var ct = "1659274471";</script></body></html>`;
    const a = extractArticle(documentFromHtml(wx), 'https://mp.weixin.qq.com/s/abc');
    expect(a).toMatchObject({
      title: '绥德：33名退役军人被表彰',
      published: '2022-07-31',
      source: '掌上绥德',
    });
    expect(a.text).toContain(PARA);
  });
  it('takes the date from the URL when the page gives none', () => {
    const doc = documentFromHtml(
      `<html><head><title>标题文字在这里</title></head><body>${`<p>${PARA}</p>`.repeat(4)}</body></html>`,
    );
    expect(extractArticle(doc, 'http://www.news.cn/politics/2023-11/17/c_1.htm').published).toBe(
      '2023-11-17',
    );
    expect(extractArticle(doc, 'http://www.news.cn/a.htm')).toMatchObject({ published: null, source: null });
  });
  it('returns empty text, not a crash, for a page without an article', () => {
    const a = extractArticle(
      documentFromHtml('<html><head><title>空</title></head><body></body></html>'),
      'x',
    );
    expect(a).toMatchObject({ title: '空', text: '', published: null, source: null, byline: null });
  });
});

describe('analyze', () => {
  it('analyzeDocument returns the article, detection and timings', () => {
    const r = analyzeDocument(documentFromHtml(page), 'http://x.cn/');
    expect(r.article.title).toBe('区委召开人大工作会议');
    expect(r).toHaveProperty('congress');
    expect(Array.isArray(r.officials) && Array.isArray(r.meetings) && Array.isArray(r.slogans)).toBe(true);
    expect(r.timings.extractMs).toBeGreaterThanOrEqual(0);
    expect(r.timings.detectMs).toBeGreaterThanOrEqual(0);
  });
  it('analyzeText uses the line as the article text', () => {
    const r = analyzeText(PARA);
    expect(r.article).toEqual({ title: '', published: null, source: null, byline: null, text: PARA });
    expect(r.timings.extractMs).toBe(0);
  });
});
