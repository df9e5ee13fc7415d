import { describe, expect, it } from 'vitest';
import { markSegments, occurrences } from '../../../utils/library/marks';

const show = (text: string, ranges: { start: number; end: number }[]) =>
  markSegments(text, ranges)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('|');

describe('markSegments', () => {
  it.each([
    ['no ranges', '加强人大工作', [], '加强人大工作'],
    ['middle', '加强人大工作', [{ start: 2, end: 4 }], '加强|[人大]|工作'],
    [
      'start and end',
      '人大工作人大',
      [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ],
      '[人大]|工作|[人大]',
    ],
    [
      'unsorted',
      '人大工作人大',
      [
        { start: 4, end: 6 },
        { start: 0, end: 2 },
      ],
      '[人大]|工作|[人大]',
    ],
    [
      'overlapping merge',
      'abcdef',
      [
        { start: 1, end: 4 },
        { start: 3, end: 5 },
      ],
      'a|[bcde]|f',
    ],
    [
      'touching merge',
      'abcdef',
      [
        { start: 1, end: 3 },
        { start: 3, end: 5 },
      ],
      'a|[bcde]|f',
    ],
    ['clamped past the end', 'abc', [{ start: 2, end: 99 }], 'ab|[c]'],
    ['negative start clamped', 'abc', [{ start: -3, end: 1 }], '[a]|bc'],
    [
      'empty and inverted ranges dropped',
      'abc',
      [
        { start: 1, end: 1 },
        { start: 2, end: 1 },
      ],
      'abc',
    ],
    ['whole text', 'abc', [{ start: 0, end: 3 }], '[abc]'],
    ['empty text', '', [{ start: 0, end: 3 }], ''],
  ])('%s', (_name, text, ranges, expected) => {
    expect(show(text, ranges)).toBe(expected);
  });

  it('keeps every character exactly once', () => {
    const text = '<b>人大</b> & "常委会"';
    const segs = markSegments(text, [
      { start: 3, end: 5 },
      { start: 14, end: 17 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
});

describe('occurrences', () => {
  it.each([
    [
      'one needle, twice',
      '强富美高，强富美高',
      ['强富美高'],
      [
        [0, 4],
        [5, 9],
      ],
    ],
    [
      'two needles',
      '许小波指出强富美高',
      ['许小波', '强富美高'],
      [
        [0, 3],
        [5, 9],
      ],
    ],
    [
      'case and width folded',
      'ＡＢＣ and abc',
      ['abc'],
      [
        [0, 3],
        [8, 11],
      ],
    ],
    ['blank needle ignored', '人大', ['  '], []],
    ['absent', '人大', ['政协'], []],
  ])('%s', (_name, text, needles, expected) => {
    expect(occurrences(text, needles).map((r) => [r.start, r.end])).toEqual(expected);
  });
});
