import { describe, expect, it } from 'vitest';
import { blocks, normaliseSpaces } from '../../../utils/article/blocktext';
import { documentFromHtml } from '../../../utils/article/load';

describe('normaliseSpaces', () => {
  it.each([
    ['\u3000\u3000人大会议', '人大会议'],
    ['人\u200b大', '人大'],
    ['a\u00a0\u00a0b\n c', 'a b c'],
    ['\ufeff区委', '区委'],
  ])('%j → %j', (input, expected) => expect(normaliseSpaces(input)).toBe(expected));
});

describe('blocks', () => {
  const body = (html: string): Node => documentFromHtml(`<html><body>${html}</body></html>`).body;
  it('puts each paragraph, list item and <br> line on its own line', () =>
    expect(blocks(body('<p>一</p><div>二<br>三</div><ul><li>四</li></ul>')).map((b) => b.text)).toEqual([
      '一',
      '二',
      '三',
      '四',
    ]));
  it('keeps inline elements on the line', () =>
    expect(blocks(body('<p>区委书记<strong>许小波</strong>出席</p>'))[0]?.text).toBe('区委书记许小波出席'));
  it('skips scripts and styles', () =>
    expect(
      blocks(body('<p>正文</p><script>var a = 1;</script><style>p{}</style>')).map((b) => b.text),
    ).toEqual(['正文']));
  it('measures how much of a line is links', () => {
    const [menu, text] = blocks(
      body('<p><a href="/">首页</a><a href="/b">新闻</a></p><p>正文<a href="/c">链接</a></p>'),
    );
    expect(menu?.linkShare).toBe(1);
    expect(text?.linkShare).toBe(0.5);
  });
});
