import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';
import { isNational, rankSlogans } from '../../../utils/present/slogans';
import type { Slogan, SloganKind } from '../../../utils/types';

/** A slogan counted `count` times, the first body mention at `at` (null: in the headline only). */
const slogan = (text: string, kind: SloganKind, count: number, at: number | null = 0): Slogan => ({
  text,
  kind,
  count,
  mentions:
    at === null
      ? []
      : Array.from({ length: count }, (_, i) => ({ start: at + i * 100, end: at + i * 100 + text.length })),
});
const texts = (xs: Slogan[]) => xs.map((s) => s.text);

describe('isNational', () => {
  it.each<[string, SloganKind, string | null, boolean]>([
    ['一国两制', 'quoted', 'One Country, Two Systems', true],
    ['四个现代化', 'quoted', 'Four Modernizations', true],
    ['四个现代化', 'quoted', null, false],
    ['大事', 'quoted', null, false],
  ])('%s (%s, English %s): %s', (text, kind, en, want) => {
    expect(isNational({ text, kind, en })).toBe(want);
  });

  it.each<[string, SloganKind, boolean]>([
    ['全过程人民民主', 'known', true],
    ['三张清单', 'numbered', true],
    ['两个确立', 'quoted', true],
    ['四个意识', 'quoted', true],
    ['全过程人民民主', 'quoted', true],
    ['不忘初心 牢记使命', 'quoted', true],
    ['大事', 'quoted', false],
    ['532', 'quoted', false],
    ['强富美高', 'quoted', false],
    ['推动高质量发展', 'quoted', false],
    ['两个确立的决定性意义', 'quoted', false],
    ['三个月', 'quoted', false],
  ])('%s (%s): %s', (text, kind, want) => {
    expect(isNational({ text, kind })).toBe(want);
  });
});

describe('rankSlogans', () => {
  it.each<[string, Slogan[], { national: string[]; local: string[] }]>([
    [
      'national before local whatever the counts; each group by count',
      [
        slogan('大事', 'quoted', 9, 10),
        slogan('要事', 'quoted', 1, 20),
        slogan('两个确立', 'quoted', 1, 30),
        slogan('三张清单', 'numbered', 1, 5),
        slogan('全过程人民民主', 'known', 4, 40),
        slogan('高质量发展', 'known', 2, 1),
      ],
      { national: ['全过程人民民主', '高质量发展', '三张清单', '两个确立'], local: ['大事', '要事'] },
    ],
    [
      'equal counts: the first to appear first, whatever the detector listed first',
      [
        slogan('两个维护', 'quoted', 1, 300),
        slogan('四个意识', 'quoted', 1, 100),
        slogan('两个确立', 'quoted', 1, 200),
      ],
      { national: ['四个意识', '两个确立', '两个维护'], local: [] },
    ],
    [
      'a headline occurrence comes before the body',
      [slogan('高质量发展', 'known', 2, 5), slogan('共同富裕', 'known', 2, null)],
      { national: ['共同富裕', '高质量发展'], local: [] },
    ],
    [
      'local phrases by count, then by first appearance',
      [
        slogan('桥梁', 'quoted', 2, 50),
        slogan('纽带', 'quoted', 2, 60),
        slogan('532', 'quoted', 1, 1),
        slogan('大事', 'quoted', 9, 90),
      ],
      { national: [], local: ['大事', '桥梁', '纽带', '532'] },
    ],
    ['none', [], { national: [], local: [] }],
  ])('%s', (_, slogans, want) => {
    const { national, local } = rankSlogans(slogans);
    expect({ national: texts(national), local: texts(local) }).toEqual(want);
  });

  it('ranks what the detector finds in a congress article: national formulations lead', () => {
    const text =
      '会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”。' +
      '人大工作要抓“大事”、议“大事”、办“大事”，当好“桥梁”和“纽带”。' +
      '发展全过程人民民主，坚持全过程人民民主，形成问题、任务、责任三张清单。';
    const { national, local } = rankSlogans(detect({ title: '', text, published: null }).slogans);
    expect(texts(national)).toEqual(['全过程人民民主', '两个确立', '四个意识', '三张清单']);
    expect(texts(local)).toEqual(['大事', '桥梁', '纽带']);
  });
});
