import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../../utils/english/lexicon';
import { placeAdjective, placeEnglish } from '../../../utils/english/places';

describe('placeEnglish', () => {
  it.each([
    ['天宁区', 'Tianning District'],
    ['上海市', 'Shanghai'],
    ['闵行区', 'Minhang District'],
    ['西安市', "Xi'an"],
    ['陕西省', 'Shaanxi Province'],
    ['山西省', 'Shanxi Province'],
    ['四川', 'Sichuan'],
    ['内蒙古自治区', 'Inner Mongolia Autonomous Region'],
    ['广西壮族自治区', 'Guangxi Zhuang Autonomous Region'],
    ['香港特别行政区', 'Hong Kong Special Administrative Region'],
    ['湘西州', 'Xiangxi Prefecture'],
    ['单县', 'Shan County'],
    ['乐清市', 'Yueqing'],
    ['大良街道', 'Daliang Subdistrict'],
    ['金普新区', 'Jinpu New Area'],
    ['南洲镇', 'Nanzhou Town'],
    ['天寧區', 'Tianning District'],
  ])('%s → %s', (zh, expected) => {
    expect(placeEnglish(zh)).toBe(expected);
  });

  it('says when a word is no place', () => {
    expect(placeEnglish('会议')).toBeNull();
  });
});

describe('placeAdjective', () => {
  it.each([
    ['上海', '市', 'Shanghai Municipal'],
    ['安徽', '省', 'Anhui Provincial'],
    ['天宁', '区', 'Tianning District'],
    ['', '市', 'Municipal'],
    ['', '全国', 'National'],
  ])('%s + %s → %s', (name, level, expected) => {
    expect(placeAdjective(name, LEVELS.get(level) ?? null)).toBe(expected);
  });
});
