// The judge of the anchoring bench: where a restored highlight belongs, from
// the ground truth of the change, and the tallies of verdicts.
import type { Highlight } from './generator';
import { pointToOffset, type TextIndex } from '../../../utils/anchor/text-index';

export type Verdict = 'right' | 'orphan' | 'wrong';

export function judgeSpan(h: Highlight, origin: Int32Array): number[] {
  const js: number[] = [];
  origin.forEach((o, j) => {
    if (o >= h.start && o < h.end) js.push(j);
  });
  return js;
}

/** Where a placement counts as right: start in [startFrom, startTo], end in [endFrom, endTo]; null when nothing of the quote survives. */
export interface Bounds {
  startFrom: number;
  startTo: number;
  endFrom: number;
  endTo: number;
}

/**
 * Right = the range covers the quote's surviving characters and nothing beyond
 * what replaced its ends. `survives`: every character of the quote is still there.
 */
export function boundsOf(h: Highlight, origin: Int32Array): { bounds: Bounds | null; survives: boolean } {
  let lo = -1;
  let hi = -1;
  let count = 0;
  for (let j = 0; j < origin.length; j++) {
    const o = origin[j] as number;
    if (o >= h.start && o < h.end) {
      if (lo < 0) lo = j;
      hi = j;
      count++;
    }
  }
  const survives = count === h.end - h.start;
  if (lo < 0) return { bounds: null, survives };
  let loExt = lo;
  if (origin[lo] !== h.start) while (loExt > 0 && origin[loExt - 1] === -1) loExt--;
  let hiExt = hi;
  if (origin[hi] !== h.end - 1) while (hiExt + 1 < origin.length && origin[hiExt + 1] === -1) hiExt++;
  return { bounds: { startFrom: loExt, startTo: lo, endFrom: hi + 1, endTo: hiExt + 1 }, survives };
}

export function verdictOf(bounds: Bounds | null, got: { start: number; end: number } | null): Verdict {
  if (!got) return 'orphan';
  if (!bounds) return 'wrong';
  const ok =
    got.start >= bounds.startFrom &&
    got.start <= bounds.startTo &&
    got.end >= bounds.endFrom &&
    got.end <= bounds.endTo;
  return ok ? 'right' : 'wrong';
}

export function judge(
  h: Highlight,
  origin: Int32Array,
  got: { start: number; end: number } | null,
): { verdict: Verdict; survives: boolean } {
  const { bounds, survives } = boundsOf(h, origin);
  return { verdict: verdictOf(bounds, got), survives };
}

export interface Tally {
  right: number;
  orphan: number;
  wrong: number;
  survived: number;
  survivedRight: number;
  ms: number;
  proseSurvived: number;
  proseSurvivedRight: number;
  proseWrong: number;
}
export const emptyTally = (): Tally => ({
  right: 0,
  orphan: 0,
  wrong: 0,
  survived: 0,
  survivedRight: 0,
  ms: 0,
  proseSurvived: 0,
  proseSurvivedRight: 0,
  proseWrong: 0,
});

export function rangeOffsets(index: TextIndex, r: Range | null): { start: number; end: number } | null {
  if (!r) return null;
  return {
    start: pointToOffset(index, r.startContainer, r.startOffset),
    end: pointToOffset(index, r.endContainer, r.endOffset),
  };
}

export function count(t: Tally, h: Highlight, verdict: Verdict, survives: boolean): void {
  t[verdict]++;
  if (h.prose && verdict === 'wrong') t.proseWrong++;
  if (!survives) return;
  t.survived++;
  if (verdict === 'right') t.survivedRight++;
  if (h.prose) {
    t.proseSurvived++;
    if (verdict === 'right') t.proseSurvivedRight++;
  }
}

export function pct(n: number, d: number, digits = 1): string {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(digits).padStart(4 + digits)}%`;
}
