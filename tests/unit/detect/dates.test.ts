import { describe, expect, it } from 'vitest';
import { findDates, parseNumber } from '../../../utils/detect/dates';

const first = (text: string, published: string | null): string | null =>
  findDates(text, published)[0]?.date ?? null;

describe('dates', () => {
  it.each([
    ['7月1日上午', '2022-07-01', '2022-07-01'],
    ['2007年6月29日', '2024-01-01', '2007-06-29'],
    ['二〇二三年十一月三十日', null, '2023-11-30'],
    ['十一月三日', '2023-11-05', '2023-11-03'],
    ['30日上午', '2023-12-01', '2023-11-30'],
    ['1日', '2023-12-05', '2023-12-01'],
    ['昨天', '2022-07-01', '2022-06-30'],
    ['昨日', '2016-09-29', '2016-09-28'],
    ['前天', '2022-03-01', '2022-02-27'],
    ['今早举行', '2026-01-12', '2026-01-12'],
    ['12月30日', '2023-01-03', '2022-12-30'],
    // The year is the article's when only month and day are written (GUIDELINES), even months ahead.
    ['12月16日', '2020-05-09', '2020-12-16'],
    ['2月30日', '2022-03-01', null],
  ])('%s against %s → %s', (text, published, expected) => {
    expect(first(text, published)).toBe(expected);
  });

  it.each([
    // A month and day with no year on the page are not resolved against any year.
    ['7月1日', null],
    ['5月20日至22日', null],
    // 日前 and 近日 say the event was recent, not which day.
    ['日前', '2022-07-01'],
    ['近日', '2022-07-01'],
  ])('%s against %s: no day', (text, published) => {
    const found = findDates(text, published);
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBeNull();
  });

  it.each([
    ['12月23-25日召开', '2022-12-21', '2022-12-23', '12月23-25日'],
    ['12月25日至26日召开', '2022-12-21', '2022-12-25', '12月25日至26日'],
    ['10月20日至23日，检查组', '2009-10-25', '2009-10-20', '10月20日至23日'],
  ])('a span %s is one mention, dated by its first day', (text, published, date, written) => {
    const found = findDates(text, published);
    expect(found.map((d) => [d.date, text.slice(d.start, d.end)])).toEqual([[date, written]]);
  });

  it.each([
    // Pages that lost 月 or 日 at the head of the lead still give the day (read against the article's date).
    ['825日，市委常委会召开会议', '2023-08-25', '2023-08-25'],
    ['区政府召开会议\n33日，区长主持召开区长办公会议', '2025-03-04', '2025-03-03'],
    ['本报讯(记者 王某)221日上午，区人大常委会召开会议', '2019-02-22', '2019-02-21'],
    ['3月8，县长主持召开县政府常务会议', '2020-03-09', '2020-03-08'],
  ])('%s against %s → %s', (text, published, expected) => {
    expect(findDates(text, published).map((d) => d.date)).toEqual([expected]);
  });

  it.each([
    ['第1日', '2022-07-01'],
    ['人民日报', '2022-07-01'],
    ['三月', '2022-07-01'],
    ['一日三餐，三日内办结', '2022-07-01'],
    // Run-together digits only at the head of a paragraph, and only as a recent day.
    ['历时120日完成', '2020-03-01'],
    ['\n1130日，', '2020-03-01'],
    ['825日，市委常委会召开会议', null],
  ])('%s is not a date', (text, published) => {
    expect(findDates(text, published).filter((d) => d.date)).toEqual([]);
  });

  it.each([
    ['12', 12],
    ['一', 1],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十九', 29],
    ['三十一', 31],
    ['二〇二〇', 2020],
    ['abc', NaN],
    ['', NaN],
    ['十十', NaN],
  ])('parseNumber(%s) = %s', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });
});
