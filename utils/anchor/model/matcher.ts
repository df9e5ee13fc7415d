// The re-anchoring model (README.md one folder up): finds a quote (with its prefix, suffix and old position) in a plain text, by
// one model (README.md in this folder): candidates (candidates.ts), features
// of each (features.ts), one score (score.ts, weights in weights.ts), one
// decision (decision.ts). Pure string work: the DOM side lives in text-index.ts.
//
// Two cases are settled before any scoring, because no candidate could beat
// them and they are most of what a revisit finds: the quote with its whole
// recorded context verbatim at the old position, and the same standing once on
// the page near it (the page shifted by text inserted or removed above).

import { alignedCandidates, alignmentCenters, exactCandidates, occurrencesOf, SeedIndex } from './candidates';
import { decide, placeable, type Ranked } from './decision';
import { features, type Query } from './features';
import { movedVerbatim, standsAt } from '../match';
import { toSource } from '../offsets';
import { rankScore } from './score';
import { WEIGHTS, type Weights } from './weights';
import { foldText, identityView, viewIndexAtOrAfter, type SearchView } from '../normalize';

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
  /** The model's score (0–1); 1 for the cases settled before scoring. */
  score: number;
  /** Agreement of the text before/after with the recorded prefix/suffix (0..1), null when none was recorded. */
  prefixSimilarity: number | null;
  suffixSimilarity: number | null;
}

/** The model's view of one quote: its candidates with features and scores, source offsets added. */
export interface Explained {
  /** Settled before scoring (see above), or null. */
  settled: QuoteMatch | null;
  candidates: (Ranked & { start: number; end: number })[];
}

/** A text prepared for many quote searches: fold once, index n-grams only when needed. */
export class ModelMatcher {
  readonly text: string;
  private foldedView: SearchView | undefined;
  private rawView: SearchView | undefined;
  private seeds: SeedIndex | undefined;
  private rawSeeds: SeedIndex | undefined;

  constructor(text: string) {
    this.text = text;
  }

  get folded(): SearchView {
    this.foldedView ??= foldText(this.text);
    return this.foldedView;
  }

  match(q: QuoteQuery, w: Readonly<Weights> = WEIGHTS): QuoteMatch | null {
    const e = this.explain(q, w);
    if (!e) return null;
    if (e.settled) return e.settled;
    const best = decide(e.candidates, w);
    if (!best) return null;
    const c = best as Ranked & { start: number; end: number };
    return {
      start: c.start,
      end: c.end,
      method: c.exact ? 'exact' : 'fuzzy',
      score: c.score,
      prefixSimilarity: q.prefix ? c.features.prefix : null,
      suffixSimilarity: q.suffix ? c.features.suffix : null,
    };
  }

  /** The candidates for a quote, scored with `w`; null when the quote is empty. */
  explain(q: QuoteQuery, w: Readonly<Weights> = WEIGHTS): Explained | null {
    const { exact } = q;
    if (typeof exact !== 'string' || exact.length === 0) return null;
    const prefix = typeof q.prefix === 'string' ? q.prefix : '';
    const suffix = typeof q.suffix === 'string' ? q.suffix : '';
    const start = Number.isInteger(q.start) && (q.start as number) >= 0 ? q.start : undefined;
    const text = this.text;
    const sure = (at: number, method: MatchMethod): Explained => ({
      settled: {
        start: at,
        end: at + exact.length,
        method,
        score: 1,
        prefixSimilarity: prefix ? 1 : null,
        suffixSimilarity: suffix ? 1 : null,
      },
      candidates: [],
    });
    if (start !== undefined && standsAt(text, { exact, prefix, suffix }, start))
      return sure(start, 'position');
    const moved = start === undefined ? null : movedVerbatim(text, exact, prefix, suffix, start);
    if (moved !== null) return sure(moved, 'exact');

    const foldedQuote = foldText(exact).text;
    // A quote of punctuation alone is looked for verbatim.
    const usable = foldedQuote.length > 0;
    const view = usable ? this.folded : (this.rawView ??= identityView(text));
    const query: Query = {
      pattern: usable ? foldedQuote : exact,
      prefix: usable ? foldText(prefix).text : prefix,
      suffix: usable ? foldText(suffix).text : suffix,
      hint: start === undefined ? undefined : viewIndexAtOrAfter(view, start),
    };
    const positions = occurrencesOf(view.text, query.pattern);
    if (positions === null) return { settled: null, candidates: [] };
    const exactOnes = exactCandidates(query, view.text, positions);
    const seeds = usable
      ? (this.seeds ??= new SeedIndex(view.text))
      : (this.rawSeeds ??= new SeedIndex(view.text));
    const centers = alignmentCenters(seeds.centers(query, positions), query.hint);
    const all = [...exactOnes, ...alignedCandidates(query, view.text, centers, exactOnes)];
    const candidates = all.map((c) => {
      const f = features(query, view.text, c, positions.length);
      const span =
        c.ve > c.vs
          ? toSource(text, view, c, usable ? exact : null)
          : { start: sourceAt(view, c.vs), end: sourceAt(view, c.vs) };
      return { ...c, ...span, features: f, score: rankScore(f, placeable({ ...c, features: f }), w) };
    });
    return { settled: null, candidates };
  }
}

function sourceAt(view: SearchView, vs: number): number {
  return vs < view.map.length ? (view.map[vs] as number) : view.sourceLength;
}
