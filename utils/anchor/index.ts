// Selectors ↔ DOM ranges (the anchoring contract in DESIGN.md). Offsets are
// JavaScript string offsets into root.textContent.

import { TextMatcher, type QuoteMatch } from './match';
import { buildTextIndex, offsetsToRange, pointToOffset, type TextIndex } from './text-index';
import type { Selector, TextPositionSelector, TextQuoteSelector } from './types';

export type { Selector, TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Selectors for text offsets [start, end) of an indexed root. */
export function describeOffsets(text: string, start: number, end: number): Selector[] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `describe: invalid or empty text span [${start}, ${end}) in a text of ${text.length}`,
    );
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  // Never cut a surrogate pair in half: the JSON-LD export converts to code points.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return [quote, position];
}

/** Selectors for a range inside root; positions are JavaScript string offsets into root.textContent. */
export function describe(root: Element, range: Range): Selector[] {
  const index = buildTextIndex(root);
  const start = pointToOffset(index, range.startContainer, range.startOffset);
  const end = pointToOffset(index, range.endContainer, range.endOffset);
  if (start >= end) throw new RangeError('describe: the range selects no text inside root');
  return describeOffsets(index.text, start, end);
}

function pickSelectors(selectors: readonly Selector[]): {
  quote: TextQuoteSelector | undefined;
  position: TextPositionSelector | undefined;
} {
  if (!Array.isArray(selectors)) throw new TypeError('anchor: selectors must be an array');
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of selectors) {
    if (s && s.type === 'TextQuoteSelector' && !quote) quote = s;
    else if (s && s.type === 'TextPositionSelector' && !position) position = s;
  }
  return { quote, position };
}

/** Text offsets the selectors point to in `matcher`'s text, or null (orphan). */
export function anchorOffsets(matcher: TextMatcher, selectors: readonly Selector[]): QuoteMatch | null {
  const { quote, position } = pickSelectors(selectors);
  const oldStart =
    position && Number.isInteger(position.start) && position.start >= 0 ? position.start : undefined;
  if (quote) {
    return matcher.match({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: oldStart });
  }
  // A bare position cannot be checked against anything: trust it only if it still fits.
  if (position && oldStart !== undefined && Number.isInteger(position.end)) {
    if (position.end > oldStart && position.end <= matcher.text.length) {
      return {
        start: oldStart,
        end: position.end,
        method: 'position',
        score: 0,
        prefixSimilarity: null,
        suffixSimilarity: null,
      };
    }
  }
  return null;
}

/** Anchors many annotations on one root, indexing its text once. */
export function anchorAll(root: Element, selectorsList: readonly (readonly Selector[])[]): (Range | null)[] {
  const index: TextIndex = buildTextIndex(root);
  const matcher = new TextMatcher(index.text);
  return selectorsList.map((selectors) => {
    const m = anchorOffsets(matcher, selectors);
    return m ? offsetsToRange(index, m.start, m.end) : null;
  });
}

/** The range the selectors point to now, or null when it cannot be placed with confidence (an orphan). */
export function anchor(root: Element, selectors: Selector[]): Range | null {
  return anchorAll(root, [selectors])[0] ?? null;
}

export { TextMatcher } from './match';
export type { QuoteMatch, QuoteQuery, MatchMethod } from './match';
