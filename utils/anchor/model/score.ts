// One score for one candidate: the weighted mean of its features. A place
// where the quote is gone (its context standing) is scored as if the quote
// stood there: it competes on context and nearness alone, and when it wins
// the highlight is an orphan rather than moved onto a look-alike.

import type { Features } from './features';
import { WEIGHTS, type Weights } from './weights';

export function score(f: Features, w: Readonly<Weights> = WEIGHTS): number {
  const total = w.quote + w.prefix + w.suffix + w.distance + w.uniqueness;
  return (
    (w.quote * f.quote +
      w.prefix * f.prefix +
      w.suffix * f.suffix +
      w.distance * f.distance +
      w.uniqueness * f.uniqueness) /
    total
  );
}

/** The score a candidate ranks by: `placeable` false for a place where the quote is gone. */
export function rankScore(f: Features, placeable: boolean, w: Readonly<Weights> = WEIGHTS): number {
  return score(placeable ? f : { ...f, quote: 1 }, w);
}
