import { describe, expect, it } from 'vitest';
import { isShorterFormOf, presentOfficials } from '../../../utils/present/officials';
import type { Official } from '../../../utils/types';

const official = (name: string, titles: string[], glosses?: string[]): Official => ({
  name,
  titles,
  ...(glosses ? { glosses } : {}),
  mentions: [],
});
/** name: post (gloss) | post … */
const shown = (officials: Official[]) =>
  presentOfficials(officials).map(
    (p) => `${p.name}: ${p.posts.map((q) => (q.gloss ? `${q.title} (${q.gloss})` : q.title)).join(' | ')}`,
  );

describe('presentOfficials', () => {
  it.each<[string, Official[], string[]]>([
    ['one post', [official('许小波', ['区委书记'])], ['许小波: 区委书记']],
    [
      'the short form after the long one goes into it',
      [official('习近平', ['中共中央总书记', '国家主席', '中央军委主席', '总书记'])],
      ['习近平: 中共中央总书记 | 国家主席 | 中央军委主席'],
    ],
    [
      'the long form takes the place of the earliest short one',
      [official('许小波', ['区委书记', '区长', '天宁区委书记'])],
      ['许小波: 天宁区委书记 | 区长'],
    ],
    [
      'a chain of shorter forms ends at the fullest',
      [official('许小波', ['书记', '区委书记', '天宁区委书记'])],
      ['许小波: 天宁区委书记'],
    ],
    [
      'a deputy post is another post',
      [official('王凯', ['副书记', '书记', '副省长', '省长'])],
      ['王凯: 副书记 | 书记 | 副省长 | 省长'],
    ],
    [
      'an executive deputy, an alternate, a former and an acting post are other posts',
      [
        official('甲乙', [
          '副省长',
          '常务副省长',
          '中央委员',
          '候补中央委员',
          '主席',
          '原主席',
          '区长',
          '代区长',
        ]),
      ],
      ['甲乙: 副省长 | 常务副省长 | 中央委员 | 候补中央委员 | 主席 | 原主席 | 区长 | 代区长'],
    ],
    [
      'a post at the start of a longer one is another post',
      [official('李四', ['市长', '市长助理'])],
      ['李四: 市长 | 市长助理'],
    ],
    [
      'the chain stops where the fuller form changes the post',
      [official('张三', ['书记', '党委书记', '原党委书记'])],
      ['张三: 党委书记 | 原党委书记'],
    ],
    [
      'one entry per person, posts in the order given, each once',
      [
        official('许小波', ['区委书记']),
        official('张凯奇', ['区长']),
        official('许小波', ['区委书记', '区人大常委会主任']),
      ],
      ['许小波: 区委书记 | 区人大常委会主任', '张凯奇: 区长'],
    ],
    [
      'the kept post keeps its own gloss',
      [
        official(
          '习近平',
          ['总书记', '国家主席', '中共中央总书记'],
          ['General Secretary', 'President', 'General Secretary, CPC Central Committee'],
        ),
      ],
      ['习近平: 中共中央总书记 (General Secretary, CPC Central Committee) | 国家主席 (President)'],
    ],
    [
      'a gloss missing on the first copy of a post is taken from a later one',
      [
        official('魏敏', ['区政协主席'], ['']),
        official('魏敏', ['区政协主席'], ['Chair, District CPPCC Committee']),
      ],
      ['魏敏: 区政协主席 (Chair, District CPPCC Committee)'],
    ],
    ['no glosses', [official('沈月芬', ['区人大常委会主任'])], ['沈月芬: 区人大常委会主任']],
    ['nobody', [], []],
  ])('%s', (_, officials, want) => {
    expect(shown(officials)).toEqual(want);
  });

  it.each([
    ['总书记', '中共中央总书记', true],
    ['区委书记', '天宁区委书记', true],
    ['常委', '中共中央政治局常委', true],
    ['书记', '副书记', false],
    ['省长', '常务副省长', false],
    ['委员', '候补委员', false],
    ['书记', '第一书记', false],
    ['区长', '区长', false],
    ['市长', '市长助理', false],
  ])('%s is a shorter form of %s: %s', (short, long, want) => {
    expect(isShorterFormOf(short, long)).toBe(want);
  });
});

describe('pinyin of a presented person', () => {
  it.each([
    [
      'kept from the entry that has it',
      [{ ...official('许小波', ['区委书记']), pinyin: 'Xu Xiaobo' }],
      'Xu Xiaobo',
    ],
    ['null for a foreign name', [{ ...official('拜登', ['美国总统']), pinyin: null }], null],
    ['null when none is given', [official('许小波', ['区委书记'])], null],
  ])('%s', (_, officials, want) => {
    expect(presentOfficials(officials)[0]?.pinyin).toBe(want);
  });
});
