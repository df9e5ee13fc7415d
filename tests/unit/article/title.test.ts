import { describe, expect, it } from 'vitest';
import { pickTitle, stripSiteSuffix } from '../../../utils/article/title';

describe('stripSiteSuffix', () => {
  it.each([
    [
      '区委召开人大工作会议:书写新时代高质量发展“人大答卷”_天宁区人大',
      '区委召开人大工作会议:书写新时代高质量发展“人大答卷”',
    ],
    ['周勤第调研人大工作-投促中国', '周勤第调研人大工作'],
    ['法国全国大罢工再次严重影响交通-新华网', '法国全国大罢工再次严重影响交通'],
    ['外国专家：中美合作共赢符合国际社会利益 - 中国日报网', '外国专家：中美合作共赢符合国际社会利益'],
    ['宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网', '宇航员在太空中喝酒会怎么样？后果很严重'],
    ['新年伊始，习近平的重要文章谈了啥？_中南海_澎湃新闻-The Paper', '新年伊始，习近平的重要文章谈了啥？'],
    [
      '在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）--经济·科技--人民网 ',
      '在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）',
    ],
    ['港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地', '港特首梁振英就住宅违建事件道歉'],
    ['重要标题内容 | 某某网', '重要标题内容'],
    // Too short a head to be a headline: leave it.
    ['标题 | 某某网', '标题 | 某某网'],
    // Hyphens between digits and em-dash subtitles belong to the headline.
    ['1-10月德清县固定资产投资结构趋稳趋优', '1-10月德清县固定资产投资结构趋稳趋优'],
    [
      '积极因素不断增多——前4个月我国外贸向好态势进一步巩固',
      '积极因素不断增多——前4个月我国外贸向好态势进一步巩固',
    ],
    // A tail longer than the head is not a site name.
    ['人大-常州市天宁区人大常委会召开第十次会议', '人大-常州市天宁区人大常委会召开第十次会议'],
    ['', ''],
  ])('%s', (raw, expected) => expect(stripSiteSuffix(raw)).toBe(expected));
});

describe('pickTitle', () => {
  it('prefers a heading the <title> begins with', () => {
    expect(
      pickTitle({
        documentTitle: '顺德区大良街道一行到众创金融街开展调研工作 东区办事处_中山网',
        metaTitle: '',
        candidates: ['首页', '顺德区大良街道一行到众创金融街开展调研工作', '正文'],
      }),
    ).toBe('顺德区大良街道一行到众创金融街开展调研工作');
  });
  it('ignores a line that repeats the whole <title> with its site name', () => {
    expect(
      pickTitle({
        documentTitle: '武汉的声音：有英勇的你，才有英雄的城！-新华网',
        metaTitle: '',
        candidates: ['武汉的声音：有英勇的你，才有英雄的城！-新华网'],
      }),
    ).toBe('武汉的声音：有英勇的你，才有英雄的城！');
  });
  it('uses og:title when there is no <title>', () => {
    expect(pickTitle({ documentTitle: '', metaTitle: '绥德：33名退役军人被表彰', candidates: [] })).toBe(
      '绥德：33名退役军人被表彰',
    );
  });
  it('strips the <title> when nothing else matches', () => {
    expect(pickTitle({ documentTitle: '标题文字在这里_某网', metaTitle: '', candidates: ['无关'] })).toBe(
      '标题文字在这里',
    );
  });
  it('does not take a short breadcrumb for the headline', () => {
    expect(
      pickTitle({
        documentTitle: '北京：古北水镇文旅融合系列IP推出_中国网',
        metaTitle: '',
        candidates: ['北京'],
      }),
    ).toBe('北京：古北水镇文旅融合系列IP推出');
  });
});
