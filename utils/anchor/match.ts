// Finds a quote (with its prefix, suffix and old position) in a plain text.
// Pure string work: the DOM side lives in text-index.ts.
//
// Order: the old position if the quote and its context are still there; else
// the one place near it where quote and context stand verbatim together
// (whitespace included: menus whose context is only layout); else
// every exact occurrence (after folding whitespace, punctuation and width),
// scored on context and distance; else an approximate match found from n-gram
// seeds and checked by edit distance. Every placement must be backed by enough
// evidence for the quote's length, otherwise the result is null (an orphan):
// a wrong placement is worse than none.
//
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
//
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

import { alignWithContext, anchoredSimilarity, standsAcrossInsertion } from './similarity';
import {
  foldText,
  identityView,
  isSkipped,
  sourceSpan,
  viewIndexAtOrAfter,
  type SearchView,
} from './normalize';

export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** Old offset of the quote in the text, if known. */
  start?: number;
}

export type MatchMethod = 'position' | 'exact' | 'fuzzy';

export interface QuoteMatch {
  start: number;
  end: number;
  method: MatchMethod;
  /** Higher is better; comparable only within one method. */
  score: number;
  /** Agreement of the text before/after with the recorded prefix/suffix (0..1), null when none was recorded. */
  prefixSimilarity: number | null;
  suffixSimilarity: number | null;
}

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
const SOLE_NEARBY = 64;
/** ...and every other one at least this much farther. */
const SOLE_GAP = 200;
/** Raw (unfolded) context agreement that picks one of several occurrences when folded context is empty... */
const RAW_CONTEXT_MIN = 0.8;
/** ...with the runner-up at least this much worse. */
const RAW_CONTEXT_MARGIN = 0.3;
/** A place where the context stands (both sides) though the quote may not: see find(). */
export const HOLE_CONTEXT_MIN = 0.6;
export const HOLE_CONTEXT_MEAN = 0.7;
/** ...or both sides at least this and the mean this much better than the exact occurrence's. */
export const HOLE_CONTEXT_FLOOR = 0.45;
export const HOLE_MARGIN = 0.25;
/** ...relaxed when the place is much nearer the old position than the exact occurrence. */
export const HOLE_CONTEXT_FLOOR_NEAR = 0.3;
export const HOLE_MARGIN_NEAR = 0.2;
const HOLE_FARTHER_SLACK = 200;
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
const HOLE_AT_OLD_PLACE = 32;
/** A rival better in context by at most this much still ties, and a decisive distance settles it. */
export const DISTANCE_TIE = 0.05;
/** Distance decides between look-alikes only when the runner-up is at least this much (plus the winner's own distance) farther. */
export const DECISIVE_GAP = 200;
/** Context agreement that means verbatim (weighted: both sides recorded at full length). */
const VERBATIM = 0.999;
/** Raw agreement from which one side of context counts as standing where it was. */
const SIDE_INTACT = 0.9;
/** A place where the quote is not counts as a rival only with at least this much of each side around it. */
const HOLE_SIDE_MIN = 0.25;
/** Raw agreement below which one side of context alone contradicts a placement... */
const SIDE_DISAGREES = 0.3;
/** ...and below which both sides together (the mean) do. */
const SIDE_CONTRADICTS = 0.5;
/** Agreement of a side standing verbatim but for inserted stretches of up to INSERTION_GAP folded characters in all... */
export const ACROSS_INSERTION = 0.95;
export const INSERTION_GAP = 200;
/** ...moved out in pieces of at least this many characters. */
export const MIN_MOVED_CONTEXT = 4;
/** Folded context length from which a side counts fully. */
export const FULL_WEIGHT_CONTEXT = 6;
/** Far from the old position, an exact occurrence needs up to this much more context agreement. */
export const FAR_WEIGHT = 0.3;
const FAR_SCALE = 5000;
/** Distance beyond NEAR_DISTANCE over which the evidence moves from the best side to the mean of both. */
const FAR_BLEND = 10000;
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

