// Decision on a quote that survives once (or still stands right at its old
// position) but with a different context on both sides: placed when the quote
// is long enough to be distinctive by itself (LONG_QUOTE folded characters)
// and beats any copies on context, orphaned when it is short (a four-character
// slogan can recur anywhere on the page with other meaning).
//
// Decision on look-alikes (headline and first sentence, a title repeated in a
// script, the same menu twice, a summary above the article): away from an
// unchanged position, a place is taken only when it beats every rival by a
// clear margin of context agreement, as a share (CLEAR_MARGIN) and in
// characters (a quarter of the recorded context, at most FULL_WEIGHT_CONTEXT),
// so that a few letters of a mostly blank context decide nothing. Rivals are
// the other exact occurrences and the places where the context stands on both
// sides with the quote edited or gone: the old place after an in-place edit
// or deletion (a hole). A hole farther from the old position than the quote
// itself needs to be beaten only by FARTHER_HOLE_MARGIN (list entries share
// their words); a hole at the old place overrules a copy far away unless the
// copy's context stands on both sides and the hole's does not even in good
// part (HOLE_CONTEXT_MIN). A tie (a rival better by DISTANCE_TIE at most) is
// settled by the old position only when the rival is much farther from it;
// verbatim context beats anything that is not; the quote still at its exact
// old offset is never overruled; overlapping occurrences (text repeating
// itself within the quote) are never told apart. Both sides of context must
// agree; one may disagree only when the other stands intact and
// the place is near the old one or the quote's only occurrence (a paragraph
// inserted or removed next to it), or when the quote is the only occurrence,
// near the old place, with enough of its context standing verbatim right next
// to it (STANDING_QUOTE: paragraphs inserted a few characters out on each side;
// quote and standing context make one long distinctive string). A quote cut
// inside a word does not count the rest of the word: at least
// FULL_WEIGHT_CONTEXT characters of context must stand on one side (a headline
// quoted in a list keeps a few characters of the phrase on both). Otherwise:
// an orphan.

import {
  farPenalty,
  makeScored,
  scoreAt,
  sideAt,
  sideReach,
  verbatimRuns,
  type Aligned,
  type Context,
  type Scored,
} from './scoring';
import {
  CLEAR_MARGIN,
  CLEAR_MARGIN_CHARS,
  DECISIVE_GAP,
  DISTANCE_TIE,
  exactContextNeeded,
  FAR_BLEND,
  FARTHER_HOLE_MARGIN,
  FULL_WEIGHT_CONTEXT,
  FUZZY_CONTEXT_MEAN,
  FUZZY_CONTEXT_MIN,
  FUZZY_ONE_SIDE,
  HOLE_AT_OLD_PLACE,
  HOLE_CONTEXT_FLOOR,
  HOLE_CONTEXT_FLOOR_NEAR,
  HOLE_CONTEXT_MEAN,
  HOLE_CONTEXT_MIN,
  HOLE_FARTHER_SLACK,
  HOLE_MARGIN,
  HOLE_MARGIN_NEAR,
  HOLE_SIDE_MIN,
  LONG_QUOTE,
  maxQuoteErrors,
  NEAR_DISTANCE,
  SIDE_CONTRADICTS,
  SIDE_DISAGREES,
  SIDE_INTACT,
  SOLE_NEARBY,
  STANDING_QUOTE,
  VERBATIM,
} from './thresholds';

/**
 * Context evidence by quote length and distance; where the recorded context was
 * mostly whitespace (menus, lists), what little there is must agree, one side
 * of it standing, and the quote must be the only one on the page, near its
 * old place.
 */
export function exactAcceptable(ctx: Context, e: Scored): boolean {
  const need = exactContextNeeded(ctx.pattern.length);
  // Near the old place one agreeing side is enough (the other may border an
  // insertion); far away, both sides have to speak for it.
  const far = ctx.hint === undefined ? 0 : Math.abs(e.vs - ctx.hint) - NEAR_DISTANCE;
  const blend = Math.min(1, Math.max(0, far / FAR_BLEND));
  const evidence = e.ctxEvidence * (1 - blend) + (e.ctxMean ?? e.ctxEvidence) * blend;
  if (evidence >= need + farPenalty(ctx, e.vs)) return true;
  if (standsOutNear(ctx, e)) return true;
  if (e.informative >= 1 || ctx.hint === undefined) return false;
  const alone = e.unique ? Math.abs(e.vs - ctx.hint) <= NEAR_DISTANCE : e.soleNearby;
  return alone && e.ctxEvidence >= need * e.informative && bestSide(e) >= SIDE_INTACT;
}

