import { describe, expect, it } from 'vitest';
import { findUniqueAll } from '../../../utils/anchor/verbatim';

const naive = (text: string, needle: string): number | null => {
  if (!needle) return null;
  const hits: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) hits.push(at);
  return hits.length === 1 ? (hits[0] as number) : null;
};

const TEXT =
  '区人大常委会召开第十次会议，听取区人民政府关于今年以来经济运行情况的报告。' +
  '会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”。' +
  '通报说，会议强调，要坚持以人民为中心的发展。' +
  '会议强调，要坚持以人民为中心的发展思想，切实保障和改善民生。';

describe('findUniqueAll', () => {
  it.each([
    ['a needle found once', '听取区人民政府关于今年以来经济运行情况的报告', TEXT.indexOf('听取')],
    ['a needle at the very start', '区人大常委会召开第十次会议，听取区', 0],
    [
      'a needle ending the text',
      '要坚持以人民为中心的发展思想，切实保障和改善民生。',
      TEXT.lastIndexOf('要坚持'),
    ],
    ['a long needle found twice', '会议强调，要增强“四个意识”、坚定“四', TEXT.indexOf('会议强调，要增强')],
    [
      'a needle sharing its first 16 characters with the text, then differing',
      '会议强调，要坚持以人民为中心的发展思想，切实保障和改善民主',
      null,
    ],
    ['a needle repeated', '会议强调，要坚持以人民为中心的发展', null],
    ['an absent needle', '会议审议通过了区人大常委会关于加强生态环境保护的决定', null],
    ['a short needle found once', '四个自信', TEXT.indexOf('四个自信')],
    ['a short needle repeated', '会议强调', null],
    ['an empty needle', '', null],
    ['a needle longer than the text', TEXT + TEXT, null],
  ])('%s', (_, needle, want) => {
    expect(findUniqueAll(TEXT, [needle])).toEqual([want]);
  });

  it('answers every needle of one call, a repeated one settled without touching the others', () => {
    const needles = [
      '会议强调，要坚持以人民为中心的发展',
      '听取区人民政府关于今年以来经济运行情况的报告',
      '四个自信',
      '',
    ];
    expect(findUniqueAll(TEXT, needles)).toEqual(needles.map((n) => naive(TEXT, n)));
  });

  it('counts overlapping occurrences as two', () => {
    const text = 'x'.repeat(40);
    expect(findUniqueAll(text, ['x'.repeat(20), 'x'.repeat(40), 'x'.repeat(41)])).toEqual([null, 0, null]);
  });

  it('agrees with a plain search on random texts of a small alphabet (many near-misses)', () => {
    let seed = 12345;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = (s: string) => s[Math.floor(rand() * s.length)] as string;
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 3000; i++) text += pick('人大会议代表');
      const needles = Array.from({ length: 40 }, () => {
        const len = 10 + Math.floor(rand() * 20);
        const at = Math.floor(rand() * (text.length - len));
        const n = text.slice(at, at + len);
        return rand() < 0.3 ? n.slice(0, -1) + pick('法委') : n;
      });
      expect(findUniqueAll(text, needles)).toEqual(needles.map((n) => naive(text, n)));
    }
  });
});
