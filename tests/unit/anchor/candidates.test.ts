import { describe, expect, it } from 'vitest';
import {
  alignedCandidates,
  alignmentCenters,
  exactCandidates,
  occurrencesOf,
  SeedIndex,
  verbatimContext,
} from '../../../utils/anchor/model/candidates';
import type { Query } from '../../../utils/anchor/model/features';

const TEXT = '会议强调要增强四个意识，坚定四个自信。大会指出要增强四个意识。会议强调坚定四个自信。';

describe('exact candidates', () => {
  it('finds every occurrence and ranks those with more verbatim context first', () => {
    const q: Query = { pattern: '四个意识', prefix: '大会指出要增强', suffix: '。', hint: 0 };
    const positions = occurrencesOf(TEXT, q.pattern) as number[];
    expect(positions).toEqual([7, 26]);
    expect(exactCandidates(q, TEXT, positions).map((c) => c.vs)).toEqual([26, 7]);
    expect(verbatimContext(q, TEXT, 26, 30)).toBe('大会指出要增强。'.length);
  });
  it('gives up on a quote found too many times to weigh', () => {
    expect(occurrencesOf('，'.repeat(3000), '，')).toBeNull();
  });
});

describe('aligned candidates', () => {
  const cases: [string, string, Query, string][] = [
    [
      'the quote edited in place',
      '前言会议强调要增强四个意思坚定四个自信后记',
      { pattern: '要增强四个意识', prefix: '会议强调', suffix: '坚定四个', hint: 6 },
      '要增强四个意思',
    ],
    [
      'the quote deleted, its context standing: an empty place',
      '前言会议强调坚定四个自信后记',
      { pattern: '要增强四个意识', prefix: '会议强调', suffix: '坚定四个', hint: 6 },
      '',
    ],
  ];
  it.each(cases)('%s', (_name, text, q, want) => {
    const [c] = alignedCandidates(q, text, alignmentCenters([], q.hint), []);
    expect(c && text.slice(c.vs, c.ve)).toBe(want);
  });
  it('leaves out the places already found exactly', () => {
    const text = '前言会议强调要增强四个意识坚定四个自信后记';
    const q: Query = { pattern: '要增强四个意识', prefix: '会议强调', suffix: '坚定四个', hint: 6 };
    const exact = exactCandidates(q, text, occurrencesOf(text, q.pattern) as number[]);
    expect(alignedCandidates(q, text, [6], exact).filter((c) => c.ve > c.vs && c.quoteErrors === 0)).toEqual(
      [],
    );
  });
});

describe('seed centres', () => {
  it('point to where the n-grams of quote and context line up, the old position added', () => {
    const filler = '今天天气很好'.repeat(40);
    const text = `${filler}会议强调要增强四个意思坚定四个自信${filler}`;
    const q: Query = { pattern: '要增强四个意识', prefix: '会议强调', suffix: '坚定四个', hint: 3 };
    const centers = new SeedIndex(text).centers(q, []);
    const at = text.indexOf('要增强');
    expect(centers.some((c) => Math.abs(c - at) <= 8)).toBe(true);
    expect(alignmentCenters(centers, 3)[0]).toBe(3);
  });
});
