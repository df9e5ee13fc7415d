// Where the quote might be, in the folded text: its exact occurrences (the few
// with the most verbatim context, so that a page full of copies stays cheap),
// and the places that prefix + quote + suffix aligned by edit distance point
// to, around the old position and where n-grams of them line up. An alignment
// whose quote part is edited is the quote changed in place; one whose quote
// part is empty or nearly so is where the quote was, deleted, with its context
// standing: a candidate too, which can win and so make an orphan.

import { alignWithContext } from '../similarity';
import type { Candidate, Query } from './features';

/** Exact occurrences scored in full: the rest are ranked by the verbatim context next to them and nearness. */
const MAX_EXACT = 8;
/** A "quote" found this many times (a lone comma, a run of spaces) is not looked for by context. */
const MAX_OCCURRENCES = 2000;
const MAX_SEED_CENTERS = 4;
/** Seeds where under this share of the n-grams line up cannot reach the context agreement a placement needs. */
const MIN_SEED_SHARE = 0.25;
const MAX_GRAM_OCCURRENCES = 256;
const BUCKET_SHIFT = 3;

export interface Found {
  candidates: Candidate[];
  /** Places where the quote stands verbatim (at most MAX_OCCURRENCES, which then means "too many"). */
  occurrences: number;
}

/** Every exact occurrence's offset, or null when there are too many to weigh. */
export function occurrencesOf(text: string, pattern: string): number[] | null {
  const out: number[] = [];
  for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) {
    if (out.length >= MAX_OCCURRENCES) return null;
    out.push(i);
  }
  return out;
}

/** Recorded characters standing verbatim right next to [vs, ve), on both sides. */
export function verbatimContext(q: Query, text: string, vs: number, ve: number): number {
  let a = 0;
  while (a < q.prefix.length && vs - a - 1 >= 0 && text[vs - a - 1] === q.prefix[q.prefix.length - 1 - a])
    a++;
  let b = 0;
  while (b < q.suffix.length && ve + b < text.length && text[ve + b] === q.suffix[b]) b++;
  return a + b;
}

/** The exact occurrences worth scoring: most verbatim context first, then nearest the old position. */
export function exactCandidates(q: Query, text: string, positions: readonly number[]): Candidate[] {
  const hint = q.hint ?? 0;
  const n = q.pattern.length;
  return positions
    .map((p) => ({ p, k: verbatimContext(q, text, p, p + n), d: Math.abs(p - hint) }))
    .sort((x, y) => y.k - x.k || x.d - y.d)
    .slice(0, MAX_EXACT)
    .map(({ p }) => ({ vs: p, ve: p + n, quoteErrors: 0, exact: true }));
}

/** Quote + context aligned in windows around `centers`; places already found exactly are left out. */
export function alignedCandidates(
  q: Query,
  text: string,
  centers: readonly number[],
  exact: readonly Candidate[],
): Candidate[] {
  const { pattern, prefix, suffix } = q;
  const slack = 16 + Math.ceil(pattern.length / 2) + (1 << BUCKET_SHIFT);
  const windows = centers.map((c) => ({
    from: c - prefix.length - slack,
    to: c + pattern.length + suffix.length + slack,
    clipped: false,
  }));
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < windows.length; k++) {
    const { from, to, clipped } = windows[k] as { from: number; to: number; clipped: boolean };
    const a = alignWithContext(prefix, pattern, suffix, text, from, to);
    if (!a) continue;
    // A verbatim occurrence in the window hides what else is there (the old place
    // with its context standing and the quote gone): look again on either side of it.
    if (!clipped && a.quoteErrors === 0 && text.startsWith(pattern, a.start)) {
      windows.push({ from, to: a.start, clipped: true }, { from: a.end, to, clipped: true });
    }
    const key = `${a.start}:${a.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (exact.some((e) => a.start < e.ve && a.end > e.vs)) continue;
    out.push({ vs: a.start, ve: a.end, quoteErrors: a.quoteErrors, exact: false });
  }
  return out;
}

/** The folded text's bigrams, indexed once, for the approximate candidates only. */
export class SeedIndex {
  private readonly textLength: number;
  private readonly grams = new Map<number, number[]>();
  /** Scratch vote counts per bucket of the text, zeroed after each use. */
  private votes: Int32Array | undefined;

  constructor(t: string) {
    this.textLength = t.length;
    for (let i = 0; i + 1 < t.length; i++) {
      const key = t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
      const list = this.grams.get(key);
      if (list) list.push(i);
      else this.grams.set(key, [i]);
    }
  }

  /** Likely quote starts: where bigrams of prefix + quote + suffix line up, away from the exact occurrences. */
  centers(q: Query, exactPositions: readonly number[]): number[] {
    const combined = q.prefix + q.pattern + q.suffix;
    const offset = q.prefix.length;
    const buckets = (this.textLength >> BUCKET_SHIFT) + 1;
    if (!this.votes || this.votes.length < buckets) this.votes = new Int32Array(buckets);
    const votes = this.votes;
    const touched: number[] = [];
    for (let k = 0; k + 1 < combined.length; k++) {
      const list = this.grams.get(combined.charCodeAt(k) * 0x10000 + combined.charCodeAt(k + 1));
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
      .filter(([, v]) => v >= Math.max(2, MIN_SEED_SHARE * (combined.length - 1)))
      .sort((x, y) => y[1] - x[1]);
    for (const b of touched) votes[b] = 0;
    const exactBuckets = new Set(exactPositions.map((p) => p >> BUCKET_SHIFT));
    const chosen: number[] = [];
    for (const [b] of ranked) {
      if (chosen.some((c) => Math.abs(c - b) <= 2)) continue;
      if (exactBuckets.has(b) || exactBuckets.has(b - 1) || exactBuckets.has(b + 1)) continue;
      chosen.push(b);
      if (chosen.length >= MAX_SEED_CENTERS) break;
    }
    return chosen.map((b) => (b << BUCKET_SHIFT) + (1 << (BUCKET_SHIFT - 1)));
  }
}

/** Seed centres plus the old position, unless a seed already covers it. */
export function alignmentCenters(seeds: readonly number[], hint: number | undefined): number[] {
  if (hint === undefined || seeds.some((c) => Math.abs(c - hint) <= 1 << BUCKET_SHIFT)) return [...seeds];
  return [hint, ...seeds];
}
