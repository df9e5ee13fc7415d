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
// The decisions are explained where they are taken: decision.ts (a quote that
// survives once, look-alikes), insertion.ts (context split by insertions).

import { alignments, bestExact, rawContextPick, SeedIndex } from './candidates';
import {
  asRival,
  boundaryHoles,
  exactAcceptable,
  fuzzyAcceptable,
  isClearWinner,
  isConvincingHole,
  sidesAgree,
  standsOutNear,
} from './decision';
import { toSource } from './offsets';
import type { Context, Scored } from './scoring';
import { DECISIVE_GAP, maxQuoteErrors, NEAR_DISTANCE, VERBATIM } from './thresholds';
import { foldText, identityView, viewIndexAtOrAfter, type SearchView } from './normalize';

export {
  LONG_QUOTE,
  STANDING_QUOTE,
  SHORT_QUOTE_CONTEXT,
  MIN_FUZZY_LENGTH,
  FUZZY_CONTEXT_MEAN,
  FUZZY_CONTEXT_MIN,
  FUZZY_ONE_SIDE,
  INTACT_CONTEXT,
  HOLE_CONTEXT_MIN,
  HOLE_CONTEXT_MEAN,
  HOLE_CONTEXT_FLOOR,
  HOLE_MARGIN,
  HOLE_CONTEXT_FLOOR_NEAR,
  HOLE_MARGIN_NEAR,
  CLEAR_MARGIN,
  CLEAR_MARGIN_CHARS,
  FARTHER_HOLE_MARGIN,
  DISTANCE_TIE,
  DECISIVE_GAP,
  ACROSS_INSERTION,
  INSERTION_GAP,
  MIN_MOVED_CONTEXT,
  FULL_WEIGHT_CONTEXT,
  FAR_WEIGHT,
  NEAR_DISTANCE,
  maxQuoteErrors,
  exactContextNeeded,
} from './thresholds';

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

/** A text prepared for many quote searches: fold once, index n-grams only when needed. */
export class TextMatcher {
  readonly text: string;
  private foldedView: SearchView | undefined;
  private rawView: SearchView | undefined;
  private seeds: SeedIndex | undefined;

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
    const exact = bestExact(ctx);
    const otherExact = exact ? ctx.scoredExact.filter((s) => s !== exact) : [];
    if (exact && exact.intact && exactAcceptable(ctx, exact)) {
      // Verbatim at the old place: nothing else to weigh.
      if (exact.vs === ctx.hint && !exact.acrossInsertion) return accepted(ctx, exact, 'exact');
      // Unless the context is verbatim and near, the old place itself may still
      // hold the context (the quote edited or deleted there, a copy surviving elsewhere).
      const far = ctx.hint !== undefined && Math.abs(exact.vs - ctx.hint) > DECISIVE_GAP;
      const look = approximate && ctx.hint !== undefined && (far || (exact.ctxMean ?? 0) < VERBATIM);
      const atOldPlace = look ? alignments(ctx, exact, []) : [];
      const rivals = [
        ...otherExact,
        ...atOldPlace.map((a) => asRival(ctx, a)).filter((r): r is Scored => r !== null),
      ];
      return isClearWinner(ctx, exact, rivals) ? accepted(ctx, exact, 'exact') : null;
    }
    // Without an exact occurrence a short quote has nowhere to go: it admits no edits.
    const worthAligning = approximate && (exact !== null || maxQuoteErrors(ctx.pattern.length) > 0);
    const aligned = worthAligning ? alignments(ctx, exact, this.seedCenters(ctx)) : [];
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
    if (exact && exactAcceptable(ctx, exact)) {
      const rivals = [...others(exact), ...boundaryHoles(ctx, exact)];
      // A unique quote near the old place with its context standing right next to it
      // (a paragraph inserted a little further out on each side) needs no more.
      const agree = sidesAgree(ctx, exact) || standsOutNear(ctx, exact);
      if (agree && isClearWinner(ctx, exact, rivals)) return accepted(ctx, exact, 'exact');
      // Found, but not clearly better than a look-alike or the old place: an
      // orphan, not a guess, unless the layout around it (below) tells.
      if (exact.informative >= 1) return null;
    }
    const byLayout = exact && exact.informative < 1 ? rawContextPick(ctx, this.text) : null;
    if (byLayout) return accepted(ctx, byLayout, 'exact');
    const fuzzy = aligned
      .filter((a) => fuzzyAcceptable(ctx, a))
      .sort((a, b) => b.scored.score - a.scored.score)[0];
    if (!fuzzy) return null;
    const sure = sidesAgree(ctx, fuzzy.scored) && isClearWinner(ctx, fuzzy.scored, others(fuzzy.scored));
    return sure ? { match: fuzzy.scored, method: 'fuzzy' } : null;
  }

  private seedCenters(ctx: Context): number[] {
    this.seeds ??= new SeedIndex(this.folded.text);
    return this.seeds.centers(ctx);
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
export function movedVerbatim(
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

function accepted(ctx: Context, s: Scored, method: MatchMethod): { match: Scored; method: MatchMethod } {
  return { match: s, method: ctx.hint === s.vs && method === 'exact' ? 'position' : method };
}
