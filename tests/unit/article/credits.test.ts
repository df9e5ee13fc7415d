import { describe, expect, it } from 'vitest';
import { bylineFromLine, sourceFromLine } from '../../../utils/article/credits';

describe('sourceFromLine', () => {
  it.each([
    ['发布日期:2022-07-01 来源:天宁人大 浏览次数:1024', '天宁人大'],
    ['发布时间:2020-09-23 来源:常熟市人民政府', '常熟市人民政府'],
    ['2015-07-04 19:52:25 来源: 财经网(北京)', '财经网'],
    ['来源于：东区办事处', '东区办事处'],
    ['来源：本站原创 作者：医技药剂党支部', '本站原创'],
    ['2024年05月10日06:58 | 来源：人民网－人民日报', '人民网－人民日报'],
    ['新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报', '河北日报'],
    ['本文来源：财经网 作者：王晓璐 责任编辑：NF042', '财经网'],
    ['来源：人民日报2024-05-13', '人民日报'],
    ['来源：“中国日报网”', '中国日报网'],
    ['版权声明：转载须经版权人书面授权并注明来源', null],
    ['图片来源：视觉中国', null],
    ['来源：', null],
    ['没有来源的一句话。', null],
  ])('%s → %s', (line, expected) => expect(sourceFromLine(line)).toBe(expected));
});

describe('bylineFromLine', () => {
  it.each([
    ['来源：本站原创 作者：医技药剂党支部', 'author', '医技药剂党支部'],
    ['作者︱春春', 'author', '春春'],
    ['新华社记者邹多为、唐诗凝、丁乐', 'reporter', '邹多为、唐诗凝、丁乐'],
    ['[责任编辑:肖春芳]', 'editor', '肖春芳'],
    ['（编辑：严玉洁 王辉）', 'editor', '严玉洁 王辉'],
  ])('%s → %s %s', (line, kind, name) => expect(bylineFromLine(line)).toEqual({ kind, name }));
  it.each([
    ['作者：'],
    ['11月30日上午，习近平在上海主持召开座谈会。新华社记者 谢环驰 摄'],
    ['罗娟告诉记者，4年来，养老管理专业招生人数正在逐年增加。'],
  ])('%s → null', (line) => expect(bylineFromLine(line)).toBeNull());
});

describe('sourceFromLine variants', () => {
  it.each([
    ['稿源：新华社', '新华社'],
    ['信息来源：XX区人民政府', 'XX区人民政府'],
    ['文章来源 ：  人民网', '人民网'],
  ])('%s → %s', (line, expected) => expect(sourceFromLine(line)).toBe(expected));
});

describe('bylineFromLine does not read 文 inside a word as an author label', () => {
  it.each([['原文：某某发布的通知'], ['正文：略']])('%s → null', (line) =>
    expect(bylineFromLine(line)).toBeNull(),
  );
  it('reads 文/ at the start', () =>
    expect(bylineFromLine('【文/观察者网专栏作者 王文】')?.kind).toBe('author'));
});

describe('credit lines in traditional characters: labels read as simplified, values as written', () => {
  it.each([
    ['發佈時間：2020-09-23 來源：香港商報', '香港商報'],
    ['稿件來源： 澳門日報', '澳門日報'],
    ['圖片來源：視覺中國', null],
  ])('%s → %s', (line, expected) => expect(sourceFromLine(line)).toBe(expected));
  it.each([
    ['責任編輯：陳曉明', 'editor', '陳曉明'],
    ['作者：黃國華', 'author', '黃國華'],
  ])('%s → %s %s', (line, kind, name) => expect(bylineFromLine(line)).toEqual({ kind, name }));
});
