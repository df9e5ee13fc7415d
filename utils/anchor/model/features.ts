// What the model knows about one candidate place, as numbers in [0, 1]: how
// much the quote there was edited, how well each recorded side stands next to
// it (text inserted between them allowed), how near it is to the old position,
// and how few places on the page hold the quote verbatim.

import { DISTANCE_HALF, FULL_CONTEXT, INSERTION_COST, INSERTION_REACH } from './weights';

export interface Features {
  quote: number;
  prefix: number;
  suffix: number;
  distance: number;
  uniqueness: number;
}

/** A place in the folded text where the quote may be; vs === ve where it was deleted. */
export interface Candidate {
  vs: number;
  ve: number;
  /** Edits between the recorded quote and the text at [vs, ve). */
  quoteErrors: number;
  /** The quote stands verbatim there. */
  exact: boolean;
}

export interface Query {
  /** The folded quote, prefix and suffix. */
  pattern: string;
  prefix: string;
  suffix: string;
  /** The old position in the folded text, if recorded. */
  hint: number | undefined;
}

/**
 * Agreement of a recorded side with the text next to the quote: 1 − edits /
 * length, where the side is read outward from the quote ('start': a suffix
 * from `at` on; 'end': a prefix ending at `at`) and one stretch of up to
 * INSERTION_REACH characters of the text may be passed over for
 * INSERTION_COST edits (a paragraph, an ad, a word put in). Null when nothing
 * was recorded.
 */
export function sideAgreement(
  expected: string,
  text: string,
  at: number,
  pinned: 'start' | 'end',
): number | null {
  const m = expected.length;
  if (m === 0) return null;
  if (pinned === 'start' ? text.startsWith(expected, at) : text.endsWith(expected, at)) return 1;
  const reach = m + Math.ceil(m / 4) + 2 + INSERTION_REACH;
  const from = pinned === 'start' ? at : Math.max(0, at - reach);
  const to = pinned === 'start' ? Math.min(text.length, at + reach) : at;
  const n = to - from;
  const e = (i: number): number =>
    pinned === 'start' ? expected.charCodeAt(i) : expected.charCodeAt(m - 1 - i);
  const t = (j: number): number =>
    pinned === 'start' ? text.charCodeAt(from + j) : text.charCodeAt(to - 1 - j);
  // d0: no stretch passed over yet; d1: one passed over. gap[i]: the best d0[i] so far (where the stretch may start).
  let d0 = new Int32Array(m + 1);
  let d1 = new Int32Array(m + 1);
  let n0 = new Int32Array(m + 1);
  let n1 = new Int32Array(m + 1);
  const gap = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    d0[i] = i;
    d1[i] = i + INSERTION_COST;
    gap[i] = i;
  }
  let best = m;
  for (let j = 0; j < n; j++) {
    const c = t(j);
    n0[0] = j + 1;
    n1[0] = INSERTION_COST;
    for (let i = 1; i <= m; i++) {
      const same = e(i - 1) === c ? 0 : 1;
      n0[i] = Math.min((d0[i - 1] as number) + same, (d0[i] as number) + 1, (n0[i - 1] as number) + 1);
      n1[i] = Math.min(
        (d1[i - 1] as number) + same,
        (d1[i] as number) + 1,
        (n1[i - 1] as number) + 1,
        (gap[i] as number) + INSERTION_COST,
      );
    }
    for (let i = 0; i <= m; i++) if ((n0[i] as number) < (gap[i] as number)) gap[i] = n0[i] as number;
    const end = Math.min(n0[m] as number, n1[m] as number);
    if (end < best) best = end;
    if (best === 0) break;
    [d0, n0] = [n0, d0];
    [d1, n1] = [n1, d1];
  }
  return Math.max(0, 1 - best / m);
}

/** A side's agreement, pulled toward 0.5 ("unknown") the less context it had; 0.5 when none was recorded. */
export function sideFeature(agreement: number | null, length: number): number {
  if (agreement === null) return 0.5;
  const weight = Math.min(1, length / FULL_CONTEXT);
  return 0.5 + (agreement - 0.5) * weight;
}

/** 1 at the old position, 1/2 at DISTANCE_HALF characters from it; 1/2 when none was recorded. */
export function nearness(vs: number, hint: number | undefined): number {
  if (hint === undefined) return 0.5;
  const d = Math.abs(vs - hint);
  return DISTANCE_HALF / (DISTANCE_HALF + d);
}

/**
 * The candidate's features. `occurrences` is how many places hold the quote
 * verbatim: uniqueness is one over the places holding it, this one counted
 * whether or not it is one of them.
 */
export function features(q: Query, text: string, c: Candidate, occurrences: number): Features {
  const places = occurrences + (c.exact ? 0 : 1);
  return {
    quote: Math.max(0, 1 - c.quoteErrors / Math.max(1, q.pattern.length)),
    prefix: sideFeature(sideAgreement(q.prefix, text, c.vs, 'end'), q.prefix.length),
    suffix: sideFeature(sideAgreement(q.suffix, text, c.ve, 'start'), q.suffix.length),
    distance: nearness(c.vs, q.hint),
    uniqueness: 1 / Math.max(1, places),
  };
}