/**
 * The quote's only occurrence, near the old place, with enough of the recorded
 * context standing verbatim right next to it that quote and context together
 * are as long as a distinctive quote.
 */
export function standsOutNear(ctx: Context, e: Scored): boolean {
  if (!e.unique || ctx.hint === undefined || Math.abs(e.vs - ctx.hint) > NEAR_DISTANCE) return false;
  const [before, after] = verbatimRuns(ctx, e.vs, e.ve);
  const run = before + after;
  return Math.max(before, after) >= FULL_WEIGHT_CONTEXT && ctx.pattern.length + run >= STANDING_QUOTE;
}

/**
 * Enough of the recorded context, on both sides, to say "the annotation was
 * here": good in itself, or clearly better than around the exact occurrence.
 * A place farther from the old position than the exact occurrence does not
 * count (that is a look-alike passage elsewhere); a much nearer one needs less.
 */
export function isConvincingHole(ctx: Context, s: Scored, exact: Scored | null): boolean {
  if (s.available !== 2 || s.ctxMean === null) return false;
  const rival = exact?.ctxMean ?? 0;
  if (s.ctxMean <= rival) return false;
  let muchNearer = false;
  if (exact && ctx.hint !== undefined) {
    const dHole = Math.abs(s.vs - ctx.hint);
    const dExact = Math.abs(exact.vs - ctx.hint);
    if (dHole > dExact + HOLE_FARTHER_SLACK) return false;
    muchNearer = dHole + NEAR_DISTANCE < dExact;
  }
  if (s.ctxMin >= HOLE_CONTEXT_MIN && s.ctxMean >= HOLE_CONTEXT_MEAN) return true;
  const floor = muchNearer ? HOLE_CONTEXT_FLOOR_NEAR : HOLE_CONTEXT_FLOOR;
  const margin = muchNearer ? HOLE_MARGIN_NEAR : HOLE_MARGIN;
  return s.ctxMin >= floor && s.ctxMean >= rival + margin;
}

function mean(sides: readonly { sim: number }[]): number {
  return sides.length ? sides.reduce((a, x) => a + x.sim, 0) / sides.length : 0;
}

/**
 * Away from an unchanged position, both sides of context have to agree; one
 * side may disagree (it borders an inserted or removed paragraph) only when the
 * other stands intact and the place is near the old one (or the quote's only occurrence).
 */
export function sidesAgree(ctx: Context, s: Scored): boolean {
  // A long quote found only once, or still right at its old position, is its
  // own evidence (see the decision above); rivals are weighed after.
  const atOldPlace = ctx.hint !== undefined && Math.abs(s.vs - ctx.hint) <= SOLE_NEARBY;
  if (ctx.pattern.length >= LONG_QUOTE && (s.unique || atOldPlace)) return true;
  const sides = [
    { sim: s.rawPs, length: ctx.prefix.length },
    { sim: s.rawSs, length: ctx.suffix.length },
  ].filter((x): x is { sim: number; length: number } => x.sim !== null && x.length >= 2);
  if (sides.every((x) => x.sim >= SIDE_DISAGREES) && (s.ctxMean === null || mean(sides) >= SIDE_CONTRADICTS))
    return true;
  const near = ctx.hint !== undefined && Math.abs(s.vs - ctx.hint) <= NEAR_DISTANCE;
  return (near || s.unique) && sides.some((x) => x.sim >= SIDE_INTACT);
}

/**
 * An approximate match as a rival to a placement: the words around it are
 * compared again the way an exact occurrence's are (the alignment's split of
 * edits between a deleted quote's prefix and suffix is arbitrary). A place
 * where the quote is not (or not quite) is a rival only when the context
 * stands there on both sides: one side alone is just the text going on.
 */
export function asRival(ctx: Context, a: Aligned): Scored | null {
  const s = a.scored;
  if (a.quoteErrors === 0) return s;
  const again = scoreAt(ctx, s.vs, s.ve);
  const best = (x: number | null, y: number | null): number | null =>
    x === null ? y : y === null ? x : Math.max(x, y);
  return holeRival(ctx, s.vs, s.ve, best(s.rawPs, again.rawPs), best(s.rawSs, again.rawSs));
}