const MAX_EXACT_CANDIDATES = 16;
const MAX_FUZZY_CENTERS = 4;
const MIN_SEED_SHARE = 0.25;
const MAX_GRAM_OCCURRENCES = 256;
const MAX_OCCURRENCES = 2000;
const BUCKET_SHIFT = 3;
const DISTANCE_WEIGHT = 0.2;
const DISTANCE_SCALE = 1000;

interface Context {
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

interface Scored {
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

/** A text prepared for many quote searches: fold once, index n-grams only when needed. */
export class TextMatcher {
  readonly text: string;
  private foldedView: SearchView | undefined;
  private rawView: SearchView | undefined;
  private grams: Map<number, number[]> | undefined;
  /** Scratch vote counts per bucket of the folded text, zeroed after each use. */
  private votes: Int32Array | undefined;

  constructor(text: string) {
    this.text = text;
  }

  get folded(): SearchView {
    this.foldedView ??= foldText(this.text);
    return this.foldedView;
  }

  private get raw(): SearchView {
    this.rawView ??= identityView(this.text);
    return this.rawView;
  }

  private get gramIndex(): Map<number, number[]> {
    if (!this.grams) {
      const t = this.folded.text;
      const grams = new Map<number, number[]>();
      for (let i = 0; i + 1 < t.length; i++) {
        const key = t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
        const list = grams.get(key);
        if (list) list.push(i);
        else grams.set(key, [i]);
      }
      this.grams = grams;
    }
    return this.grams;
  }

  match(q: QuoteQuery): QuoteMatch | null {
    const { exact } = q;
    if (typeof exact !== 'string' || exact.length === 0) return null;
    const prefix = typeof q.prefix === 'string' ? q.prefix : '';
    const suffix = typeof q.suffix === 'string' ? q.suffix : '';
    const start = Number.isInteger(q.start) && (q.start as number) >= 0 ? q.start : undefined;
    const text = this.text;

    if (start !== undefined && standsAt(text, { exact, prefix, suffix }, start)) {
      return {
        start,
        end: start + exact.length,
        method: 'position',
        score: 1,
        prefixSimilarity: prefix ? 1 : null,
        suffixSimilarity: suffix ? 1 : null,
      };
    }

    const moved = start === undefined ? null : movedVerbatim(text, exact, prefix, suffix, start);
    if (moved !== null) {
      return {
        start: moved,
        end: moved + exact.length,
        method: 'exact',
        score: 1,
        prefixSimilarity: 1,
        suffixSimilarity: 1,
      };
    }

    const foldedQuote = foldText(exact);
    const usable = foldedQuote.text.length > 0;
    const view = usable ? this.folded : this.raw;
    const ctx: Context = {
      view,
      pattern: usable ? foldedQuote.text : exact,
      prefix: usable ? foldText(prefix).text : prefix,
      suffix: usable ? foldText(suffix).text : suffix,
      hint: start === undefined ? undefined : viewIndexAtOrAfter(view, start),
      rawPrefix: prefix,
      rawSuffix: suffix,
      positions: [],
      scoredExact: [],
    };

    const found = this.find(ctx, usable);
    if (!found) return null;
    const span = toSource(text, view, found.match, usable ? exact : null);
    return {
      ...span,
      method: found.method,
      score: found.match.score,
      prefixSimilarity: found.match.ps,
      suffixSimilarity: found.match.ss,
    };
  }

