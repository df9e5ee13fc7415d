import { describe, expect, it } from 'vitest';
import { facetChoice } from '../../../utils/library/facets';
import { isNational, nationalFirst } from '../../../utils/library/formulations';

describe('isNational', () => {
  it.each<[string, boolean]>([
    ['高质量发展', true],
    ['不忘初心、牢记使命', true],
    ['不忘初心 牢记使命', true],
    ['一带一路', true],
    ['四个意识', true],
    ['两个维护', true],
    ['三张清单', true],
    ['五位一体', true],
    // Quoted words of one page, and counting phrases.
    ['大事', false],
    ['天宁实践', false],
    ['强富美高', false],
    ['三三制', false],
    ['五位代表', false],
    ['四个月', false],
  ])('%s → %s', (text, national) => {
    expect(isNational(text)).toBe(national);
  });
});

describe('nationalFirst', () => {
  it('puts national formulations first and keeps each group in order', () => {
    const list = ['大事', '高质量发展', '要事', '四个意识', '天宁实践'];
    expect(nationalFirst(list, (s) => s)).toEqual(['高质量发展', '四个意识', '大事', '要事', '天宁实践']);
  });
});

describe('facetChoice', () => {
  const values = ['许小波', '许小波涛', 'Example.cn', 'example.CN', '人大'];
  it.each<[string, ReturnType<typeof facetChoice>]>([
    ['许小波', { kind: 'set', value: '许小波' }],
    [' 许小波 ', { kind: 'set', value: '许小波' }],
    ['许小', { kind: 'none' }],
    ['', { kind: 'clear' }],
    ['   ', { kind: 'clear' }],
    ['ＲＥ', { kind: 'none' }],
    // Two values fold to the same text: only the exact one chooses.
    ['EXAMPLE.CN', { kind: 'none' }],
    ['example.CN', { kind: 'set', value: 'example.CN' }],
  ])('%j', (typed, choice) => {
    expect(facetChoice(typed, values)).toEqual(choice);
  });
  it('takes a value that differs only in case or width when it is the only one', () => {
    expect(facetChoice('ｒｅｎｄａ', ['Renda', '人大'])).toEqual({ kind: 'set', value: 'Renda' });
  });
});
