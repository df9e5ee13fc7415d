// formulationEnglish: a slogan's text, in any written form, to its standard English; and the
// detector reporting it as slogans[].en.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/analyze';
import { documentFromBytes } from '../../../utils/article/load';
import { detect } from '../../../utils/detect';
import { formulationEnglish, formulationKey } from '../../../utils/english/formulations';
import { labelledPages } from '../../support/labelled-pages';

describe('formulationEnglish', () => {
  it.each([
    ['simplified', '全过程人民民主', "whole-process people's democracy"],
    ['traditional', '全過程人民民主', "whole-process people's democracy"],
    ['traditional numbered formula', '兩個確立', 'Two Establishments'],
    ['an alias', '两个百年', 'Two Centenary Goals'],
    ['an alias in traditional', '兩個百年', 'Two Centenary Goals'],
    [
      'with the 、',
      '不忘初心、牢记使命',
      'remain true to our original aspiration and keep our mission firmly in mind',
    ],
    [
      'without the 、',
      '不忘初心牢记使命',
      'remain true to our original aspiration and keep our mission firmly in mind',
    ],
    [
      'with a space instead',
      '不忘初心 牢记使命',
      'remain true to our original aspiration and keep our mission firmly in mind',
    ],
    [
      'with a comma instead',
      '不忘初心，牢记使命',
      'remain true to our original aspiration and keep our mission firmly in mind',
    ],
    [
      'in traditional with the 、',
      '不忘初心、牢記使命',
      'remain true to our original aspiration and keep our mission firmly in mind',
    ],
    [
      'with its quotation marks',
      '“放管服”',
      'streamlining administration, delegating power, improving regulation and upgrading services',
    ],
    ['a symbol that is part of it', '互联网+', 'Internet Plus'],
    ['a full-width symbol', '互联网＋', 'Internet Plus'],
    ['a known formulation', '新发展理念', 'new development philosophy'],
    ['a numbered formula', '八项规定', 'eight-point rules'],
    [
      "a people's congress formula",
      '一府一委两院',
      "people's government, supervisory commission, court and procuratorate",
    ],
  ])('%s: %s', (_, text, en) => {
    expect(formulationEnglish(text)).toBe(en);
  });

  it.each([
    ['a local quoted phrase', '强富美高'],
    ['a local numbered formula', '三张清单'],
    ['a phrase that contains a formulation', '推动高质量发展'],
    ['a part of a formulation', '不忘初心'],
    ['the word without its symbol', '互联网'],
    ['an empty string', ''],
    ['punctuation only', '“”'],
  ])('%s (%s) has none', (_, text) => {
    expect(formulationEnglish(text)).toBeNull();
  });

  it('looks up by folded text without punctuation or spaces', () => {
    expect(formulationKey('“不忘初心、牢記使命”')).toBe('不忘初心牢记使命');
    expect(formulationKey('互联网＋')).toBe('互联网+');
  });
});

describe('slogans[].en in detection', () => {
  it('gives the English of known and numbered formulations and null for local phrases', () => {
    const d = detect({
      title: '区人大常委会召开会议',
      text: '会议强调，要增强“四个意识”，践行全过程人民民主，落实“强富美高”要求，推动高质量发展。',
      published: null,
    });
    expect(Object.fromEntries(d.slogans.map((s) => [s.text, s.en]))).toEqual({
      四个意识: 'Four Consciousnesses',
      强富美高: null,
      全过程人民民主: "whole-process people's democracy",
      高质量发展: 'high-quality development',
    });
  });

  it('gives it on a traditional page, where the text is reported as the page writes it', () => {
    const d = detect({ title: '標題', text: '堅持全過程人民民主，推動高質量發展。', published: null });
    expect(d.slogans.map((s) => [s.text, s.en])).toEqual([
      ['全過程人民民主', "whole-process people's democracy"],
      ['高質量發展', 'high-quality development'],
    ]);
  });

  // The labelled pages, analysed as `npm run analyze` does: every slogan carries en, and every
  // slogan of kind known (the closed list, all in the table) has English.
  const pages = labelledPages().filter((p) =>
    (p.expected as { slogans?: { kind: string }[] }).slogans?.some((s) => s.kind === 'known'),
  );

  it('has labelled pages with known formulations, one of them traditional', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.some((p) => /traditional/.test(p.source.notes ?? ''))).toBe(true);
  });

  it.each(pages.map((p) => [p.slug, p] as const))('%s: known slogans all have English', (_, p) => {
    const { slogans } = analyzeDocument(documentFromBytes(p.html), p.source.url);
    const known = slogans.filter((s) => s.kind === 'known');
    expect(known.length).toBeGreaterThan(0);
    for (const s of known) expect(s.en, s.text).toEqual(expect.any(String));
    for (const s of slogans) expect(s.en, s.text).toBe(formulationEnglish(s.text));
  });
});