  private find(ctx: Context, approximate: boolean): { match: Scored; method: MatchMethod } | null {
    const exact = this.bestExact(ctx);
    const otherExact = exact ? ctx.scoredExact.filter((s) => s !== exact) : [];
    if (exact && exact.intact && this.exactAcceptable(ctx, exact)) {
      // Verbatim at the old place: nothing else to weigh.
      if (exact.vs === ctx.hint && !exact.acrossInsertion) return accepted(ctx, exact, 'exact');
      // Unless the context is verbatim and near, the old place itself may still
      // hold the context (the quote edited or deleted there, a copy surviving elsewhere).
      const far = ctx.hint !== undefined && Math.abs(exact.vs - ctx.hint) > DECISIVE_GAP;
      const look = approximate && ctx.hint !== undefined && (far || (exact.ctxMean ?? 0) < VERBATIM);
      const atOldPlace = look ? this.alignments(ctx, exact, true) : [];
      const rivals = [
        ...otherExact,
        ...atOldPlace.map((a) => asRival(ctx, a)).filter((r): r is Scored => r !== null),
      ];
      return isClearWinner(ctx, exact, rivals) ? accepted(ctx, exact, 'exact') : null;
    }
    // Without an exact occurrence a short quote has nowhere to go: it admits no edits.
    const worthAligning = approximate && (exact !== null || maxQuoteErrors(ctx.pattern.length) > 0);
    const aligned = worthAligning ? this.alignments(ctx, exact, false) : [];
    // Rivals are rescored only when a placement is about to be made.
    let alignedScores: Scored[] | undefined;
    const others = (s: Scored): Scored[] => {
      alignedScores ??= aligned.map((a) => asRival(ctx, a)).filter((r): r is Scored => r !== null);
      return [...(exact ? [exact] : []), ...otherExact, ...alignedScores].filter((r) => r !== s);
    };
    // The recorded context still stands somewhere, better than around any exact
    // occurrence, but the quote there was edited or deleted: that is where the
    // annotation belongs, so it is placed there approximately or not at all.
    const hole = aligned
      .filter((a) => isConvincingHole(ctx, a.scored, exact))
      .sort((a, b) => b.scored.score - a.scored.score)[0];
    if (hole) {
      const placed = fuzzyAcceptable(ctx, hole) && isClearWinner(ctx, hole.scored, others(hole.scored));
      return placed ? { match: hole.scored, method: 'fuzzy' } : null;
    }
    if (exact && this.exactAcceptable(ctx, exact)) {
      const rivals = [...others(exact), ...boundaryHoles(ctx, exact)];
      // A unique quote near the old place with its context standing right next to it
      // (a paragraph inserted a little further out on each side) needs no more.
      const agree = sidesAgree(ctx, exact) || standsOutNear(ctx, exact);
      if (agree && isClearWinner(ctx, exact, rivals)) return accepted(ctx, exact, 'exact');
      // Found, but not clearly better than a look-alike or the old place: an
      // orphan, not a guess, unless the layout around it (below) tells.
      if (exact.informative >= 1) return null;
    }
    const byLayout = exact && exact.informative < 1 ? this.rawContextPick(ctx) : null;
    if (byLayout) return accepted(ctx, byLayout, 'exact');
    const fuzzy = aligned
      .filter((a) => fuzzyAcceptable(ctx, a))
      .sort((a, b) => b.scored.score - a.scored.score)[0];
    if (!fuzzy) return null;
    const sure = sidesAgree(ctx, fuzzy.scored) && isClearWinner(ctx, fuzzy.scored, others(fuzzy.scored));
    return sure ? { match: fuzzy.scored, method: 'fuzzy' } : null;
  }

