// Each failure class found in the restore benchmark, as a small page: the
// quote must land on the right words or nowhere, never on a look-alike.
import { describe, expect, it } from 'vitest';
import { reanchorCase, type ChangeCase } from './helpers';

const HEADLINE = '法国全国大罢工再次严重影响交通';
const BODY =
  '新华社巴黎12月9日电 法国全国大罢工再次严重影响交通，首都巴黎交通几乎完全瘫痪，其他多个城市交通也受到影响。' +
  '9日的罢工是继5日80万多人参与的全国大罢工后又一次大规模抗议。';
const MENU = '首页\n  新闻\n  图片\n  视频\n  评论\n';
const PAD = ' '.repeat(24);
const SUIDE =
  '让广大现役军人、退役军人及其家庭感受温暖、得到实惠，共建共赢，进一步夯实了同呼吸、共命运、心连心的军政军民关系。';

const cases: ChangeCase[] = [
  // Class 1: the quote deleted (or edited) where it was, a near-copy of the
  // passage with almost the same context surviving elsewhere (headline and
  // first sentence, a title in a script, a summary above the article).
  {
    name: 'headline deleted with a little context, its copy in a script title survives: orphan',
    before: `网  正文 \n\n\n\n法国全国${HEADLINE.slice(4)}\n\n 2019-12-10 07:57:40\n\n来源：新华网\n${BODY}\n\t\t"title" : '${HEADLINE}',\n\t\t"ptime" : '2019-12-10 07:57:40'`,
    select: '法国全国大[罢工再次]严重影响交通\n',
    after: `网  正文 \n\n\n\n法国全国影响交通\n\n 2019-12-10 07:57:40\n\n来源：新华网\n${BODY}\n\t\t"title" : '${HEADLINE}',\n\t\t"ptime" : '2019-12-10 07:57:40'`,
    expect: null,
  },
  {
    name: 'summary sentence deleted, the same sentence in the article with a different start survives: orphan',
    before: `内容摘要：进入新时代，坚定实施扩大内需战略，既是满足人民美好生活需要的必然要求，也是推进经济高质量发展的主动选择。从根本上讲，我国是社会主义国家。\n${BODY}\n中国特色社会主义进入新时代，坚定实施扩大内需战略，既是满足人民美好生活需要的必然要求，也是推进经济高质量发展的主动选择。我国经济增长。`,
    select: '内容摘要：进入新时代，坚定实施扩大内需战略，既是满[足人民美好生]活需要',
    after: `内容摘要：进入新时代，坚定实施扩大内需要求，也是推进经济高质量发展的主动选择。从根本上讲，我国是社会主义国家。\n${BODY}\n中国特色社会主义进入新时代，坚定实施扩大内需战略，既是满足人民美好生活需要的必然要求，也是推进经济高质量发展的主动选择。我国经济增长。`,
    expect: null,
  },
  // Class 2: two occurrences whose evidence nearly ties (each agrees on one
  // side, or both on the same long side with a few characters of difference).
  {
    name: 'headline and body sentence tie on context after a paragraph was inserted: orphan',
    before: `${PAD}正式启动\n\n\n\n${PAD}成功举办中国（山西）－巴西双向经贸投资推介会\n${PAD}\n\u3000\u30009月16日，山西品牌丝路行（南美站）活动在巴西圣保罗正式启动，并成功举办中国（山西）－巴西双向经贸投资推介会。\n`,
    select: `正式启动\n\n\n\n${PAD}[成功举办中]国（山西）`,
    after: `${PAD}正式启动\n\n\n\n网址：www.shanxi.gov.cn\n\n\n${PAD}成功举办中国（山西）－巴西双向经贸投资推介会\n${PAD}\n\u3000\u30009月16日，山西品牌丝路行（南美站）活动在巴西圣保罗正式启动，并成功举办中国（山西）－巴西双向经贸投资推介会。\n`,
    expect: null,
  },
  {
    name: 'quote edited in place, a copy of its paragraph a little further on: orphan',
    before: `${MENU}积极探索社会化拥军新模式，${SUIDE}会议指出，拥军优属是优良传统。\n积极探索社会化拥军新模式，${SUIDE}会议强调，要再接再厉。`,
    select: '家庭感受温[暖、得到实惠，共]建共赢，进一步夯实了同呼吸、共命运、心连心的军政军民关系。会议指出',
    after: `${MENU}积极探索社会化拥军新模式，${SUIDE.replace('得到实惠', '得调实惠')}会议指出，拥军优属是优良传统。\n积极探索社会化拥军新模式，${SUIDE.replace('退役', '副役')}会议强调，要再接再厉。`,
    expect: null,
  },
  {
    name: 'breadcrumb rewritten around the quote, half of one side left and nothing of the other: orphan',
    before: `${PAD}现在位置： 首页  >> 东区新闻 >> 正文\n${PAD}\n${BODY}`,
    select: '首页  >> [东区新闻] >> 正文',
    after: `${PAD}当前位置： 首页 东区新闻\n 图片\n${PAD}\n${BODY}`,
    expect: null,
  },
  // Class 4: the text repeats itself within the quote's length (a menu entry
  // inserted again right before itself): two exact occurrences overlap.
  {
    name: 'overlapping occurrences after a menu entry was repeated: orphan',
    before: `${PAD}国家监察委员会\n        |\n        最高人民法院\n        |\n        最高人民检察院\n${PAD}\n${BODY}`,
    select: '委员会\n        |\n        [最高人民法院\n        |\n        最高]人民检察院',
    after: `${PAD}国家监察委员会\n        |\n        最高人民法院\n最高人民法院\n        |\n        最高人民检察院\n${PAD}\n${BODY}`,
    expect: null,
  },
  // Class 5: the quote deleted right next to the same words (the next menu
  // entry sliding into its place, a title that repeated the caption).
  {
    name: 'menu entry deleted, the next entry starting with the same words slides into place: orphan',
    before: `${PAD}\n汽车行动\n要闻动态\n学习站·郑州二七\n学习站·株洲\n学习站·温州龙湾\n学习站·温州鹿城\n      更多\n${PAD}\n${BODY}`,
    select: '学习站·株洲\n[学习站·温州]龙湾',
    after: `${PAD}\n汽车行动\n要闻动态\n学习站·郑州二七\n学习站·株洲\n学习站·温州鹿城\n      更多\n${PAD}\n${BODY}`,
    expect: null,
  },
  {
    name: 'caption deleted under a title of the same words: orphan',
    before: `${BODY}\n${PAD}美丽的三亚湾${PAD}美丽的三亚湾\t\t    2024-01-20 17:42\t\n${PAD}`,
    select: `美丽的三亚湾${PAD}[美丽的三亚湾]\t`,
    after: `${BODY}\n${PAD}美丽的三亚湾${PAD}\t\t    2024-01-20 17:42\t\n${PAD}`,
    expect: null,
  },
  // What must still be placed.
  {
    name: 'paragraph inserted just before the quote: prefix new, suffix intact, placed',
    before: `${HEADLINE}\n${BODY}`,
    select: `${HEADLINE}\n[新华社巴黎]12月9日电`,
    after: `${HEADLINE}\n编者按：本文转自新华网。\n新华社巴黎12月9日电 法国全国大罢工再次严重影响交通，首都巴黎交通几乎完全瘫痪，其他多个城市交通也受到影响。9日的罢工是继5日80万多人参与的全国大罢工后又一次大规模抗议。`,
    expect: '编者按：本文转自新华网。\n[新华社巴黎]12月9日电',
  },
  {
    name: 'verbatim context beats a near-copy with a few characters different',
    before: `${HEADLINE}-新华网\n${MENU}${HEADLINE}   字体：\n${BODY}`,
    select: `${MENU}法国全国大罢工再次[严重影响]交通   字体`,
    after: `${HEADLINE}-新华网\n${MENU}编者按。\n${HEADLINE}   字体：\n${BODY}`,
    expect: '编者按。\n法国全国大罢工再次[严重影响]交通   字体',
  },
  {
    name: 'a copy inserted far away, the original with its context intact: placed on the original',
    before: `${MENU}${BODY}`,
    select: '首都巴黎交通几乎完全[瘫痪]，其他多个城市',
    after: `${MENU}瘫痪${BODY}`,
    expect: '首都巴黎交通几乎完全[瘫痪]，其他多个城市',
  },
];

describe('anchoring refuses look-alikes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { got, want } = reanchorCase(c);
    expect(got).toEqual(want);
  });
});