/**
 * A place where the quote is not, as a rival: only with both sides of context
 * around it (a side that folds to a character or two cannot veto) and at least
 * half of the recorded context's characters agreeing.
 */
function holeRival(
  ctx: Context,
  vs: number,
  ve: number,
  rawPs: number | null,
  rawSs: number | null,
): Scored | null {
  if (rawPs === null || rawSs === null) return null;
  const sides = [
    { sim: rawPs, length: ctx.prefix.length },
    { sim: rawSs, length: ctx.suffix.length },
  ].filter((x) => x.length >= 2);
  if (sides.length === 0 || sides.some((x) => x.sim < HOLE_SIDE_MIN)) return null;
  const r = makeScored(ctx, vs, ve, rawPs, rawSs);
  r.quoteMissing = true;
  return agreedChars(ctx, r) < SIDE_CONTRADICTS * (ctx.prefix.length + ctx.suffix.length) ? null : r;
}

/**
 * The quote deleted right before or right after an occurrence of the same
 * words (the next menu entry sliding into place, a title that repeated the
 * headline): the recorded suffix then starts where the occurrence starts, or
 * the recorded prefix ends where it ends.
 */
export function boundaryHoles(ctx: Context, e: Scored): Scored[] {
  const t = ctx.view.text;
  const out: (Scored | null)[] = [];
  // Only when the shifted side fits better than it does around the occurrence
  // (otherwise it is the occurrence's own context, less the quote), and stands
  // there: a side that only half fits is the quote's own words resembling its
  // context (网易云音乐 before 网易云阅读) next to text inserted in between.
  const suffixAtStart = sideAt(ctx.suffix, t, e.vs, 'start');
  if (suffixAtStart !== null && suffixAtStart > (e.rawSs ?? 0) && suffixAtStart >= HOLE_CONTEXT_MIN)
    out.push(holeRival(ctx, e.vs, e.vs, e.rawPs, suffixAtStart));
  const prefixAtEnd = sideAt(ctx.prefix, t, e.ve, 'end');
  if (prefixAtEnd !== null && prefixAtEnd > (e.rawPs ?? 0) && prefixAtEnd >= HOLE_CONTEXT_MIN)
    out.push(holeRival(ctx, e.ve, e.ve, prefixAtEnd, e.rawSs));
  return out.filter((r): r is Scored => r !== null);
}

/** Recorded context characters (folded) that agree at this place, both sides together. */
function agreedChars(ctx: Context, s: Scored): number {
  return (s.rawPs ?? 0) * ctx.prefix.length + (s.rawSs ?? 0) * ctx.suffix.length;
}

/**
 * The chosen place must beat every other candidate (another occurrence of the
 * quote, a place where the context stands with the quote edited or gone) by a
 * clear margin of context agreement. When the words tie, the old position may
 * decide, but only if the rival is much farther from it.
 */
