// Like hypothesis/client's match-quote tests: given candidates, the score must
// rank them in the expected order.
import { describe, expect, it } from 'vitest';
import type { Features } from '../../../utils/anchor/model/features';
import { rankScore, score } from '../../../utils/anchor/model/score';

const f = (
  quote: number,
  prefix: number,
  suffix: number,
  distance: number,
  uniqueness: number,
): Features => ({
  quote,
  prefix,
  suffix,
  distance,
  uniqueness,
});

describe('score', () => {
  it('is 1 for a perfect candidate and 0 for one with nothing in its favour', () => {
    expect(score(f(1, 1, 1, 1, 1))).toBeCloseTo(1);
    expect(score(f(0, 0, 0, 0, 0))).toBe(0);
  });

  const orders: [string, Features, Features][] = [
    ['the verbatim quote over an edited one, all else equal', f(1, 1, 1, 1, 1), f(0.8, 1, 1, 1, 1)],
    ['context on both sides over context on one', f(1, 1, 1, 0.9, 0.5), f(1, 1, 0.2, 0.9, 0.5)],
    ['the nearer of two alike', f(1, 1, 1, 0.9, 0.5), f(1, 1, 1, 0.5, 0.5)],
    ['a unique quote over a repeated one', f(1, 0.8, 0.8, 0.9, 1), f(1, 0.8, 0.8, 0.9, 0.2)],
    [
      'the quote one character edited with its context standing over a verbatim copy with other context',
      f(0.75, 1, 1, 1, 1),
      f(1, 0.2, 0.2, 0.9, 1),
    ],
  ];
  it.each(orders)('ranks %s', (_name, better, worse) => {
    expect(score(better)).toBeGreaterThan(score(worse));
  });

  // A place where the quote is gone competes on its context and nearness: when its
  // context stands better than a look-alike's, the look-alike must not win.
  const holes: [string, Features, Features][] = [
    [
      'the old place with the quote gone over a copy a little further on sharing one side',
      f(0, 1, 1, 1, 0.5),
      f(1, 0.97, 0.2, 0.95, 1),
    ],
    [
      'the old place with 四个意识 gone over its near twin 四个自信 beside it',
      f(0, 1, 1, 1, 1),
      f(0.5, 0.2, 0.2, 0.9, 1),
    ],
    [
      'a verbatim passage copy over a hole whose context stands worse',
      f(1, 0.97, 0.96, 0.86, 1),
      f(0, 0.6, 0.5, 0.9, 0.5),
    ],
  ];
  it.each(holes)('ranks %s', (name, better, worse) => {
    const betterIsHole = better.quote === 0;
    expect(rankScore(better, !betterIsHole), name).toBeGreaterThan(rankScore(worse, betterIsHole));
  });
});
