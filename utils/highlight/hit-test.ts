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
