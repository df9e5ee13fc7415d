// Selectors ↔ DOM ranges (the anchoring contract in DESIGN.md). Offsets are
// JavaScript string offsets into root.textContent.

import { standsAt, TextMatcher, type QuoteMatch, type QuoteQuery } from './match';
import { buildTextIndex, offsetsToRange, pointToOffset, type TextIndex } from './text-index';
import type { Selector, TextPositionSelector, TextQuoteSelector } from './types';
import { findUniqueAll } from './verbatim';

export type { Selector, TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Page text beyond which highlights are only placed where quote and context
 * stand verbatim (see verbatim.ts): past it the approximate search took over a
 * second in jsdom (12 M characters: folding 0.5 s, indexing 0.4 s, matching
 * 0.5 s for 20 highlights). The analyzer stops at the same size (PAGE_LIMITS).
 */
export const FULL_SEARCH_CHARS = 1_000_000;

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

function oldStartOf(position: TextPositionSelector | undefined): number | undefined {
  return position && Number.isInteger(position.start) && position.start >= 0 ? position.start : undefined;
}

/** What anchoring needs of a matcher: TextMatcher, or the model's ModelMatcher (utils/anchor/model/). */
export interface QuoteFinder {
  readonly text: string;
  match(q: QuoteQuery): QuoteMatch | null;
}

/**
 * Text offsets the selectors point to in `matcher`'s text, or null (orphan).
 * `expectedStart` overrides where the quote is looked for first (the recorded
 * position corrected for text inserted or removed before it).
 */
export function anchorOffsets(
  matcher: QuoteFinder,
  selectors: readonly Selector[],
  expectedStart?: number,
): QuoteMatch | null {
  const { quote, position } = pickSelectors(selectors);
  const oldStart = oldStartOf(position);
  if (quote) {
    const start = expectedStart ?? oldStart;
    return matcher.match({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start });
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

/** Characters by which the shifts of neighbouring sure placements may differ and still corroborate each other. */
const SHIFT_AGREEMENT = 1000;

/** Placed at its recorded position, or with its whole recorded context standing verbatim around it. */
function isSure(m: QuoteMatch): boolean {
  return (
    m.method === 'position' || (m.method === 'exact' && m.prefixSimilarity === 1 && m.suffixSimilarity === 1)
  );
}

/**
 * Anchors many annotations on one text. Those placed for sure tell how far the
 * text before each place moved (paragraphs inserted or removed above it); the
 * others are looked for again where the nearest sure one before them says
 * their recorded position went: every rule that weighs distance from the old
 * place then measures from the right place. A second look that finds nothing
 * keeps what the first found from the recorded position.
 */
export function anchorOffsetsAll(
  matcher: QuoteFinder,
  selectorsList: readonly (readonly Selector[])[],
  maxSearchChars = FULL_SEARCH_CHARS,
): (QuoteMatch | null)[] {
  if (matcher.text.length > maxSearchChars) return anchorVerbatimAll(matcher, selectorsList);
  const first = selectorsList.map((selectors) => anchorOffsets(matcher, selectors));
  const olds = selectorsList.map((selectors) => oldStartOf(pickSelectors(selectors).position));
  const shifts: { old: number; shift: number }[] = [];
  first.forEach((m, i) => {
    const old = olds[i];
    if (m && old !== undefined && isSure(m)) shifts.push({ old, shift: m.start - old });
  });
  shifts.sort((a, b) => a.old - b.old);
  // A sure placement out of order with the others is a twin far away (the
  // same passage in a script or a summary): its shift says nothing. Nor does
  // one whose shift no neighbour shares, or one alone: it may be such a twin.
  const ordered = longestIncreasing(shifts, (e) => e.old + e.shift);
  const inOrder = ordered.filter((e, k) =>
    [ordered[k - 1], ordered[k + 1]].some(
      (n) => n !== undefined && Math.abs(n.shift - e.shift) <= SHIFT_AGREEMENT,
    ),
  );
  if (inOrder.length === 0) return first;
  return first.map((m, i) => {
    const old = olds[i];
    if ((m && isSure(m)) || old === undefined) return m;
    const before = nearestBefore(inOrder, old);
    if (!before || before.shift === 0) return m;
    return anchorOffsets(matcher, selectorsList[i] ?? [], Math.max(0, old + before.shift)) ?? m;
  });
}

/** The longest subsequence whose keys strictly increase (patience sorting, O(n log n)). */
function longestIncreasing<T>(items: readonly T[], key: (item: T) => number): T[] {
  const tails: number[] = [];
  const previous = new Int32Array(items.length).fill(-1);
  items.forEach((item, i) => {
    const k = key(item);
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(items[tails[mid] as number] as T) < k) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const out: T[] = [];
  for (let i = tails.length ? (tails[tails.length - 1] as number) : -1; i >= 0; i = previous[i] as number)
    out.push(items[i] as T);
  return out.reverse();
}

/** The entry with the largest `old` not after `at` (entries sorted by `old`). */
function nearestBefore<T extends { old: number }>(sorted: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = sorted[mid] as T;
    if (e.old <= at) {
      found = e;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Places each annotation at its recorded position if quote and context still
 * stand there, else where quote and context stand verbatim once on the page.
 */
function anchorVerbatimAll(
  matcher: QuoteFinder,
  selectorsList: readonly (readonly Selector[])[],
): (QuoteMatch | null)[] {
  const { text } = matcher;
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const queries = selectorsList.map((selectors) => {
    const { quote, position } = pickSelectors(selectors);
    if (!quote) return null;
    const q = { exact: str(quote.exact), prefix: str(quote.prefix), suffix: str(quote.suffix) };
    const start = oldStartOf(position);
    return { ...q, atOldPlace: start !== undefined && q.exact !== '' && standsAt(text, q, start) };
  });
  const needles = queries.map((q) => (q && q.exact && !q.atOldPlace ? q.prefix + q.exact + q.suffix : ''));
  const found = findUniqueAll(text, needles);
  return queries.map((q, i): QuoteMatch | null => {
    // Without a quote, or at its recorded position: the ordinary rules, which need no search.
    if (!q || q.atOldPlace) return anchorOffsets(matcher, selectorsList[i] ?? []);
    const at = found[i];
    if (at === null || at === undefined) return null;
    const start = at + q.prefix.length;
    return {
      start,
      end: start + q.exact.length,
      method: 'exact',
      score: 1,
      prefixSimilarity: q.prefix ? 1 : null,
      suffixSimilarity: q.suffix ? 1 : null,
    };
  });
}

export interface Anchored {
  /** Each annotation's range, or null when it cannot be placed with confidence (an orphan). */
  ranges: (Range | null)[];
  /**
   * The page is beyond FULL_SEARCH_CHARS: only quotes standing verbatim with
   * their context were looked for, so an orphan may merely have changed.
   */
  verbatimOnly: boolean;
}

/** Anchors many annotations on one root, indexing its text once. */
export function anchorAll(root: Element, selectorsList: readonly (readonly Selector[])[]): Anchored {
  const index: TextIndex = buildTextIndex(root);
  const matches = anchorOffsetsAll(new TextMatcher(index.text), selectorsList);
  return {
    ranges: matches.map((m) => (m ? offsetsToRange(index, m.start, m.end) : null)),
    verbatimOnly: index.text.length > FULL_SEARCH_CHARS,
  };
}

/** The range the selectors point to now, or null when it cannot be placed with confidence (an orphan). */
export function anchor(root: Element, selectors: Selector[]): Range | null {
  return anchorAll(root, [selectors]).ranges[0] ?? null;
}

export { TextMatcher } from './match';
export type { QuoteMatch, QuoteQuery, MatchMethod } from './match';