  /**
   * Context evidence by quote length and distance; where the recorded context was
   * mostly whitespace (menus, lists), what little there is must agree, one side
   * of it standing, and the quote must be the only one on the page, near its
   * old place.
   */
  private exactAcceptable(ctx: Context, e: Scored): boolean {
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
   * A repeated quote whose recorded context folds to almost nothing (menus, link
   * lists): compare the raw context, whitespace and punctuation included, of the
   * occurrences near the old position; take one only if it alone fits.
   */
  private rawContextPick(ctx: Context): Scored | null {
    if (ctx.hint === undefined || ctx.view.map.length === 0) return null;
    const hint = ctx.hint;
    const text = this.text;
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

  private bestExact(ctx: Context): Scored | null {
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
  private alignments(ctx: Context, exact: Scored | null, onlyHint: boolean): Aligned[] {
    const { view, pattern, prefix, suffix } = ctx;
    const maxErr = maxQuoteErrors(pattern.length);
    const hint = ctx.hint;
    const seeds = onlyHint ? [] : this.seedCenters(ctx);
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

  /** Likely quote starts: where n-grams of prefix + quote + suffix line up. */
  private seedCenters(ctx: Context): number[] {
    const combined = ctx.prefix + ctx.pattern + ctx.suffix;
    const offset = ctx.prefix.length;
    const grams = this.gramIndex;
    const buckets = (this.folded.text.length >> BUCKET_SHIFT) + 1;
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

/** The quote and its whole recorded context, verbatim, with the quote at `start`. */
export function standsAt(text: string, q: QuoteQuery, start: number): boolean {
  return (
    text.startsWith(q.exact, start) &&
    text.endsWith(q.prefix, start) &&
    text.startsWith(q.suffix, start + q.exact.length)
  );
}

/**
 * The quote with its recorded context on both sides, whitespace and punctuation
 * included, standing verbatim at one place only on the page, near the old one:
 * the annotation moved with its surroundings (a paragraph, or a copy of the
 * quote, inserted further out). Returns the quote's new offset, or null.
 */
function movedVerbatim(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  start: number,
): number | null {
  if (prefix.length === 0 || suffix.length === 0) return null;
  const whole = prefix + exact + suffix;
  const at = text.indexOf(whole);
  if (at < 0 || text.indexOf(whole, at + 1) >= 0) return null;
  const moved = at + prefix.length;
  return Math.abs(moved - start) <= NEAR_DISTANCE ? moved : null;
}

function distancePenalty(ctx: Context, vs: number): number {
  if (ctx.hint === undefined) return 0;
  const d = Math.abs(vs - ctx.hint);
  return (DISTANCE_WEIGHT * d) / (d + DISTANCE_SCALE);
}

/**
 * The quote's only occurrence, near the old place, with enough of the recorded
 * context standing verbatim right next to it that quote and context together
 * are as long as a distinctive quote.
 */
function standsOutNear(ctx: Context, e: Scored): boolean {
  if (!e.unique || ctx.hint === undefined || Math.abs(e.vs - ctx.hint) > NEAR_DISTANCE) return false;
  const [before, after] = verbatimRuns(ctx, e.vs, e.ve);
  const run = before + after;
  return Math.max(before, after) >= FULL_WEIGHT_CONTEXT && ctx.pattern.length + run >= STANDING_QUOTE;
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

/** Recorded prefix and suffix characters (folded) standing verbatim right next to the quote. */
function verbatimRuns(ctx: Context, vs: number, ve: number): [number, number] {
  const t = ctx.view.text;
  let a = 0;
  while (a < ctx.prefix.length && vs - a - 1 >= 0 && t[vs - a - 1] === ctx.prefix[ctx.prefix.length - 1 - a])
    a++;
  let b = 0;
  while (b < ctx.suffix.length && ve + b < t.length && t[ve + b] === ctx.suffix[b]) b++;
  return [a, b];
}

/** Verbatim agreement of the characters right next to the quote, in [0, 1]. */
function quickContext(ctx: Context, vs: number, ve: number): number {
  const [before, after] = verbatimRuns(ctx, vs, ve);
  return (before + after) / Math.max(1, ctx.prefix.length + ctx.suffix.length);
}

function sideSimilarity(
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

/** How much text a recorded side is compared with: its length, and room for edits in a quarter of it. */
function sideReach(length: number): number {
  return length + Math.ceil(length / 4) + 2;
}

/** Agreement of a recorded side with the text ending at `at` ('end': a prefix) or starting there ('start'). */
function sideAt(expected: string, t: string, at: number, pinned: 'start' | 'end'): number | null {
  const reach = sideReach(expected.length);
  return pinned === 'end'
    ? sideSimilarity(expected, t, at - reach, at, 'end')
    : sideSimilarity(expected, t, at, at + reach, 'start');
}

function scoreAt(ctx: Context, vs: number, ve: number): Scored {
  const t = ctx.view.text;
  return makeScored(ctx, vs, ve, sideAt(ctx.prefix, t, vs, 'end'), sideAt(ctx.suffix, t, ve, 'start'));
}

/**
 * The exact occurrence rescored for context that stands verbatim but for
 * inserted stretches (a paragraph, an ad, a word put in): edit distance alone
 * counts every inserted character against it. Only near the old place, and
 * only when every recorded side then stands; null when nothing changes.
 */
function acrossInsertion(ctx: Context, e: Scored): Scored | null {
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

/**
 * A side's agreement counts in proportion to how much text it had: a prefix that
 * folds down to one character agreeing says little.
 */
function weighted(sim: number | null, length: number): number | null {
  return sim === null ? null : sim * Math.min(1, length / FULL_WEIGHT_CONTEXT);
}

function makeScored(
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

interface Aligned {
  scored: Scored;
  quoteErrors: number;
}

function accepted(ctx: Context, s: Scored, method: MatchMethod): { match: Scored; method: MatchMethod } {
  return { match: s, method: ctx.hint === s.vs && method === 'exact' ? 'position' : method };
}

/**
 * Enough of the recorded context, on both sides, to say "the annotation was
 * here": good in itself, or clearly better than around the exact occurrence.
 * A place farther from the old position than the exact occurrence does not
 * count (that is a look-alike passage elsewhere); a much nearer one needs less.
 */
function isConvincingHole(ctx: Context, s: Scored, exact: Scored | null): boolean {
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
function sidesAgree(ctx: Context, s: Scored): boolean {
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
function asRival(ctx: Context, a: Aligned): Scored | null {
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
function boundaryHoles(ctx: Context, e: Scored): Scored[] {
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
function isClearWinner(ctx: Context, w: Scored, rivals: readonly Scored[]): boolean {
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

/** Extra context an exact occurrence needs the farther (beyond NEAR_DISTANCE) it is from the old position. */
function farPenalty(ctx: Context, vs: number): number {
  if (ctx.hint === undefined) return 0;
  const d = Math.max(0, Math.abs(vs - ctx.hint) - NEAR_DISTANCE);
  return (FAR_WEIGHT * d) / (d + FAR_SCALE);
}

function fuzzyAcceptable(ctx: Context, a: Aligned): boolean {
  const s = a.scored;
  if (s.ve <= s.vs) return false;
  if (a.quoteErrors > maxQuoteErrors(ctx.pattern.length)) return false;
  if (s.available === 0 || s.ctxMean === null) return false;
  if (s.available === 1) return s.ctxMean >= FUZZY_ONE_SIDE;
  return s.ctxMean >= FUZZY_CONTEXT_MEAN && s.ctxMin >= FUZZY_CONTEXT_MIN;
}

/**
 * Source offsets of a match in the view. Folding dropped the quote's leading and
 * trailing punctuation; take it back when the page has the same text there, or
 * as many punctuation marks as the quote had when it changed (“ → 「).
 */
function toSource(
  text: string,
  view: SearchView,
  m: Scored,
  exact: string | null,
): { start: number; end: number } {
  const span = sourceSpan(view, m.vs, m.ve);
  if (exact === null) return span;
  let lead = 0;
  while (lead < exact.length && isSkipped(exact.charCodeAt(lead))) lead++;
  let trail = 0;
  while (trail < exact.length - lead && isSkipped(exact.charCodeAt(exact.length - 1 - trail))) trail++;
  if (lead === 0 && trail === 0) return span;
  if (text.startsWith(exact, span.start - lead) && span.end + trail === span.start - lead + exact.length) {
    return { start: span.start - lead, end: span.end + trail };
  }
  return {
    start: extendOverMarks(text, span.start, countMarks(exact.slice(0, lead)), -1),
    end: extendOverMarks(text, span.end, countMarks(exact.slice(exact.length - trail)), 1),
  };
}

const WS_RE = /\s/;

function countMarks(s: string): number {
  let n = 0;
  for (const ch of s) if (!WS_RE.test(ch)) n++;
  return n;
}

/** Moves a boundary outward over up to `marks` skipped non-space characters (and spaces between them). */
function extendOverMarks(text: string, at: number, marks: number, dir: 1 | -1): number {
  let pos = at;
  let taken = 0;
  let i = dir < 0 ? at - 1 : at;
  while (taken < marks && i >= 0 && i < text.length && isSkipped(text.charCodeAt(i))) {
    if (!WS_RE.test(text.charAt(i))) {
      taken++;
      pos = dir < 0 ? i : i + 1;
    }
    i += dir;
  }
  return pos;
}
