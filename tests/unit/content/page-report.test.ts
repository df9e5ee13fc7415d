import { describe, expect, it } from 'vitest';
import { mentionQuote } from '../../../utils/content/page-report';
import type { Detection } from '../../../utils/types';

const text = '区委书记许小波出席会议。会上，许小波强调，要践行全过程人民民主。';
const detection: Detection = {
  congress: { isCongressNews: true, score: 1 },
  officials: [
    {
      name: '许小波',
      titles: ['区委书记'],
      mentions: [
        { start: 4, end: 7 },
        { start: 15, end: 18 },
      ],
    },
  ],
  meetings: [],
  slogans: [{ text: '全过程人民民主', kind: 'known', count: 1, mentions: [{ start: 24, end: 31 }] }],
};

describe('mentionQuote', () => {
  it.each([
    ['许小波', '许小波', '区委书记', '出席会议。会上，许小波强调，要践行全过程人民民主。'],
    ['全过程人民民主', '全过程人民民主', '区委书记许小波出席会议。会上，许小波强调，要践行', '。'],
  ])('%s: the first mention with its context', (name, exact, prefix, suffix) => {
    expect(mentionQuote(detection, text, name)).toEqual({ type: 'TextQuoteSelector', exact, prefix, suffix });
  });

  it.each([['张凯奇'], ['']])('%j: not detected, no quote', (name) => {
    expect(mentionQuote(detection, text, name)).toBeNull();
  });

  it('refuses mentions outside the text (a stale report)', () => {
    expect(mentionQuote(detection, '短', '许小波')).toBeNull();
  });
});
