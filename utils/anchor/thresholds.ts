// The matcher's thresholds, kept together because they only make sense against
// one another (a margin in one decision assumes a floor in another), and the
// decisions that read them are spread over the matcher's modules.

/** Folded length from which an exact quote is distinctive without any context. */
export const LONG_QUOTE = 16;
/**
 * Folded length of the quote plus the recorded context standing verbatim right
 * next to it (at least FULL_WEIGHT_CONTEXT characters of it) from which a unique
 * occurrence near the old place is taken though the context further out changed.
 */
export const STANDING_QUOTE = 12;
/** Context agreement (best side) an exact match of a very short quote needs. */
export const SHORT_QUOTE_CONTEXT = 0.6;
/** Shortest folded quote that may be matched approximately at all. */
export const MIN_FUZZY_LENGTH = 7;
/** Mean context agreement (and the weaker side's minimum) a fuzzy match needs. */
export const FUZZY_CONTEXT_MEAN = 0.6;
export const FUZZY_CONTEXT_MIN = 0.35;
/** Context agreement needed when only one side of context was recorded. */
export const FUZZY_ONE_SIDE = 0.75;

/** Both context sides at least this similar: the occurrence is taken without looking further. */
export const INTACT_CONTEXT = 0.9;
/** With next to no recorded context, a repeated quote may still be placed when one occurrence is this near... */
export const SOLE_NEARBY = 64;
/** ...and every other one at least this much farther. */
export const SOLE_GAP = 200;
/** Raw (unfolded) context agreement that picks one of several occurrences when folded context is empty... */
export const RAW_CONTEXT_MIN = 0.8;
/** ...with the runner-up at least this much worse. */
export const RAW_CONTEXT_MARGIN = 0.3;
/** A place where the context stands (both sides) though the quote may not: see find(). */
export const HOLE_CONTEXT_MIN = 0.6;
export const HOLE_CONTEXT_MEAN = 0.7;
/** ...or both sides at least this and the mean this much better than the exact occurrence's. */
export const HOLE_CONTEXT_FLOOR = 0.45;
export const HOLE_MARGIN = 0.25;
/** ...relaxed when the place is much nearer the old position than the exact occurrence. */
export const HOLE_CONTEXT_FLOOR_NEAR = 0.3;
export const HOLE_MARGIN_NEAR = 0.2;
export const HOLE_FARTHER_SLACK = 200;
/**
 * Context agreement (weighted mean of both sides) by which the chosen place must
 * beat every other place where the quote or its context stands; closer than
 * that, the words cannot tell them apart and only a decisive distance may.
 */
export const CLEAR_MARGIN = 0.15;
/** ...and by this share of the recorded context's characters (at most FULL_WEIGHT_CONTEXT of them). */
export const CLEAR_MARGIN_CHARS = 0.25;
/** ...or this much against a place where only the context stands, farther from the old position. */
export const FARTHER_HOLE_MARGIN = 0.05;
/** A hole this near the old position counts as the old place itself. */
export const HOLE_AT_OLD_PLACE = 32;
/** A rival better in context by at most this much still ties, and a decisive distance settles it. */
export const DISTANCE_TIE = 0.05;
/** Distance decides between look-alikes only when the runner-up is at least this much (plus the winner's own distance) farther. */
export const DECISIVE_GAP = 200;
/** Context agreement that means verbatim (weighted: both sides recorded at full length). */
export const VERBATIM = 0.999;
/** Raw agreement from which one side of context counts as standing where it was. */
export const SIDE_INTACT = 0.9;
/** A place where the quote is not counts as a rival only with at least this much of each side around it. */
export const HOLE_SIDE_MIN = 0.25;
/** Raw agreement below which one side of context alone contradicts a placement... */
export const SIDE_DISAGREES = 0.3;
/** ...and below which both sides together (the mean) do. */
export const SIDE_CONTRADICTS = 0.5;
/** Agreement of a side standing verbatim but for inserted stretches of up to INSERTION_GAP folded characters in all... */
export const ACROSS_INSERTION = 0.95;
export const INSERTION_GAP = 200;
/** ...moved out in pieces of at least this many characters. */
export const MIN_MOVED_CONTEXT = 4;
/** Folded context length from which a side counts fully. */
export const FULL_WEIGHT_CONTEXT = 6;
/** Far from the old position, an exact occurrence needs up to this much more context agreement. */
export const FAR_WEIGHT = 0.3;
export const FAR_SCALE = 5000;
/** Distance beyond NEAR_DISTANCE over which the evidence moves from the best side to the mean of both. */
export const FAR_BLEND = 10000;
/** How far (folded characters) a unique quote with next to no recorded context may have moved. */
export const NEAR_DISTANCE = 1000;

/** Edits tolerated inside a quote of this folded length. */
export function maxQuoteErrors(length: number): number {
  return length < MIN_FUZZY_LENGTH ? 0 : Math.floor(length / 6);
}

/** Context agreement an exact occurrence needs, by folded quote length. */
export function exactContextNeeded(length: number): number {
  if (length >= LONG_QUOTE) return 0;
  const shortest = 4;
  if (length <= shortest) return SHORT_QUOTE_CONTEXT;
  return (SHORT_QUOTE_CONTEXT * (LONG_QUOTE - length)) / (LONG_QUOTE - shortest);
}
