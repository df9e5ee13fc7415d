import { JSDOM } from 'jsdom';
import { anchorOffsets, describeOffsets, TextMatcher } from '../../../utils/anchor/index';
import { buildTextIndex, offsetsToRange } from '../../../utils/anchor/text-index';

export function makeRoot(html: string): Element {
  const { document } = new JSDOM(`<!doctype html><body><div id="root">${html}</div></body>`).window;
  return document.getElementById('root') as Element;
}

/**
 * Finds "before[quote]after" (brackets mark the quote) in a text: the whole
 * string without brackets must occur exactly once. Returns the quote's offsets.
 */
export function locate(text: string, spec: string): { start: number; end: number } {
  const open = spec.indexOf('[');
  const close = spec.indexOf(']');
  if (open < 0 || close < open) throw new Error(`bad spec ${spec}`);
  const plain = spec.slice(0, open) + spec.slice(open + 1, close) + spec.slice(close + 1);
  const at = text.indexOf(plain);
  if (at < 0 || text.indexOf(plain, at + 1) >= 0) throw new Error(`spec ${spec} must occur once in ${text}`);
  return { start: at + open, end: at + close - 1 };
}

export function rangeFor(root: Element, spec: string): Range {
  const index = buildTextIndex(root);
  const { start, end } = locate(index.text, spec);
  const r = offsetsToRange(index, start, end);
  if (!r) throw new Error('no range');
  return r;
}

/** Offsets of a range in root.textContent, counted the slow obvious way. */
export function offsetsOf(root: Element, range: Range): { start: number; end: number } {
  const doc = root.ownerDocument;
  const before = doc.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** A page change: the highlight made on `before`, and where it belongs on `after`. */
export interface ChangeCase {
  name: string;
  /** The page when the highlight was made, and the highlight as "before[quote]after". */
  before: string;
  select: string;
  /** The page now, and where the highlight belongs ("before[quote]after"), or null: an orphan. */
  after: string;
  expect: string | null;
}

/** Where the matcher puts the case's highlight on the changed text, and where it belongs. */
export function reanchorCase(c: ChangeCase): {
  got: { start: number; end: number } | null;
  want: { start: number; end: number } | null;
} {
  const { start, end } = locate(c.before, c.select);
  const m = anchorOffsets(new TextMatcher(c.after), describeOffsets(c.before, start, end));
  return {
    got: m && { start: m.start, end: m.end },
    want: c.expect === null ? null : locate(c.after, c.expect),
  };
}
