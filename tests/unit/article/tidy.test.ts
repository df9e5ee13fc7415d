import { describe, expect, it } from 'vitest';
import type { Block } from '../../../utils/article/blocktext';
import {
  isChromeLine,
  isCreditLine,
  isFooterLine,
  isMetaLine,
  isPhotoCredit,
  tidyLines,
} from '../../../utils/article/tidy';

const b = (text: string, linkShare = 0): Block => ({ text, linkShare });
const P1 = '7月1日上午,常州市天宁区委召开人大工作会议。区委书记许小波出席会议并讲话。';
const P2 = '区长张凯奇主持会议,区人大常委会主任沈月芬、区政协主席魏敏出席会议。';

describe('tidyLines', () => {
  it('drops a repeated headline and the date/source header', () => {
    const out = tidyLines(
      [
        b('区委召开人大工作会议'),
        b('发布日期:2022-07-01 来源:天宁人大'),
        b('2023-12-01 14:43'),
        b(P1),
        b(P2),
      ],
      '区委召开人大工作会议',
    );
    expect(out).toEqual([P1, P2]);
  });
  it('drops a headline split over several lines', () => {
    const out = tidyLines(
      [b('全国人民代表大会常务委员会'), b('关于批准某事的决议'), b(P1)],
      '全国人民代表大会常务委员会关于批准某事的决议',
    );
    expect(out).toEqual([P1]);
  });
  it('drops share buttons anywhere', () => {
    expect(tidyLines([b(P1), b('转播到腾讯微博'), b('Play Video'), b(P2)], 'x')).toEqual([P1, P2]);
  });
  it('drops a related-news tail but keeps the credit line after it', () => {
    const out = tidyLines(
      [
        b(P1),
        b(P2),
        b('延伸阅读'),
        b('某地召开会议', 1),
        b('另一条新闻标题', 1),
        b('本文来源：新华社 责任编辑：李曦'),
      ],
      'x',
    );
    expect(out).toEqual([P1, P2, '本文来源：新华社 责任编辑：李曦']);
  });
  it('drops menus, copyright lines and dated lists at the end', () => {
    const out = tidyLines(
      [
        b(P1),
        b('某某文章标题大参考'),
        b('2019-09-07'),
        b('联系我们 | 广告营销 | 通行证注册'),
        b('Copyright © 1996-2024 SINA Corporation'),
      ],
      'x',
    );
    expect(out).toEqual([P1]);
  });
  it('keeps a short last line that ends a sentence, and bracketed credits', () => {
    expect(tidyLines([b(P1), b('马兴瑞、吴政隆参加调研。'), b('(天宁区人大常委会)')], 'x')).toEqual([
      P1,
      '马兴瑞、吴政隆参加调研。',
      '(天宁区人大常委会)',
    ]);
  });
  it('keeps photo captions: readers see them', () => {
    const caption = '2月17日，护士在献血浆时拍照留念。新华社记者 才扬 摄';
    expect(tidyLines([b(P1), b(caption), b(P2)], 'x')).toEqual([P1, caption, P2]);
  });
  it('keeps everything when nothing is furniture', () =>
    expect(tidyLines([b(P1), b(P2)], 'x')).toEqual([P1, P2]));
  it('handles no lines', () => expect(tidyLines([], 'x')).toEqual([]));
});

describe('line classes', () => {
  it.each([
    ['发布时间:2020-09-23 来源:常熟市人民政府', true],
    ['TNW中文站2016年10月14日07:17', true],
    ['2023-12-01 14:43', true],
    [P1, false],
  ])('isMetaLine(%s) = %s', (line, expected) => expect(isMetaLine(line)).toBe(expected));
  it.each([
    ['【责任编辑：刘峻凌】', true],
    ['(责编：胡永秋、杨光宇)', true],
    ['总监制：邹 明', true],
    [P1, false],
  ])('isCreditLine(%s) = %s', (line, expected) => expect(isCreditLine(line)).toBe(expected));
  it.each([
    ['Copyright © 1996-2024 SINA Corporation', true],
    ['京ICP备05018911号', true],
    ['网友评论仅供其表达个人看法，并不表明网易立场。', true],
    ['首页 | 新闻 | 图片 | 视频', true],
    [P1, false],
  ])('isFooterLine(%s) = %s', (line, expected) => expect(isFooterLine(line)).toBe(expected));
  it.each([
    ['11月30日上午，习近平在上海主持召开座谈会。新华社记者 谢环驰 摄', true],
    ['图为启动仪式。（刘通摄）', true],
    ['他们正在拍摄。', false],
  ])('isPhotoCredit(%s) = %s', (line, expected) => expect(isPhotoCredit(line)).toBe(expected));
});

describe('isChromeLine', () => {
  it.each([
    ['【打印】 【关闭】', true],
    ['分享 | 收藏', true],
    ['【字体：大 中 小】', true],
    ['Play Video', true],
    ['打印机市场持续增长', false],
    ['关闭窗口前请保存。', false],
  ])('%s → %s', (line, expected) => expect(isChromeLine(line)).toBe(expected));
});
