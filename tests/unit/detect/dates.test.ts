import { describe, expect, it } from 'vitest';
import { findDates, parseNumber } from '../../../utils/detect/dates';

describe('dates', () => {
  it.each([
    ['7月1日上午', '2022-07-01', '2022-07-01'],
    ['2007年6月29日', '2024-01-01', '2007-06-29'],
    ['二〇二三年十一月三十日', null, '2023-11-30'],
    ['30日上午', '2023-12-01', '2023-11-30'],
    ['1日', '2023-12-05', '2023-12-01'],
    ['昨天', '2022-07-01', '2022-06-30'],
    ['前天', '2022-03-01', '2022-02-27'],
    ['日前', '2022-07-01', '2022-07-01'],
    ['近日', '2022-07-01', '2022-07-01'],
    ['12月30日', '2023-01-03', '2022-12-30'],
    ['7月1日', null, null],
    ['2月30日', '2022-03-01', null],
  ])('%s against %s → %s', (text, published, expected) => {
    expect(findDates(text, published)[0]?.date ?? null).toBe(expected);
  });

  it.each([['第1日'], ['人民日报'], ['三月']])('%s is not a date', (text) => {
    expect(findDates(text, '2022-07-01').filter((d) => d.date)).toEqual([]);
  });

  it.each([
    ['12', 12],
    ['十', 10],
    ['十二', 12],
    ['二十九', 29],
    ['三十一', 31],
    ['abc', NaN],
  ])('parseNumber(%s) = %s', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
});
