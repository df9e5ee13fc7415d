// Which highlight a caret position falls in. Pure over DOM Ranges, so it works the
// same for the custom-highlight renderer (which has no elements to click on).

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** The caret position under a viewport point, by whichever API the browser has. */
export function caretAtPoint(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * The id of the last-added highlight whose range contains the point (the one
 * drawn on top), or null. Collapsed ranges never match.
 */
export function highlightAtPoint(
  entries: Iterable<readonly [string, Range]>,
  point: CaretPoint,
): string | null {
  let found: string | null = null;
  for (const [id, range] of entries) {
    if (range.collapsed) continue;
    try {
      if (range.isPointInRange(point.node, point.offset)) found = id;
    } catch {
      // The point is in another document or a doctype: not in this range.
    }
  }
  return found;
}

/** White space and nothing else: what a triple click picks up past a highlight's end, or what
 * lies between two ways of naming one place (the end of a text node, the start of the next). */
const BLANK = /^\s*$/;

/** Most characters of white space read between two points before they count as apart: a gap
 * of real text shows in its first character, this only bounds a long run of spaces. */
const GAP_LIMIT = 200;

// Range's comparison constants, by value: Node has no global Range to read them from.
const START_TO_START = 0;
const END_TO_END = 2;

/** The first text node at or after a boundary point, in document order. */
function firstTextFrom(walker: TreeWalker, node: Node, offset: number): Node | null {
  const start = node.nodeType === 3 ? node : node.childNodes[offset];
  if (start) {
    walker.currentNode = start;
    return start.nodeType === 3 ? start : walker.nextNode();
  }
  // A point after the last child: the text after the whole subtree.
  let last = node;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  return walker.nextNode();
}

/** Whether only white space lies in the gap between two points (a at or before b). Reads the
 * gap's text only, from its start: the cost is the gap's, not the page's. */
function blankBetween(aNode: Node, aOffset: number, bNode: Node, bOffset: number): boolean {
  const doc = aNode.ownerDocument ?? (aNode as Document);
  const gap = doc.createRange();
  gap.setStart(aNode, aOffset);
  gap.setEnd(bNode, bOffset);
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  let read = 0;
  for (let t = firstTextFrom(walker, aNode, aOffset); t; t = walker.nextNode()) {
    // comparePoint is 1 for a point after the gap's end: no more text in the gap.
    if (t !== aNode && gap.comparePoint(t, 0) > 0) return true;
    const data = (t as Text).data;
    const slice = data.slice(t === aNode ? aOffset : 0, t === bNode ? bOffset : data.length);
    if (!BLANK.test(slice)) return false;
    if (t === bNode) return true;
    read += slice.length;
    if (read > GAP_LIMIT) return false;
  }
  return true;
}

/** Whether the selection lies within the highlight: each end inside it, or outside by white space only. */
export function rangeWithin(selection: Range, highlight: Range): boolean {
  if (highlight.collapsed) return false;
  try {
    const startsIn =
      selection.compareBoundaryPoints(START_TO_START, highlight) >= 0 ||
      blankBetween(
        selection.startContainer,
        selection.startOffset,
        highlight.startContainer,
        highlight.startOffset,
      );
    if (!startsIn) return false;
    return (
      selection.compareBoundaryPoints(END_TO_END, highlight) <= 0 ||
      blankBetween(highlight.endContainer, highlight.endOffset, selection.endContainer, selection.endOffset)
    );
  } catch {
    // The ranges are in different documents: one cannot be within the other.
    return false;
  }
}

/**
 * The id of the last-added highlight that the selection lies entirely within (the one drawn on
 * top), or null: a selection that only overlaps highlights, or holds no text, is a new one.
 */
export function highlightContaining(
  entries: Iterable<readonly [string, Range]>,
  selection: Range,
): string | null {
  if (selection.collapsed || BLANK.test(selection.toString())) return null;
  let found: string | null = null;
  for (const [id, range] of entries) if (rangeWithin(selection, range)) found = id;
  return found;
}
