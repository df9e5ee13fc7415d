// Decision on context split by insertions (a paragraph, an ad, a copied
// phrase put between the quote and its context, or inside the context): near
// the old place, a side that stands verbatim but for inserted stretches of up
// to INSERTION_GAP characters in all counts as standing (ACROSS_INSERTION),
// provided it moved in pieces of at least MIN_MOVED_CONTEXT characters (a
// short one found once within reach), and the text next to no moved piece is
// the rest of the context with the quote left out: that is the old place
// with the quote deleted, and the occurrence a copy further on; nor may the
// stretch passed over hold the quote itself. Such a place is never taken as
// "verbatim at the old place" without weighing rivals.

import { standsAcrossInsertion } from './similarity';
import { makeScored, sideAt, type Context, type Scored } from './scoring';
import {
  ACROSS_INSERTION,
  HOLE_CONTEXT_MIN,
  INSERTION_GAP,
  MIN_MOVED_CONTEXT,
  NEAR_DISTANCE,
  SIDE_INTACT,
} from './thresholds';

/**
 * The exact occurrence rescored for context that stands verbatim but for
 * inserted stretches (a paragraph, an ad, a word put in): edit distance alone
 * counts every inserted character against it. Only near the old place, and
 * only when every recorded side then stands; null when nothing changes.
 */
export function acrossInsertion(ctx: Context, e: Scored): Scored | null {
  if (ctx.hint === undefined || Math.abs(e.vs - ctx.hint) > NEAR_DISTANCE) return null;
  const t = ctx.view.text;
  const { prefix, suffix } = ctx;
  let ps = e.rawPs;
  let ss = e.rawSs;
  // Any moved piece preceded (prefix: followed) by the rest of the context,
  // quote left out, is the old place with the quote deleted, and this
  // occurrence a copy further on.
  if (ps !== null && ps < ACROSS_INSERTION) {
    const moved = standsAcrossInsertion(prefix, t, e.vs, 'end', INSERTION_GAP, MIN_MOVED_CONTEXT);
    const hole = moved?.pieces.some((p) =>
      continuesAs(prefix.slice(prefix.length - p.before) + suffix, t, p.at, 'start'),
    );
    // The stretch passed over holding the quote itself: that is the place, this a copy.
    const over = moved && t.slice(moved.pieces[0]?.at ?? e.vs, e.vs).includes(ctx.pattern);
    if (moved && !hole && !over) ps = ACROSS_INSERTION;
  }
  if (ss !== null && ss < ACROSS_INSERTION) {
    const moved = standsAcrossInsertion(suffix, t, e.ve, 'start', INSERTION_GAP, MIN_MOVED_CONTEXT);
    const hole = moved?.pieces.some((p) => continuesAs(prefix + suffix.slice(0, p.before), t, p.at, 'end'));
    const over = moved && t.slice(e.ve, moved.pieces[0]?.at ?? e.ve).includes(ctx.pattern);
    if (moved && !hole && !over) ss = ACROSS_INSERTION;
  }
  if (ps === e.rawPs && ss === e.rawSs) return null;
  if ((ps ?? 1) < SIDE_INTACT || (ss ?? 1) < SIDE_INTACT) return null;
  return { ...makeScored(ctx, e.vs, e.ve, ps, ss), acrossInsertion: true };
}

/**
 * Whether the text on one side of `at` reads like `expected`: most of it
 * (HOLE_CONTEXT_MIN), and at least MIN_MOVED_CONTEXT characters, or three
 * letters of a short suffix found in an inserted paragraph would do. Too
 * little expected text to tell counts as reading like it: a moved side cannot
 * then be told from the old place with the quote gone.
 */
function continuesAs(expected: string, t: string, at: number, pinned: 'start' | 'end'): boolean {
  if (expected.length < MIN_MOVED_CONTEXT) return true;
  const sim = sideAt(expected, t, at, pinned);
  return sim !== null && sim >= HOLE_CONTEXT_MIN && sim * expected.length >= MIN_MOVED_CONTEXT;
}
