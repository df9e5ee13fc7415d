import { describe, expect, it } from 'vitest';
import { alignWithContext, anchoredSimilarity } from '../../../utils/anchor/similarity';

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
