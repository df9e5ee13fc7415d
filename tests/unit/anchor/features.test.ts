import { describe, expect, it } from 'vitest';
import {
  features,
  nearness,
  sideAgreement,
  sideFeature,
  type Query,
} from '../../../utils/anchor/model/features';
import { DISTANCE_HALF, FULL_CONTEXT } from '../../../utils/anchor/model/weights';

describe('sideAgreement', () => {
  const text = '前言会议强调要增强四个意识坚定四个自信后记';
  const at = text.indexOf('要增强');
  const end = at + '要增强四个意识'.length;
  const cases: [string, string, number, 'start' | 'end', number | null][] = [
    ['verbatim prefix', '会议强调', at, 'end', 1],
    ['verbatim suffix', '坚定四个', end, 'start', 1],
    ['one of four edited', '会议指调', at, 'end', 0.75],
    ['nothing alike', '完全无关', end, 'start', 0],
    ['nothing recorded', '', at, 'end', null],
  ];
  it.each(cases)('%s', (_name, expected, where, pinned, want) => {
    expect(sideAgreement(expected, text, where, pinned)).toBe(want);
  });

  it('looks across text inserted between the quote and its context, at the cost of one edit', () => {
    const inserted = '前言会议强调这是一段新插入的文字要增强四个意识';
    const got = sideAgreement('会议强调', inserted, inserted.indexOf('要增强'), 'end');
    expect(got).toBe(1 - 1 / 4);
    const plain = sideAgreement('会议强调', '前言会议强调要增强', '前言会议强调'.length, 'end');
    expect(got).toBeLessThan(plain as number);
  });
});

describe('sideFeature and nearness', () => {
  it('pulls a short side toward 0.5 and gives an unrecorded side 0.5', () => {
    expect(sideFeature(1, FULL_CONTEXT)).toBe(1);
    expect(sideFeature(1, FULL_CONTEXT / 2)).toBe(0.75);
    expect(sideFeature(0, FULL_CONTEXT / 2)).toBe(0.25);
    expect(sideFeature(null, 0)).toBe(0.5);
  });
  it('halves nearness at DISTANCE_HALF and is 0.5 without an old position', () => {
    expect(nearness(100, 100)).toBe(1);
    expect(nearness(100 + DISTANCE_HALF, 100)).toBe(0.5);
    expect(nearness(5, undefined)).toBe(0.5);
  });
});

describe('features', () => {
  const text = '前言会议强调要增强四个意思坚定四个自信后记';
  const q: Query = { pattern: '要增强四个意识', prefix: '前言会议强调', suffix: '坚定四个自信', hint: 6 };
  it('measures an edited quote standing between its context', () => {
    const vs = text.indexOf('要增强');
    const f = features(q, text, { vs, ve: vs + 7, quoteErrors: 1, exact: false }, 0);
    expect(f).toEqual({ quote: 1 - 1 / 7, prefix: 1, suffix: 1, distance: 1, uniqueness: 1 });
  });
  it('counts uniqueness over the places holding the quote verbatim', () => {
    const vs = text.indexOf('要增强');
    const exact = features(q, text, { vs, ve: vs + 7, quoteErrors: 0, exact: true }, 2);
    const edited = features(q, text, { vs, ve: vs + 7, quoteErrors: 1, exact: false }, 2);
    expect(exact.uniqueness).toBe(1 / 2);
    expect(edited.uniqueness).toBe(1 / 3);
  });
});
