// The W3C Web Annotation model counts positions in Unicode code points; JavaScript
// strings count UTF-16 code units, so every character outside the BMP (𠮷, rare
// names' characters, emoji) counts twice. These helpers convert.
import type { AnnotationRecord } from '../core/records';

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Number of code points in s (a lone surrogate counts as one). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/**
 * Code-point offsets of the JS range [start, end) of text. Call where the page text is at hand (the
 * content script, with the same text the TextPositionSelector counts in) and store the result as
 * AnnotationRecord.codePoints.
 */
export function toCodePointRange(text: string, start: number, end: number): { start: number; end: number } {
  const s = codePointLength(text.slice(0, start));
  return { start: s, end: s + codePointLength(text.slice(start, end)) };
}

export interface CodePointPosition {
  start: number;
  end: number;
  /** false when estimated (see codePointPosition). */
  exact: boolean;
}

/**
 * The annotation's position in code points: the stored codePoints when present (exact); otherwise an
 * estimate from the JS offsets, the prefix and the quote, which is right unless the text before the
 * prefix holds characters outside the BMP. The prefix is the text just before the quote, so each low
 * surrogate in it closes a pair that counted twice. Null without a TextPositionSelector.
 */
export function codePointPosition(
  a: Pick<AnnotationRecord, 'selectors' | 'codePoints'>,
): CodePointPosition | null {
  if (a.codePoints) return { ...a.codePoints, exact: true };
  const pos = a.selectors.find((s) => s.type === 'TextPositionSelector');
  if (!pos || pos.type !== 'TextPositionSelector') return null;
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || quote.type !== 'TextQuoteSelector') return { start: pos.start, end: pos.end, exact: false };
  let lows = 0;
  for (let i = 0; i < quote.prefix.length; i++) if (isLow(quote.prefix.charCodeAt(i))) lows++;
  const start = Math.max(0, pos.start - lows);
  return { start, end: start + codePointLength(quote.exact), exact: false };
}
