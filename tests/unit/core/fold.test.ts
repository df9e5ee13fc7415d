import { describe, expect, it } from 'vitest';
import { fold, foldCode, foldedIncludes, isSkipped } from '../../../utils/core/fold';
import { foldText } from '../../../utils/anchor/normalize';

describe('fold: one scheme, one unit for one', () => {
  it.each([
    ['ABC', 'abc'],
    ['ＡＢＣ１２３', 'abc123'],
    ['人大　工作', '人大 工作'],
    ['𠮷野家', '𠮷野家'],
    // Lower-casing to two units (İ → i̇) would move offsets: kept as it is.
    ['İ', 'İ'],
    ['ÉCOLE', 'école'],
    // Kangxi radicals and compatibility ideographs, as PDF copies and old fonts leave them.
    ['⼈⼤', '人大'],
    ['\uf900', '岂'],
    // Full-width punctuation folds to its ASCII form, and stays (the index keeps it).
    ['人大，工作！', '人大,工作!'],
    // Forms that NFKC turns into several characters stay themselves.
    ['㎡', '㎡'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(fold(input).length).toBe(input.length);
  });
});

describe('skipped units: what anchoring leaves out', () => {
  it.each([
    ['，', true],
    ['“', true],
    ['　', true],
    ['\n', true],
    ['·', true],
    ['人', false],
    ['Ａ', false],
    ['1', false],
  ])('%j skipped: %s', (ch, skipped) => {
    expect(isSkipped(ch.charCodeAt(0))).toBe(skipped);
    expect(foldCode(ch.charCodeAt(0)) === -1).toBe(skipped);
  });

  it('the anchoring view is the folded text less the skipped units, mapped back', () => {
    const view = foldText('“全过程⼈民民主”，ＮＰＣ');
    expect(view.text).toBe('全过程人民民主npc');
    expect([...view.map]).toEqual([1, 2, 3, 4, 5, 6, 7, 10, 11, 12]);
  });
});

describe('foldedIncludes: the library filters', () => {
  it.each([
    ['区委书记许小波', '书记', true],
    ['Tianning DISTRICT', 'district', true],
    ['ＮＰＣ Standing Committee', 'npc', true],
    ['区委书记', '区长', false],
  ])('%s ∋ %s: %s', (text, q, expected) => expect(foldedIncludes(text, q)).toBe(expected));
});

describe('fold across the two scripts', () => {
  it.each([
    ['區人大常委會主任', '区人大常委会主任'],
    ['習近平', '习近平'],
    ['全過程人民民主', '全过程人民民主'],
  ])('%s folds as %s', (trad, simp) => {
    expect(fold(trad)).toBe(fold(simp));
    expect(foldedIncludes(`本報訊：${trad}出席`, simp)).toBe(true);
  });
});
