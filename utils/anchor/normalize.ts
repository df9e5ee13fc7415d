// A search view of a text for anchoring: the characters that count as words, folded
// by the one scheme in utils/core/fold.ts, with a map from every kept character
// back to its offset in the original text.
import { foldCode, fromUnits } from '../core/fold';

export { foldCode, isSkipped } from '../core/fold';

export interface SearchView {
  /** The folded text. */
  text: string;
  /** map[i] is the offset in the original text of text[i]; strictly ascending. */
  map: Int32Array;
  /** Length of the original text. */
  sourceLength: number;
}

export function foldText(source: string): SearchView {
  const n = source.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = foldCode(source.charCodeAt(i));
    if (f < 0) continue;
    codes[k] = f;
    map[k] = i;
    k++;
  }
  return { text: fromUnits(codes, k), map: map.slice(0, k), sourceLength: n };
}

/** The view of a text that is searched verbatim: used when a quote is all punctuation. */
export function identityView(source: string): SearchView {
  const map = new Int32Array(source.length);
  for (let i = 0; i < map.length; i++) map[i] = i;
  return { text: source, map, sourceLength: source.length };
}

/** The first view index whose source offset is >= offset (view.text.length if none). */
export function viewIndexAtOrAfter(view: SearchView, offset: number): number {
  let lo = 0;
  let hi = view.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.map[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Source offsets [start, end) covered by view characters [from, to); from < to. */
export function sourceSpan(view: SearchView, from: number, to: number): { start: number; end: number } {
  return { start: view.map[from] as number, end: (view.map[to - 1] as number) + 1 };
}
