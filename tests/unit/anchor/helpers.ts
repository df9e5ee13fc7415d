import { JSDOM } from 'jsdom';
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
