// Where the quote might be: its exact occurrences (only the few best of many
// scored in full, so that a page full of copies stays cheap), the one a
// layout-only context picks, and the places n-gram seeds point to, aligned by
// edit distance, where the quote was edited or deleted.

import { alignWithContext } from './similarity';
import { isSkipped } from './normalize';
import { acrossInsertion } from './insertion';
import {
  distancePenalty,
  makeScored,
  quickContext,
  scoreAt,
  sideSimilarity,
  type Aligned,
  type Context,
  type Scored,
} from './scoring';
import {
  maxQuoteErrors,
  NEAR_DISTANCE,
  RAW_CONTEXT_MARGIN,
  RAW_CONTEXT_MIN,
  SOLE_GAP,
  SOLE_NEARBY,
} from './thresholds';

const MAX_EXACT_CANDIDATES = 16;
const MAX_FUZZY_CENTERS = 4;
const MIN_SEED_SHARE = 0.25;
const MAX_GRAM_OCCURRENCES = 256;
const MAX_OCCURRENCES = 2000;
const BUCKET_SHIFT = 3;

export function bestExact(ctx: Context): Scored | null {
  const { view, pattern } = ctx;
  const positions: number[] = [];
  for (let i = view.text.indexOf(pattern); i >= 0; i = view.text.indexOf(pattern, i + 1)) {
    // A "quote" found thousands of times (a run of spaces, a lone comma) cannot be placed by context.
    if (positions.length >= MAX_OCCURRENCES) return null;
    positions.push(i);
  }
  if (positions.length === 0) return null;
  ctx.positions = positions;
  // Cheap ranking first (verbatim context next to the quote, then nearness); the
  // edit-distance scoring only for the few best, and not at all when one is verbatim.
  const ranked = positions.map((p) => {
    const quick = quickContext(ctx, p, p + pattern.length);
    return { p, quick, k: quick - distancePenalty(ctx, p) };
  });
  ranked.sort((x, y) => y.k - x.k);
  const top = ranked[0] as { p: number; quick: number };
  // The runner-up is always scored: a verbatim twin makes the best one ambiguous.
  const candidates = ranked.slice(0, top.quick === 1 ? 2 : MAX_EXACT_CANDIDATES).map((x) => x.p);
  let best: Scored | null = null;
  for (const p of candidates) {
    const plain = scoreAt(ctx, p, p + pattern.length);
    const s = plain.intact ? plain : (acrossInsertion(ctx, plain) ?? plain);
    ctx.scoredExact.push(s);
    // A verbatim context stays the best; the runner-up is only there to be compared.
    if (!best || (top.quick < 1 && s.score > best.score)) best = s;
  }
  if (best) {
    best.unique = positions.length === 1;
    if (ctx.hint !== undefined) {
      const hint = ctx.hint;
      const d = Math.abs(best.vs - hint);
      const vs = best.vs;
      best.soleNearby =
        d <= SOLE_NEARBY && positions.every((p) => p === vs || Math.abs(p - hint) >= d + SOLE_GAP);
    }
  }
  return best;
}

