// The English layer the library works out again from a stored page: pinyin of names, English of
// posts, formulations and meetings, where each post is, and all of it as the exporters' extras.
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../../utils/core/records';
import {
  formulationInEnglish,
  meetingInEnglish,
  namePinyin,
  pageExtras,
  placeOfPost,
  postInEnglish,
} from '../../../utils/library/english';

function page(over: Partial<PageRecord> = {}): PageRecord {
  return {
    url: 'https://rd.example.gov.cn/a/1.html',
    aliases: [],
    title: '区委召开人大工作会议',
    published: '2022-07-01',
    source: '中共常州市天宁区委',
    site: 'rd.example.gov.cn',
    officials: [],
    meetings: [],
    slogans: [],
    created: 0,
    updated: 0,
    ...over,
  };
}

describe('the English of what a page names', () => {
  it.each([
    ['许小波', 'Xu Xiaobo'],
    ['欧阳明和', 'Ouyang Minghe'],
    ['单坚', 'Shan Jian'],
    ['習近平', 'Xi Jinping'],
    ['拜登', null],
  ])('%s in pinyin: %s', (name, pinyin) => expect(namePinyin(name)).toBe(pinyin));

  it.each([
    ['天宁区委书记', 'Secretary, Tianning District Party Committee'],
    ['区委书记', 'Secretary, District Party Committee'],
    ['总书记', 'General Secretary'],
    // No known rank: no English rather than an empty string.
    ['工作人员', null],
  ])('post %s: %s', (title, en) => expect(postInEnglish(title)).toBe(en));

  it.each([
    ['全过程人民民主', "whole-process people's democracy"],
    ['高质量发展', 'high-quality development'],
    ['四个意识', 'Four Consciousnesses'],
    // The page's own quoted words have no standard English, nor a phrase that merely holds one.
    ['大事', null],
    ['推动高质量发展', null],
  ])('formulation %s: %s', (text, en) => expect(formulationInEnglish(text)).toBe(en));

  it('meetings, and null where a part has no English', () => {
    expect(meetingInEnglish('区十六届人大常委会第44次会议')).toBe(
      "44th Session of the Standing Committee of the 16th District People's Congress",
    );
    expect(meetingInEnglish('天宁实践')).toBeNull();
  });

  it.each([
    ['天宁区委书记', { place: '天宁区', level: '区' }],
    ['常州市天宁区委书记', { place: '天宁区', level: '区' }],
    ['河南省委副书记', { place: '河南省', level: '省' }],
    ['区委书记', null],
    ['总书记', null],
  ])('where %s is: %j', (title, place) => expect(placeOfPost(title)).toEqual(place));
});

describe('pageExtras', () => {
  it('per official: pinyin, each post in English as written, each post placed as the index places it', () => {
    const extras = pageExtras(
      page({
        byline: '记者 张三',
        siteName: '天宁区人大',
        officials: [
          { name: '许小波', titles: ['区委书记', '区长'] },
          { name: '拜登', titles: ['美国总统'] },
          { name: '王凯', titles: ['河南省委副书记', '省长'] },
        ],
        meetings: [{ name: '区十六届人大常委会第44次会议', date: null }],
      }),
    );
    expect(extras).toEqual({
      byline: '记者 张三',
      siteName: '天宁区人大',
      officials: {
        // 区委书记 takes the district the page's source names.
        许小波: {
          pinyin: 'Xu Xiaobo',
          glosses: ['Secretary, District Party Committee', 'District Head'],
          places: [
            { place: '天宁区', level: '区' },
            { place: '天宁区', level: '区' },
          ],
        },
        拜登: { pinyin: null, glosses: ['President of the United States'], places: [null] },
        // 省长 takes the province of the official's other post.
        王凯: {
          pinyin: 'Wang Kai',
          glosses: ['Deputy Secretary, Henan Provincial Party Committee', 'Governor'],
          places: [
            { place: '河南省', level: '省' },
            { place: '河南省', level: '省' },
          ],
        },
      },
      meetings: {
        区十六届人大常委会第44次会议:
          "44th Session of the Standing Committee of the 16th District People's Congress",
      },
    });
  });

  it('a page saved before bylines were kept, naming no place: nulls, never a guess', () => {
    const extras = pageExtras(
      page({ source: null, site: 'x.cn', officials: [{ name: '许小波', titles: ['区委书记'] }] }),
    );
    expect(extras.byline).toBeNull();
    expect(extras.siteName).toBeNull();
    expect(extras.officials?.['许小波']?.places).toEqual([null]);
  });
});
