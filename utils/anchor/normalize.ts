// A search view of a text: whitespace, punctuation and symbols dropped, full-width
// forms folded to half-width (NFKC) and letters lower-cased, with a map from every
// kept character back to its offset in the original text. Sites re-flow
// whitespace and swap ，/, or “”/"" between versions; the words stay.

/** Characters that do not count as words for matching. */
const SKIP_RE = /^[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]$/u;
const UNKNOWN = -2;
const SKIP = -1;

// Lazily filled per UTF-16 code unit: computing all 65536 up front would cost
// tens of milliseconds on every page load for characters that never occur.
const foldTable = new Int32Array(0x10000).fill(UNKNOWN);

function computeFold(code: number): number {
  // Surrogate halves are kept as they are: astral characters match only themselves.
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const ch = String.fromCharCode(code);
  if (SKIP_RE.test(ch)) return SKIP;
  const folded = ch.normalize('NFKC').toLowerCase();
  if (folded.length !== 1) return code;
  return SKIP_RE.test(folded) ? SKIP : folded.charCodeAt(0);
}

/** The folded code unit, or -1 when the character is ignored for matching. */
export function foldCode(code: number): number {
  let f = foldTable[code] as number;
  if (f === UNKNOWN) {
    f = computeFold(code);
    foldTable[code] = f;
  }
  return f;
}

export function isSkipped(code: number): boolean {
  return foldCode(code) === SKIP;
}

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
    if (f === SKIP) continue;
    codes[k] = f;
    map[k] = i;
    k++;
  }
  const parts: string[] = [];
  const CHUNK = 8192; // String.fromCharCode's argument count is bounded.
  for (let i = 0; i < k; i += CHUNK) {
    parts.push(String.fromCharCode(...codes.subarray(i, Math.min(k, i + CHUNK))));
  }
  return { text: parts.join(''), map: map.slice(0, k), sourceLength: n };
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
