// How well the recorded context agrees around one place of the search view.
// Exact occurrences, alignments and holes are all scored here, one way, so
// that the decisions in decision.ts compare like with like.

import { anchoredSimilarity } from './similarity';
import type { SearchView } from './normalize';
import {
  FAR_SCALE,
  FAR_WEIGHT,
  FULL_WEIGHT_CONTEXT,
  INTACT_CONTEXT,
  NEAR_DISTANCE,
  SIDE_CONTRADICTS,
} from './thresholds';

const DISTANCE_WEIGHT = 0.2;
const DISTANCE_SCALE = 1000;

export interface Context {
  view: SearchView;
  pattern: string;
  prefix: string;
  suffix: string;
  hint: number | undefined;
  /** The recorded context as it was, whitespace and punctuation included. */
  rawPrefix: string;
  rawSuffix: string;
  /** Every exact occurrence (view offsets), filled by bestExact. */
  positions: number[];
  /** The exact occurrences bestExact scored, the best among them included. */
  scoredExact: Scored[];
}

export interface Scored {
  vs: number;
  ve: number;
  ps: number | null;
  ss: number | null;
  ctxMean: number | null;
  ctxMax: number;
  ctxMin: number;
  available: number;
  /** Best side, weighted by how much context it had. */
  ctxEvidence: number;
  /** How much context there was to compare (0: none, 1: at least one full side). */
  informative: number;
  /** Unweighted: every recorded side found next to it with at most small changes. */
  intact: boolean;
  /** The only exact occurrence on the page. */
  unique: boolean;
  /** Right by the old position, with every other occurrence much farther. */
  soleNearby: boolean;
  /** Some recorded side (unweighted) agrees less than half. */
  contradicted: boolean;
  /** A rival where the quote is edited or gone but the context stands (see asRival). */
  quoteMissing: boolean;
  /** Some side counted as standing only across inserted stretches (see acrossInsertion). */
  acrossInsertion: boolean;
  /** Unweighted agreement of each side, null when none was recorded. */
  rawPs: number | null;
  rawSs: number | null;
  score: number;
}

export interface Aligned {
  scored: Scored;
  quoteErrors: number;
}

/**
 * A side's agreement counts in proportion to how much text it had: a prefix that
 * folds down to one character agreeing says little.
 */
function weighted(sim: number | null, length: number): number | null {
  return sim === null ? null : sim * Math.min(1, length / FULL_WEIGHT_CONTEXT);
}

export function makeScored(
  ctx: Context,
  vs: number,
  ve: number,
  rawPs: number | null,
  rawSs: number | null,
): Scored {
  const ps = weighted(rawPs, ctx.prefix.length);
  const ss = weighted(rawSs, ctx.suffix.length);
  const sides = [ps, ss].filter((x): x is number => x !== null);
  const raw = [rawPs, rawSs].filter((x): x is number => x !== null);
  const weights = [rawPs === null ? 0 : ctx.prefix.length, rawSs === null ? 0 : ctx.suffix.length].map((n) =>
    Math.min(1, n / FULL_WEIGHT_CONTEXT),
  );
  const ctxMean = sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : null;
  const ctxMax = sides.length ? Math.max(...sides) : 0;
  return {
    vs,
    ve,
    ps,
    ss,
    ctxMean,
    ctxMax,
    ctxMin: sides.length ? Math.min(...sides) : 0,
    available: sides.length,
    // No context recorded at all (the quote was the whole text): nothing to disagree with.
    ctxEvidence: ctxMax,
    informative: Math.max(...weights),
    intact: raw.every((x) => x >= INTACT_CONTEXT),
    contradicted: raw.some((x) => x < SIDE_CONTRADICTS),
    rawPs,
    rawSs,
    quoteMissing: false,
    acrossInsertion: false,
    unique: false,
    soleNearby: false,
    score: (ctxMean ?? 0.5) - distancePenalty(ctx, vs),
  };
}

export function scoreAt(ctx: Context, vs: number, ve: number): Scored {
  const t = ctx.view.text;
  return makeScored(ctx, vs, ve, sideAt(ctx.prefix, t, vs, 'end'), sideAt(ctx.suffix, t, ve, 'start'));
}

/** Agreement of a recorded side with the text ending at `at` ('end': a prefix) or starting there ('start'). */
export function sideAt(expected: string, t: string, at: number, pinned: 'start' | 'end'): number | null {
  const reach = sideReach(expected.length);
  return pinned === 'end'
    ? sideSimilarity(expected, t, at - reach, at, 'end')
    : sideSimilarity(expected, t, at, at + reach, 'start');
}

/** How much text a recorded side is compared with: its length, and room for edits in a quarter of it. */
export function sideReach(length: number): number {
  return length + Math.ceil(length / 4) + 2;
}

export function sideSimilarity(
  expected: string,
  t: string,
  from: number,
  to: number,
  pinned: 'start' | 'end',
): number | null {
  if (expected.length === 0) return null;
  const slice = t.slice(Math.max(0, from), Math.min(t.length, to));
  if (pinned === 'end' ? slice.endsWith(expected) : slice.startsWith(expected)) return 1;
  return anchoredSimilarity(expected, slice, pinned);
}

/** Recorded prefix and suffix characters (folded) standing verbatim right next to the quote. */
export function verbatimRuns(ctx: Context, vs: number, ve: number): [number, number] {
  const t = ctx.view.text;
  let a = 0;
  while (a < ctx.prefix.length && vs - a - 1 >= 0 && t[vs - a - 1] === ctx.prefix[ctx.prefix.length - 1 - a])
    a++;
  let b = 0;
  while (b < ctx.suffix.length && ve + b < t.length && t[ve + b] === ctx.suffix[b]) b++;
  return [a, b];
}

/** Verbatim agreement of the characters right next to the quote, in [0, 1]. */
export function quickContext(ctx: Context, vs: number, ve: number): number {
  const [before, after] = verbatimRuns(ctx, vs, ve);
  return (before + after) / Math.max(1, ctx.prefix.length + ctx.suffix.length);
}

export function distancePenalty(ctx: Context, vs: number): number {
  if (ctx.hint === undefined) return 0;
  const d = Math.abs(vs - ctx.hint);
  return (DISTANCE_WEIGHT * d) / (d + DISTANCE_SCALE);
}

/** Extra context an exact occurrence needs the farther (beyond NEAR_DISTANCE) it is from the old position. */
export function farPenalty(ctx: Context, vs: number): number {
  if (ctx.hint === undefined) return 0;
  const d = Math.max(0, Math.abs(vs - ctx.hint) - NEAR_DISTANCE);
  return (FAR_WEIGHT * d) / (d + FAR_SCALE);
}
