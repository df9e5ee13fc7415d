// The one text-folding scheme. Sites re-flow whitespace, swap ，/, or “”/"", write
// ＡＢＣ for ABC and paste Kangxi radicals or compatibility ideographs for ordinary
// characters; readers type whichever they like. Every comparison of text the user
// did not type verbatim folds both sides here, one UTF-16 code unit at a time, so
// that an offset in folded text is an offset in the original:
//   - each unit becomes its NFKC form, lower-cased, when that is one unit, and then
//     its simplified form (utils/core/script.ts): 區人大常委會 is found by 区人大常委会;
//   - punctuation, symbols, separators and control characters are "skipped":
//     the anchoring view drops them, the search index keeps them folded.
// Changing this scheme changes the search index: add a schema version whose upgrade
// rebuilds the index rows (utils/store/schema.ts, version 3 does).

import { simplifiedUnit } from './script';

const SKIP_RE = /^[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]$/u;
const UNKNOWN = -1;
const SKIP_BIT = 0x10000;

// Lazily filled per code unit (computing all 65,536 up front would cost tens of milliseconds on
// every page load for characters that never occur): the folded unit, plus SKIP_BIT when skipped.
const table = new Int32Array(0x10000).fill(UNKNOWN);

function compute(code: number): number {
  // Surrogate halves are kept as they are: astral characters match only themselves.
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const ch = String.fromCharCode(code);
  const n = ch.normalize('NFKC').toLowerCase();
  const unit = simplifiedUnit(n.length === 1 ? n.charCodeAt(0) : code);
  // Classed by what it folds to: a Kangxi radical (a symbol) that folds to 人 is a word character.
  const skipped = SKIP_RE.test(String.fromCharCode(unit));
  return skipped ? unit | SKIP_BIT : unit;
}

function entry(code: number): number {
  let e = table[code] as number;
  if (e === UNKNOWN) {
    e = compute(code);
    table[code] = e;
  }
  return e;
}

/** The folded code unit of a UTF-16 code unit. */
export function foldUnit(code: number): number {
  return entry(code) & 0xffff;
}

/** Whether the unit is punctuation, a symbol, a space or a control character. */
export function isSkipped(code: number): boolean {
  return (entry(code) & SKIP_BIT) !== 0;
}

/** The folded unit, or -1 when the unit does not count as a word character. */
export function foldCode(code: number): number {
  const e = entry(code);
  return (e & SKIP_BIT) !== 0 ? -1 : e;
}

/** The folded form of s, of the same length (one code unit for one). */
export function fold(s: string): string {
  const n = s.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = foldUnit(s.charCodeAt(i));
  return fromUnits(out, n);
}

/** A string from the first n units (String.fromCharCode's argument count is bounded). */
export function fromUnits(units: Uint16Array, n: number): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK)
    parts.push(String.fromCharCode(...units.subarray(i, Math.min(n, i + CHUNK))));
  return parts.join('');
}

/** Start offsets (JS string indices) of every non-overlapping occurrence of a folded query in text. */
export function findAll(text: string, foldedQuery: string): number[] {
  if (foldedQuery === '') return [];
  const f = fold(text);
  const out: number[] = [];
  let from = 0;
  for (;;) {
    const i = f.indexOf(foldedQuery, from);
    if (i < 0) return out;
    out.push(i);
    from = i + foldedQuery.length;
  }
}

/** Whether text contains the query, both folded. */
export function foldedIncludes(text: string, query: string): boolean {
  return fold(text).includes(fold(query));
}
