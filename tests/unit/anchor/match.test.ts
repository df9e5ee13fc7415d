import { describe, expect, it } from 'vitest';
import { exactContextNeeded, maxQuoteErrors, TextMatcher } from '../../../utils/anchor/match';

const ORIGINAL =
  '十四届全国人大常委会第十次会议在北京闭幕。会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”。常委会组成人员认真审议了各项议案。';

function query(spec: string): { exact: string; prefix: string; suffix: string; start: number } {
  const [before = '', rest = ''] = spec.split('[');
  const [exact = '', after = ''] = rest.split(']');
  const start = ORIGINAL.indexOf(before + exact + after) + before.length;
  return {
    exact,
    prefix: ORIGINAL.slice(Math.max(0, start - 32), start),
    suffix: ORIGINAL.slice(start + exact.length, start + exact.length + 32),
    start,
  };
}

describe('TextMatcher on plain strings', () => {
  const cases: [string, string, string, string | null][] = [
    ['unchanged', '增强“[四个意识]”', ORIGINAL, '四个意识'],
    ['shifted', '增强“[四个意识]”', `【新华社】${ORIGINAL}`, '四个意识'],
    ['half-width quotes', '要增强[“四个意识”]', ORIGINAL.replace(/[“”]/g, '"'), '"四个意识"'],
    ['quote edited (意识 → 自信)', '增强“[四个意识]”', ORIGINAL.replace('四个意识', '四个自信'), null],
    ['quote gone', '增强“[四个意识]”', ORIGINAL.replace('增强“四个意识”、', ''), null],
    [
      'long quote, one edit',
      '[常委会组成人员认真审议了各项议案]',
      ORIGINAL.replace('认真', '认证'),
      '常委会组成人员认证审议了各项议案',
    ],
  ];
  it.each(cases)('%s', (_name, spec, text, expected) => {
    const m = new TextMatcher(text).match(query(spec));
    expect(m ? text.slice(m.start, m.end) : null).toBe(expected);
  });

  it('says how it found the quote', () => {
    const q = query('增强“[四个意识]”');
    expect(new TextMatcher(ORIGINAL).match(q)?.method).toBe('position');
    expect(new TextMatcher(`前言。${ORIGINAL}`).match(q)?.method).toBe('exact');
    const long = query('[常委会组成人员认真审议了各项议案]');
    expect(new TextMatcher(ORIGINAL.replace('认真', '认证')).match(long)?.method).toBe('fuzzy');
  });
});

describe('thresholds', () => {
  it('allows no edits in short quotes and about one in six in longer ones', () => {
    expect([4, 6, 7, 12, 18, 60].map(maxQuoteErrors)).toEqual([0, 0, 1, 2, 3, 10]);
  });
  it('asks short exact quotes for more context than long ones', () => {
    const needs = [2, 4, 8, 12, 16, 40].map(exactContextNeeded);
    for (let i = 1; i < needs.length; i++) expect(needs[i]).toBeLessThanOrEqual(needs[i - 1] as number);
    expect(needs[0]).toBeGreaterThan(0.5);
    expect(needs.at(-1)).toBe(0);
  });
});
