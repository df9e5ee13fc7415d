// Page templates of the kinds the extension meets (county government portals,
// national news sites, WeChat), written here, not copied from any site.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/article';
import { documentFromHtml } from '../../../utils/article/load';

const P = [
  '5月6日上午，县人大常委会召开第十二次会议，县人大常委会主任王某某主持会议。',
  '会议听取和审议了县人民政府关于优化营商环境工作情况的报告，审议通过了有关人事任免事项。',
  '会议强调，要坚持以人民为中心的发展思想，扎实推进全过程人民民主，为全县高质量发展贡献人大力量。',
  '县人大常委会副主任李某某、张某某，秘书长赵某某出席会议。县政府、县监委、县法院、县检察院有关负责同志列席会议。',
];
const paras = P.map((p) => `<p>${p}</p>`).join('');

describe('a county government portal (tables, 【打印】【关闭】, 相关链接)', () => {
  const html = `<html><head><meta charset="utf-8"><title>县人大常委会召开第十二次会议_某某县人民政府</title>
  <meta name="SiteIDCode" content="1234567890"></head><body>
  <table><tr><td><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/xwzx">新闻中心</a></td></tr></table>
  <table class="main"><tr><td class="title">县人大常委会召开第十二次会议</td></tr>
  <tr><td class="info">发布时间：2023年05月06日 信息来源：某某县人大常委会办公室 【字体：大 中 小】</td></tr>
  <tr><td><div id="zoom">${paras}</div></td></tr>
  <tr><td>【打印】 【关闭】</td></tr></table>
  <div class="related"><h3>相关链接</h3><ul><li><a href="/a">县政府召开常务会议</a></li><li><a href="/b">县委召开全会</a></li></ul></div>
  <div class="footer">主办：某某县人民政府办公室 网站标识码：1234567890 某ICP备12345678号</div></body></html>`;
  const a = extractArticle(documentFromHtml(html), 'http://www.example.gov.cn/art/2023/5/6/art_1_2.html');
  it('reads headline, date and source', () =>
    expect(a).toMatchObject({
      title: '县人大常委会召开第十二次会议',
      published: '2023-05-06',
      source: '某某县人大常委会办公室',
    }));
  it('keeps the article and nothing else', () => expect(a.text.split('\n')).toEqual(P));
});

describe('a national news site (h1, dated header, 责编, related list)', () => {
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><title>县人大常委会召开第十二次会议--地方--人民网</title>
  <meta name="publishdate" content="2023-05-06"><meta name="author" content="123456"></head><body>
  <div class="nav"><a href="/">人民网首页</a><a href="/gd">地方</a></div>
  <div class="col"><h1>县人大常委会召开第十二次会议</h1>
  <div class="box01"><div class="fl">2023年05月06日10:20 | 来源：<a href="/">人民网－地方频道</a></div></div>
  <div class="rm_txt_con">${paras}<p class="edit">(责编：某某、某某某)</p></div>
  <div class="tjnr"><h2>推荐阅读</h2><ul><li><a href="/1">某地召开座谈会 2023-05-05</a></li><li><a href="/2">另一条新闻 2023-05-04</a></li></ul></div></div>
  <div class="footer">人民网版权所有，未经书面授权禁止使用 Copyright © 1997-2023 by www.people.com.cn. all rights reserved</div>
  </body></html>`;
  const a = extractArticle(documentFromHtml(html), 'http://difang.example.cn/n1/2023/0506/c1-2.html');
  it('reads headline, date and source', () =>
    expect(a).toMatchObject({
      title: '县人大常委会召开第十二次会议',
      published: '2023-05-06',
      source: '人民网－地方频道',
    }));
  it('keeps the article and its editor credit, not the recommendations', () =>
    expect(a.text.split('\n')).toEqual([...P, '(责编：某某、某某某)']));
  it('names no numeric author id', () => expect(a.byline).toBe('某某、某某某'));
});

describe('a page that gives only a date in its URL', () => {
  const html = `<html><head><title>县人大常委会召开第十二次会议 - 某某网</title></head><body><div class="article">${paras}</div></body></html>`;
  it('takes the date from the URL', () =>
    expect(
      extractArticle(documentFromHtml(html), 'https://www.example.com.cn/2023-05/06/c_1.htm'),
    ).toMatchObject({
      title: '县人大常委会召开第十二次会议',
      published: '2023-05-06',
      source: null,
    }));
});
