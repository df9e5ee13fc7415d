// Edit-distance measures on plain strings, bounded to small windows so that
// they stay cheap on long pages.

/**
 * How well `actual` continues like `expected` from one end: 1 - (edits / expected.length),
 * where the alignment is pinned at the side next to the quote (`'start'` for a
 * suffix, `'end'` for a prefix) and the far end of `actual` is free. Empty
 * expected text carries no evidence: returns null.
 */
export function anchoredSimilarity(expected: string, actual: string, pinned: 'start' | 'end'): number | null {
  const m = expected.length;
  if (m === 0) return null;
  const n = actual.length;
  const e = (i: number): number =>
    pinned === 'start' ? expected.charCodeAt(i) : expected.charCodeAt(m - 1 - i);
  const a = (j: number): number => (pinned === 'start' ? actual.charCodeAt(j) : actual.charCodeAt(n - 1 - j));
  // Rows over actual, columns over expected: prev[i] = distance(expected[0..i), actual[0..j)).
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m] as number;
  for (let j = 0; j < n; j++) {
    cur[0] = j + 1;
    const aj = a(j);
    for (let i = 1; i <= m; i++) {
      const sub = (prev[i - 1] as number) + (e(i - 1) === aj ? 0 : 1);
      const del = (prev[i] as number) + 1;
      const ins = (cur[i - 1] as number) + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    if ((cur[m] as number) < best) best = cur[m] as number;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.max(0, 1 - best / m);
}

export interface ContextAlignment {
  /** Text offsets of the quote part; start === end when every quote character was deleted. */
  start: number;
  end: number;
  prefixErrors: number;
  quoteErrors: number;
  suffixErrors: number;
}

/** Largest DP matrix alignWithContext builds (cells); beyond it there is no approximate match. */
export const MAX_ALIGNMENT_CELLS = 4_000_000;

/**
 * Aligns prefix + quote + suffix against text[from, to) as one string (free
 * start and end in the text) and reports where the quote part landed and how
 * many edits each part needed. Aligning the context with the quote settles
 * ambiguous boundaries (an insertion next to the quote goes to the context)
 * and tells a quote that was edited or deleted in place from one that moved.
 */
export function alignWithContext(
  prefix: string,
  quote: string,
  suffix: string,
  text: string,
  from: number,
  to: number,
): ContextAlignment | null {
  const p = prefix + quote + suffix;
  const m = p.length;
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const n = to - from;
  if (m === 0 || n <= 0 || (m + 1) * (n + 1) > MAX_ALIGNMENT_CELLS) return null;
  const w = n + 1;
  const d = new Uint16Array((m + 1) * w);
  for (let i = 1; i <= m; i++) d[i * w] = i;
  for (let i = 1; i <= m; i++) {
    const pc = p.charCodeAt(i - 1);
    const row = i * w;
    const up = row - w;
    for (let j = 1; j <= n; j++) {
      const sub = (d[up + j - 1] as number) + (pc === text.charCodeAt(from + j - 1) ? 0 : 1);
      const del = (d[up + j] as number) + 1;
      const ins = (d[row + j - 1] as number) + 1;
      d[row + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  let j = 0;
  let best = Infinity;
  for (let k = 0; k <= n; k++) {
    const v = d[m * w + k] as number;
    if (v < best) {
      best = v;
      j = k;
    }
  }
  const qFrom = prefix.length;
  const qTo = prefix.length + quote.length;
  const part = (i: number): 0 | 1 | 2 => (i < qFrom ? 0 : i < qTo ? 1 : 2);
  const errors: [number, number, number] = [0, 0, 0];
  let firstText = -1;
  let lastText = -1;
  let holeAt = -1;
  let i = m;
  while (i > 0) {
    const cur = d[i * w + j] as number;
    const pc = p.charCodeAt(i - 1);
    if (
      j > 0 &&
      cur === (d[(i - 1) * w + j - 1] as number) + (pc === text.charCodeAt(from + j - 1) ? 0 : 1)
    ) {
      if (cur !== d[(i - 1) * w + j - 1]) errors[part(i - 1)]++;
      if (part(i - 1) === 1) {
        if (lastText < 0) lastText = from + j;
        firstText = from + j - 1;
      }
      i--;
      j--;
    } else if (cur === (d[(i - 1) * w + j] as number) + 1) {
      // Pattern character deleted.
      errors[part(i - 1)]++;
      if (part(i - 1) === 1 && holeAt < 0) holeAt = from + j;
      i--;
    } else {
      // Text character inserted: charged to the quote only strictly inside it.
      const inside = i - 1 >= qFrom && i < qTo;
      errors[inside ? 1 : i - 1 < qFrom ? 0 : 2]++;
      j--;
    }
  }
  // Every quote character deleted: an empty span where the quote was.
  const hole = holeAt >= 0 ? holeAt : from + j;
  return {
    start: firstText < 0 ? hole : firstText,
    end: firstText < 0 ? hole : lastText,
    prefixErrors: errors[0] as number,
    quoteErrors: errors[1] as number,
    suffixErrors: errors[2] as number,
  };
}

/**
 * Where `expected` (a recorded prefix or suffix) stands verbatim next to
 * position `at` of `text` but for stretches inserted into or before it (at
 * most maxGap characters in all): the part nearest the quote still touching it
 * (`kept` characters, possibly none), the rest moved out in pieces of at least
 * `minMoved` characters each, or a common character or two found nearby by
 * chance would pass (a tail shorter than that, at the far end, may be gone;
 * a piece shorter than 3 × minMoved must be found only once within reach).
 * Edits are not tolerated: anchoredSimilarity covers those. Null when it does
 * not stand so (or stands untouched).
 */
export function standsAcrossInsertion(
  expected: string,
  text: string,
  at: number,
  pinned: 'start' | 'end',
  maxGap: number,
  minMoved: number,
): MovedContext | null {
  if (expected.length < minMoved) return null;
  // Work outward from the quote: a prefix is read backwards.
  const reach = expected.length + maxGap;
  const found =
    pinned === 'start'
      ? piecesFrom(expected, text.slice(at, at + reach), maxGap, minMoved)
      : piecesFrom(reverse(expected), reverse(text.slice(Math.max(0, at - reach), at)), maxGap, minMoved);
  if (!found) return null;
  const place = (j: number): number => (pinned === 'start' ? at + j : at - j);
  return { kept: found.kept, pieces: found.pieces.map((p) => ({ at: place(p.at), before: p.before })) };
}

export interface MovedContext {
  /** Characters still touching the quote. */
  kept: number;
  /** Every moved piece: where it ends (prefix) or starts (suffix), and how many characters of the side come before it, counted from the quote. */
  pieces: { at: number; before: number }[];
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

/** standsAcrossInsertion for a window starting at the quote's edge, read outward. */
function piecesFrom(
  e: string,
  w: string,
  maxGap: number,
  minMoved: number,
): { kept: number; pieces: { at: number; before: number }[] } | null {
  const m = e.length;
  let run = 0;
  while (run < m && run < w.length && w.charCodeAt(run) === e.charCodeAt(run)) run++;
  if (run === m) return null;
  // The inserted stretch may itself begin like the context goes on: try a few
  // shorter touching parts too.
  for (let kept = run; kept >= 0 && kept >= run - 3; kept--) {
    let i = kept;
    let pos = kept;
    let gaps = 0;
    const pieces: { at: number; before: number }[] = [];
    while (m - i >= minMoved) {
      const j = w.indexOf(e.slice(i, i + minMoved), pos + 1);
      if (j < 0 || gaps + (j - pos) > maxGap) break;
      let r = minMoved;
      while (i + r < m && j + r < w.length && w.charCodeAt(j + r) === e.charCodeAt(i + r)) r++;
      // A short piece found twice within reach is page furniture (+1顶10|回复|分享
      // under every comment), not this context; a long one (a name with a
      // date and time) is the nearer copy of a comment shown twice.
      const again = r < 3 * minMoved ? w.indexOf(e.slice(i, i + r), j + 1) : -1;
      if (again >= 0 && gaps + (again - pos) <= maxGap) break;
      pieces.push({ at: j, before: i });
      gaps += j - pos;
      i += r;
      pos = j + r;
    }
    if (pieces.length > 0 && m - i < minMoved) return { kept, pieces };
  }
  return null;
}
