import { describe, expect, it } from 'vitest';
import {
  alignWithContext,
  anchoredSimilarity,
  standsAcrossInsertion,
} from '../../../utils/anchor/similarity';

describe('anchoredSimilarity', () => {
  const cases: [string, string, 'start' | 'end', number | null][] = [
    ['会议强调', '会议强调要增强', 'start', 1],
    ['会议强调', '今天会议强调', 'end', 1],
    ['会议强调', '会议指出', 'start', 0.5],
    ['会议强调', '完全无关的话', 'end', 0],
    ['', '任何', 'start', null],
  ];
  it.each(cases)('%j against %j pinned at %s → %s', (expected, actual, pinned, sim) => {
    expect(anchoredSimilarity(expected, actual, pinned)).toBe(sim);
  });
});

describe('alignWithContext', () => {
  it('locates an edited quote between its context and counts edits per part', () => {
    const text = '前面的话会议强调要增强四个意思坚定四个自信后面的话';
    const a = alignWithContext('会议强调', '要增强四个意识', '坚定四个自信', text, 0, text.length);
    expect(a && text.slice(a.start, a.end)).toBe('要增强四个意思');
    expect(a).toMatchObject({ prefixErrors: 0, quoteErrors: 1, suffixErrors: 0 });
  });

  it('reports a deleted quote as an empty span with intact context', () => {
    const text = '前面的话会议强调坚定四个自信后面的话';
    const a = alignWithContext('会议强调', '要增强四个意识', '坚定四个自信', text, 0, text.length);
    expect(a).toMatchObject({ start: 8, end: 8, prefixErrors: 0, quoteErrors: 7, suffixErrors: 0 });
  });

  it('charges an insertion at the quote boundary to the context, not the quote', () => {
    const text = '会议强调新插入要增强四个意识坚定四个自信';
    const a = alignWithContext('会议强调', '要增强四个意识', '坚定四个自信', text, 0, text.length);
    expect(a && text.slice(a.start, a.end)).toBe('要增强四个意识');
    expect(a?.quoteErrors).toBe(0);
  });
});

describe('standsAcrossInsertion', () => {
  type Moved = { kept: number; pieces: { at: number; before: number }[] } | null;
  // [expected side, text, at (where the quote starts or ends), pinned, result]
  const cases: [string, string, number, 'start' | 'end', Moved][] = [
    // A paragraph between the prefix and the quote: the whole prefix moved.
    [
      '会议强调要增强',
      '会议强调要增强新插入的一段话Q',
      15,
      'end',
      { kept: 0, pieces: [{ at: 7, before: 0 }] },
    ],
    // An insertion inside the prefix: its last two characters still touch the quote.
    ['会议强调要增强', '会议强调要新插入的话增强Q', 12, 'end', { kept: 2, pieces: [{ at: 5, before: 2 }] }],
    // The same for a suffix.
    ['坚定四个自信', 'Q坚定新插入的话四个自信', 1, 'start', { kept: 2, pieces: [{ at: 8, before: 2 }] }],
    ['坚定四个自信', 'Q另起一段坚定四个自信', 1, 'start', { kept: 0, pieces: [{ at: 5, before: 0 }] }],
    // Two insertions, each piece long enough.
    [
      '坚定四个自信做到两个维护',
      'Q坚定新话四个自信又一段做到两个维护',
      1,
      'start',
      {
        kept: 2,
        pieces: [
          { at: 5, before: 2 },
          { at: 12, before: 6 },
        ],
      },
    ],
    // A piece that recurs within reach (page furniture under every comment) tells nothing...
    ['回复收藏举报', 'Q新话回复收藏举报又回复收藏举报', 1, 'start', null],
    // ...but a long one is the nearer of two copies (a comment shown twice).
    [
      '网易上海网友2019年5月18日有出',
      'Q新话网易上海网友2019年5月18日有出又网易上海网友2019年5月18日有出',
      1,
      'start',
      { kept: 0, pieces: [{ at: 3, before: 0 }] },
    ],
    // Untouched: nothing moved.
    ['会议强调', '会议强调Q', 4, 'end', null],
    // Edited, not moved.
    ['会议强调要增强', '会议强调要加强Q', 7, 'end', null],
    // The moved part is too far away.
    ['会议强调要增强', `会议强调要增强${'插'.repeat(30)}Q`, 37, 'end', null],
    // Too short to move: two characters are found nearby by chance.
    ['要增', '要增新插入Q', 5, 'end', null],
  ];
  it.each(cases)('%j in %j at %i (%s) → %j', (expected, text, at, pinned, result) => {
    expect(standsAcrossInsertion(expected, text, at, pinned, 20, 4)).toEqual(result);
  });
});
