// Fallback rendering where the CSS Custom Highlight API is missing: the text is
// wrapped in inline elements that carry only a background, and unwrapped again
// without leaving split text nodes behind.
import { buildTextIndex, pointToOffset } from '../anchor/text-index';
import type { HighlightColor } from '../core/records';
import { FILLS } from './colors';

/** Custom element name: no user-agent style, and page CSS does not target it. */
export const MARK_TAG = 'renda-hl';
export const MARK_ATTR = 'data-renda-hl';

/** Text inside these is not rendered as text, or wrapping it would break the element's content model. */
const NO_WRAP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'TITLE',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'COLGROUP',
  'UL',
  'OL',
  'DL',
]);
const BLANK = /^\s*$/;

export function markStyle(color: HighlightColor): string {
  // all: unset drops page rules that might target the element (padding, borders);
  // inherited properties (font, colour, line height) still come from the parent.
  return `all: unset; background-color: ${FILLS[color]};`;
}

/** Offsets of a range inside root's text (textContent), unaffected by later wrapping. */
export function rangeToOffsets(root: Element, range: Range): { start: number; end: number } {
  const index = buildTextIndex(root);
  return {
    start: pointToOffset(index, range.startContainer, range.startOffset),
    end: pointToOffset(index, range.endContainer, range.endOffset),
  };
}

/**
 * Wraps text [start, end) of root (textContent offsets) in mark elements and
 * returns them. Wrapping adds elements only: textContent, and so every other
 * highlight's offsets, stay the same.
 */
export function wrapOffsets(
  root: Element,
  start: number,
  end: number,
  id: string,
  color: HighlightColor,
): Element[] {
  const doc = root.ownerDocument;
  const index = buildTextIndex(root);
  const marks: Element[] = [];
  const pieces: { node: Text; s: number; e: number }[] = [];
  index.nodes.forEach((node, i) => {
    const nodeStart = index.starts[i] as number;
    const s = Math.max(start, nodeStart) - nodeStart;
    const e = Math.min(end, nodeStart + node.length) - nodeStart;
    if (s >= e || node.nodeType !== 3) return;
    const parent = node.parentElement;
    if (!parent || NO_WRAP.has(parent.tagName)) return;
    if (BLANK.test(node.data.slice(s, e))) return;
    pieces.push({ node: node as Text, s, e });
  });
  for (const { node, s, e } of pieces) {
    let piece = node;
    if (e < piece.length) piece.splitText(e);
    if (s > 0) piece = piece.splitText(s);
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute(MARK_ATTR, id);
    mark.setAttribute('style', markStyle(color));
    piece.parentNode?.replaceChild(mark, piece);
    mark.appendChild(piece);
    marks.push(mark);
  }
  return marks;
}

/** Removes mark elements, keeping their content, and joins the text nodes they had split. */
export function unwrapMarks(marks: Iterable<Element>): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const moved: Node[] = [];
    while (mark.firstChild) {
      moved.push(mark.firstChild);
      parent.insertBefore(mark.firstChild, mark);
    }
    parent.removeChild(mark);
    for (const node of moved) if (node.nodeType === 3 && node.parentNode) mergeWithNeighbours(node as Text);
  }
}

function mergeWithNeighbours(text: Text): void {
  let t = text;
  while (t.previousSibling && t.previousSibling.nodeType === 3) {
    const prev = t.previousSibling as Text;
    prev.appendData(t.data);
    t.remove();
    t = prev;
  }
  while (t.nextSibling && t.nextSibling.nodeType === 3) {
    const next = t.nextSibling as Text;
    t.appendData(next.data);
    next.remove();
  }
}
