import { describe, expect, it } from 'vitest';
import { foldText, sourceSpan, viewIndexAtOrAfter } from '../../../utils/anchor/normalize';

describe('foldText', () => {
  const cases: [string, string][] = [
    ['四个意识', '四个意识'],
    ['“四个意识”、“四个自信”', '四个意识四个自信'],
    ['要 增强\n\t四个\u3000意识\u00a0', '要增强四个意识'],
    ['ＡＢＣ１２３', 'abc123'],
    ['NPC（全国人大）', 'npc全国人大'],
    ['2024年5月10日，', '2024年5月10日'],
    ['𠮷野家', '𠮷野家'],
    ['，。、！？……——', ''],
  ];
  it.each(cases)('%j folds to %j', (source, folded) => {
    expect(foldText(source).text).toBe(folded);
  });

  it.each(cases)('maps every kept character of %j back to its source', (source) => {
    const view = foldText(source);
    for (let i = 0; i < view.text.length; i++) {
      const at = view.map[i] as number;
      expect(foldText(source.charAt(at)).text).toBe(view.text.charAt(i));
    }
    for (let i = 1; i < view.map.length; i++) expect(view.map[i]).toBeGreaterThan(view.map[i - 1] as number);
  });

  it('converts view spans and offsets', () => {
    const view = foldText('甲，乙 丙');
    expect(view.text).toBe('甲乙丙');
    expect(sourceSpan(view, 1, 3)).toEqual({ start: 2, end: 5 });
    expect(viewIndexAtOrAfter(view, 1)).toBe(1);
    expect(viewIndexAtOrAfter(view, 4)).toBe(2);
    expect(viewIndexAtOrAfter(view, 99)).toBe(3);
  });
});