/** Quote + context aligned around the old position and the n-gram seeds, away from `exact`. */
export function alignments(ctx: Context, exact: Scored | null, seeds: readonly number[]): Aligned[] {
  const { view, pattern, prefix, suffix } = ctx;
  const maxErr = maxQuoteErrors(pattern.length);
  const hint = ctx.hint;
  // The old position is always looked at, unless a seed already covers it.
  const centers =
    hint === undefined || seeds.some((c) => Math.abs(c - hint) <= 1 << BUCKET_SHIFT)
      ? seeds
      : [hint, ...seeds];
  const slack = 16 + maxErr + (1 << BUCKET_SHIFT);
  const out: Aligned[] = [];
  const seen = new Set<string>();
  const windows = centers.map((c) => ({
    from: c - prefix.length - slack,
    to: c + pattern.length + suffix.length + slack,
    clipped: false,
  }));
  for (let k = 0; k < windows.length; k++) {
    const { from, to, clipped } = windows[k] as { from: number; to: number; clipped: boolean };
    const a = alignWithContext(prefix, pattern, suffix, view.text, from, to);
    if (!a) continue;
    // A verbatim occurrence in the window hides what else is there (the old
    // place with its context standing and the quote gone): look again on
    // either side of it.
    if (!clipped && a.quoteErrors === 0 && view.text.startsWith(pattern, a.start)) {
      windows.push({ from, to: a.start, clipped: true }, { from: a.end, to, clipped: true });
    }
    const key = `${a.start}:${a.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The exact occurrence itself (or a stretch overlapping it) is not a second opinion.
    if (exact && a.start < exact.ve + 1 && a.end > exact.vs - 1) continue;
    const ps = prefix.length ? Math.max(0, 1 - a.prefixErrors / prefix.length) : null;
    const ss = suffix.length ? Math.max(0, 1 - a.suffixErrors / suffix.length) : null;
    const scored = makeScored(ctx, a.start, a.end, ps, ss);
    const quoteSim = Math.max(0, 1 - a.quoteErrors / pattern.length);
    scored.score = 0.5 * quoteSim + 0.5 * (scored.ctxMean ?? 0) - distancePenalty(ctx, a.start);
    out.push({ scored, quoteErrors: a.quoteErrors });
  }
  return out;
}

/** The folded text's bigrams, indexed once, for the approximate search only. */
export class SeedIndex {
  private readonly textLength: number;
  private readonly grams: Map<number, number[]>;
  /** Scratch vote counts per bucket of the folded text, zeroed after each use. */
  private votes: Int32Array | undefined;

  constructor(t: string) {
    this.textLength = t.length;
    const grams = new Map<number, number[]>();
    for (let i = 0; i + 1 < t.length; i++) {
      const key = t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
      const list = grams.get(key);
      if (list) list.push(i);
      else grams.set(key, [i]);
    }
    this.grams = grams;
  }

  /** Likely quote starts: where n-grams of prefix + quote + suffix line up. */
  centers(ctx: Context): number[] {
    const combined = ctx.prefix + ctx.pattern + ctx.suffix;
    const offset = ctx.prefix.length;
    const grams = this.grams;
    const buckets = (this.textLength >> BUCKET_SHIFT) + 1;
    if (!this.votes || this.votes.length < buckets) this.votes = new Int32Array(buckets);
    const votes = this.votes;
    const touched: number[] = [];
    for (let k = 0; k + 1 < combined.length; k++) {
      const list = grams.get(combined.charCodeAt(k) * 0x10000 + combined.charCodeAt(k + 1));
      if (!list || list.length > MAX_GRAM_OCCURRENCES) continue;
      for (const pos of list) {
        const implied = pos - k + offset;
        if (implied < 0) continue;
        const bucket = implied >> BUCKET_SHIFT;
        if (bucket >= buckets) continue;
        if (votes[bucket] === 0) touched.push(bucket);
        votes[bucket] = (votes[bucket] as number) + 1;
      }
    }
    const at = (b: number): number => (b >= 0 && b < buckets ? (votes[b] as number) : 0);
    const ranked = touched
      .map((b) => [b, at(b) + at(b - 1) + at(b + 1)] as const)
      // A place where under a quarter of the n-grams line up cannot reach the context
      // agreement any placement needs: not worth an alignment.
      .filter(([, v]) => v >= Math.max(2, MIN_SEED_SHARE * (combined.length - 1)))
      .sort((x, y) => y[1] - x[1]);
    for (const b of touched) votes[b] = 0;
    // Where the quote stands verbatim is scored as an exact occurrence already:
    // the alignments are for the places where it does not (edited, or deleted
    // with its context left standing), which a page full of copies would crowd out.
    const exactBuckets = new Set(ctx.positions.map((p) => p >> BUCKET_SHIFT));
    const chosen: number[] = [];
    for (const [b] of ranked) {
      if (chosen.some((c) => Math.abs(c - b) <= 2)) continue;
      if (exactBuckets.has(b) || exactBuckets.has(b - 1) || exactBuckets.has(b + 1)) continue;
      chosen.push(b);
      if (chosen.length >= MAX_FUZZY_CENTERS) break;
    }
    return chosen.map((b) => (b << BUCKET_SHIFT) + (1 << (BUCKET_SHIFT - 1)));
  }
}

/**
 * A repeated quote whose recorded context folds to almost nothing (menus, link
 * lists): compare the raw context, whitespace and punctuation included, of the
 * occurrences near the old position; take one only if it alone fits.
 */
export function rawContextPick(ctx: Context, text: string): Scored | null {
  if (ctx.hint === undefined || ctx.view.map.length === 0) return null;
  const hint = ctx.hint;
  const { map } = ctx.view;
  const near = ctx.positions
    .filter((p) => Math.abs(p - hint) <= NEAR_DISTANCE)
    .slice(0, MAX_EXACT_CANDIDATES);
  const sims = near.map((p) => {
    const rs = map[p] as number;
    const re = (map[p + ctx.pattern.length - 1] as number) + 1;
    const sides = [
      sideSimilarity(ctx.rawPrefix, text, rs - ctx.rawPrefix.length - 4, rs, 'end'),
      sideSimilarity(ctx.rawSuffix, text, re, re + ctx.rawSuffix.length + 4, 'start'),
    ].filter((x): x is number => x !== null);
    return { p, sim: sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : 0 };
  });
  sims.sort((a, b) => b.sim - a.sim);
  const [first, second] = sims;
  if (!first || first.sim < RAW_CONTEXT_MIN) return null;
  if (second && second.sim > first.sim - RAW_CONTEXT_MARGIN) return null;
  const picked = scoreAt(ctx, first.p, first.p + ctx.pattern.length);
  // Layout alike is not enough when the few words of context there are
  // disagree, or when the quote was cut inside a word and this occurrence
  // is not followed (preceded) by the rest of that word.
  if (picked.contradicted || !sameWordEdges(ctx, text, map[first.p] as number, first.p)) return null;
  return picked;
}

/**
 * Where the recorded context touches the quote with a character that is not
 * layout (the quote cut inside a word or a phrase), the occurrence at `vs`
 * (source offset `rs`) has that same character next to it.
 */
function sameWordEdges(ctx: Context, text: string, rs: number, vs: number): boolean {
  const re = (ctx.view.map[vs + ctx.pattern.length - 1] as number) + 1;
  const before = ctx.rawPrefix.charCodeAt(ctx.rawPrefix.length - 1);
  const after = ctx.rawSuffix.charCodeAt(0);
  if (ctx.rawPrefix.length > 0 && !isSkipped(before) && text.charCodeAt(rs - 1) !== before) return false;
  if (ctx.rawSuffix.length > 0 && !isSkipped(after) && text.charCodeAt(re) !== after) return false;
  return true;
}