export function isClearWinner(ctx: Context, w: Scored, rivals: readonly Scored[]): boolean {
  const won = w.ctxMean ?? 0;
  // Every recorded character of context standing, and enough of them to say so.
  const verbatim =
    won >= VERBATIM ||
    ((w.rawPs ?? 1) >= VERBATIM &&
      (w.rawSs ?? 1) >= VERBATIM &&
      ctx.prefix.length + ctx.suffix.length >= 2 * FULL_WEIGHT_CONTEXT);
  const wonChars = agreedChars(ctx, w);
  const charsNeeded = Math.min(
    FULL_WEIGHT_CONTEXT,
    CLEAR_MARGIN_CHARS * (ctx.prefix.length + ctx.suffix.length),
  );
  // Distances from the old place (only read where there is one).
  const dW = ctx.hint === undefined ? 0 : Math.abs(w.vs - ctx.hint);
  for (const r of rivals) {
    const dR = ctx.hint === undefined ? 0 : Math.abs(r.vs - ctx.hint);
    // The same place seen twice; but two exact occurrences may overlap (最高人民法院最高人民法院).
    const bothExact = w.ve - w.vs === ctx.pattern.length && r.ve - r.vs === ctx.pattern.length;
    if (r.vs < w.ve && r.ve > w.vs) {
      // Overlapping copies: the text repeats itself within the quote, no context can settle it.
      if (bothExact && r.vs !== w.vs) return false;
      continue;
    }
    // A place where the quote is gone whose compared context reaches over the
    // winner is that same place with text inserted next to the quote, not a
    // second one (the holes right at its boundaries are built to be compared).
    if (r.quoteMissing && r.vs !== w.vs && r.vs !== w.ve) {
      const reachAfter = r.ve + sideReach(ctx.suffix.length);
      const reachBefore = r.vs - sideReach(ctx.prefix.length);
      if ((r.ve <= w.vs && reachAfter > w.vs) || (r.vs >= w.ve && reachBefore < w.ve)) continue;
    }
    const margin = won - (r.ctxMean ?? 0);
    // A clear margin in share and in characters: a few letters of a short,
    // mostly blank context agreeing say little.
    const clear = margin >= CLEAR_MARGIN && wonChars - agreedChars(ctx, r) >= charsNeeded;
    // The context standing at the old place with the quote gone says the words
    // were deleted there, whatever a copy far away looks like (even when the
    // copy fits clearly better: letting that through put deleted quotes on
    // their verbatim twins far away).
    if (r.quoteMissing && ctx.hint !== undefined && !(standsBothSides(w) && !holeStands(r))) {
      if (dR <= DECISIVE_GAP && dW >= 2 * dR + DECISIVE_GAP) return false;
    }
    // The context standing, if in part, right at the old place with the quote
    // gone, and the winner's context not standing on both sides: the words
    // were deleted there, and the winner is a look-alike a little further on
    // (a headline's words in the body text below).
    if (r.quoteMissing && ctx.hint !== undefined && holeStands(r) && !standsBothSides(w)) {
      if (dR <= HOLE_AT_OLD_PLACE && dW > dR + HOLE_AT_OLD_PLACE) return false;
    }
    // Context standing verbatim, every recorded character of it, beats any
    // look-alike that does not (but not a place where the context stands with
    // the quote gone: a verbatim twin does not bring the deleted words back).
    if (verbatim && margin > 0 && (!r.quoteMissing || r.contradicted || margin >= FARTHER_HOLE_MARGIN))
      continue;
    // A place where only the context stands, farther from the old position than
    // the quote itself: the quote there would have had to be edited and moved;
    // a smaller margin of context tells (lists whose entries share their words).
    if (r.quoteMissing && ctx.hint !== undefined && margin >= FARTHER_HOLE_MARGIN) {
      if (dR > dW + FULL_WEIGHT_CONTEXT) continue;
    }
    // The quote still at its very offset is the position selector speaking for it.
    if (r.vs === ctx.hint && r.ve - r.vs === ctx.pattern.length && !r.contradicted) return false;
    if (clear) continue;
    if (ctx.hint !== undefined && margin >= -DISTANCE_TIE && dR >= 2 * dW + DECISIVE_GAP) continue;
    return false;
  }
  return true;
}

/** A place where the quote is not, with every recorded side of context standing there at least in good part. */
function holeStands(s: Scored): boolean {
  return (s.rawPs ?? 1) >= HOLE_CONTEXT_MIN && (s.rawSs ?? 1) >= HOLE_CONTEXT_MIN;
}

/** The better recorded side's unweighted agreement (1 when nothing was recorded). */
function bestSide(s: Scored): number {
  return s.rawPs === null && s.rawSs === null ? 1 : Math.max(s.rawPs ?? 0, s.rawSs ?? 0);
}

/** Every recorded side (unweighted) standing with at most small changes. */
function standsBothSides(s: Scored): boolean {
  return (s.rawPs ?? 1) >= SIDE_INTACT && (s.rawSs ?? 1) >= SIDE_INTACT;
}

export function fuzzyAcceptable(ctx: Context, a: Aligned): boolean {
  const s = a.scored;
  if (s.ve <= s.vs) return false;
  if (a.quoteErrors > maxQuoteErrors(ctx.pattern.length)) return false;
  if (s.available === 0 || s.ctxMean === null) return false;
  if (s.available === 1) return s.ctxMean >= FUZZY_ONE_SIDE;
  return s.ctxMean >= FUZZY_CONTEXT_MEAN && s.ctxMin >= FUZZY_CONTEXT_MIN;
}
