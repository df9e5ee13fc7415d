// From a match in the search view back to the page's own offsets, where
// folding dropped the punctuation a quote began or ended with.

import { isSkipped, sourceSpan, type SearchView } from './normalize';

/**
 * Source offsets of a match in the view. Folding dropped the quote's leading and
 * trailing punctuation; take it back when the page has the same text there, or
 * as many punctuation marks as the quote had when it changed (“ → 「).
 */
export function toSource(
  text: string,
  view: SearchView,
  m: { vs: number; ve: number },
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
