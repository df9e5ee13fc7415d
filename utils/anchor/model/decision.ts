// The one decision: the best-scored candidate is placed only if it is a place
// where the quote still is (not where it was deleted), scores at least the
// threshold and beats the best candidate elsewhere by the margin. Anything
// else is an orphan: a highlight on the wrong words misleads the reader, one
// missing only asks to be placed again.

import { MIN_QUOTE, WEIGHTS, type Weights } from './weights';
import type { Candidate, Features } from './features';

export interface Ranked extends Candidate {
  features: Features;
  score: number;
}

/** The quote still stands there, edited at most so much: a place a highlight can go. */
export function placeable(c: Candidate & { features: Features }): boolean {
  return c.ve > c.vs && c.features.quote >= MIN_QUOTE;
}

function overlap(a: Candidate, b: Candidate): boolean {
  return a.vs <= b.ve && b.vs <= a.ve;
}

/** The candidate to place, or null (an orphan). */
export function decide(candidates: readonly Ranked[], w: Readonly<Weights> = WEIGHTS): Ranked | null {
  let best: Ranked | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  if (!best || !placeable(best) || best.score < w.threshold) return null;
  const top = best;
  // Another reading of the same place (an alignment a character longer) is no rival.
  let runnerUp = -Infinity;
  for (const c of candidates) if (c !== top && !overlap(c, top) && c.score > runnerUp) runnerUp = c.score;
  return top.score - runnerUp >= w.margin ? top : null;
}
