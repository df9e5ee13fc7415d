import { describe, expect, it } from 'vitest';
import { decide, placeable, type Ranked } from '../../../utils/anchor/model/decision';
import { MIN_QUOTE, WEIGHTS } from '../../../utils/anchor/model/weights';

function cand(vs: number, ve: number, quote: number, s: number): Ranked {
  return {
    vs,
    ve,
    quoteErrors: 0,
    exact: quote === 1,
    features: { quote, prefix: 1, suffix: 1, distance: 1, uniqueness: 1 },
    score: s,
  };
}

const T = WEIGHTS.threshold;
const M = WEIGHTS.margin;

describe('decide', () => {
  const cases: [string, Ranked[], number | null][] = [
    ['one clear candidate: placed', [cand(10, 14, 1, T + 0.1)], 0],
    ['below the threshold: orphan', [cand(10, 14, 1, T - 0.01)], null],
    [
      'a rival elsewhere within the margin: orphan',
      [cand(10, 14, 1, T + 0.1), cand(50, 54, 1, T + 0.1 - M / 2)],
      null,
    ],
    [
      'a rival elsewhere beaten by the margin: placed',
      [cand(10, 14, 1, T + 0.1), cand(50, 54, 1, T + 0.1 - M - 0.01)],
      0,
    ],
    [
      'an overlapping reading of the same place is no rival',
      [cand(10, 14, 1, T + 0.1), cand(10, 15, 0.8, T + 0.09)],
      0,
    ],
    [
      'the best is where the quote was, deleted: orphan',
      [cand(10, 10, 0, T + 0.2), cand(50, 54, 1, T)],
      null,
    ],
    ['nothing: orphan', [], null],
  ];
  it.each(cases)('%s', (_name, candidates, index) => {
    const got = decide(candidates);
    expect(got === null ? null : candidates.indexOf(got)).toBe(index);
  });

  it('places only where the quote still stands, edited at most so much', () => {
    expect(placeable(cand(10, 14, MIN_QUOTE, 1))).toBe(true);
    expect(placeable(cand(10, 14, MIN_QUOTE - 0.01, 1))).toBe(false);
    expect(placeable(cand(10, 10, 1, 1))).toBe(false);
  });
});
