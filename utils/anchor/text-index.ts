// Maps between DOM positions and offsets in root.textContent. Built once and
// shared by a whole batch of anchors: walking a long page is the costly part.

/** Node filter bits (NodeFilter is not a global in every environment, e.g. Node + linkedom). */
const SHOW_TEXT = 0x4;
const SHOW_CDATA_SECTION = 0x8;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_POSITION_FOLLOWING = 0x4;
const DOCUMENT_POSITION_CONTAINED_BY = 0x10;

export interface TextIndex {
  root: Element;
  /** Exactly root.textContent (CDATA and Text nodes in document order). */
  text: string;
  nodes: CharacterData[];
  /** starts[i] is the offset of nodes[i] in text; ascending. */
  starts: number[];
}

export interface DomPoint {
  node: Node;
  offset: number;
}

export function buildTextIndex(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_CDATA_SECTION);
  const nodes: CharacterData[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as CharacterData).data;
    nodes.push(n as CharacterData);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

function isTextLike(node: Node): node is CharacterData {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
}

/** Index of the last node whose start is <= offset (or -1). */
function lastNodeStartingAtOrBefore(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((index.starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The DOM point for a text offset. A start boundary prefers the beginning of the
 * next non-empty node, an end boundary the end of the previous one, so that a
 * range never begins or ends in a node it does not cover.
 */
export function offsetToPoint(index: TextIndex, offset: number, side: 'start' | 'end'): DomPoint | null {
  const { nodes, starts, text } = index;
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length || nodes.length === 0) return null;
  if (side === 'start') {
    let i = lastNodeStartingAtOrBefore(index, offset);
    // Skip nodes that end exactly at offset (and empty ones) to start inside the next one.
    while (
      i >= 0 &&
      i < nodes.length - 1 &&
      (starts[i] as number) + (nodes[i] as CharacterData).length <= offset
    )
      i++;
    const node = nodes[Math.max(0, i)] as CharacterData;
    return { node, offset: offset - (starts[Math.max(0, i)] as number) };
  }
  let i = lastNodeStartingAtOrBefore(index, offset);
  // Prefer the end of the previous non-empty node when offset is at a node boundary.
  while (i > 0 && (starts[i] as number) === offset) i--;
  const node = nodes[Math.max(0, i)] as CharacterData;
  return { node, offset: Math.min(node.length, offset - (starts[Math.max(0, i)] as number)) };
}

/** First index whose node is at or after the given position in document order. */
function firstNodeAtOrAfter(index: TextIndex, isAtOrAfter: (n: Node) => boolean): number {
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAtOrAfter(index.nodes[mid] as Node)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The text offset of a DOM boundary point; throws when the point is outside root. */
export function pointToOffset(index: TextIndex, container: Node, offset: number): number {
  const { root, nodes, starts, text } = index;
  if (container !== root && !root.contains(container)) {
    // A boundary before or after root clamps to its ends, as a selection that overflows root would.
    if (container.contains(root)) {
      let child: Node = root;
      while (child.parentNode !== container) child = child.parentNode as Node;
      const childIndex = Array.prototype.indexOf.call(container.childNodes, child) as number;
      return offset <= childIndex ? 0 : text.length;
    }
    const pos = root.compareDocumentPosition(container);
    return pos & DOCUMENT_POSITION_FOLLOWING ? text.length : 0;
  }
  if (isTextLike(container)) {
    const i = nodes.indexOf(container);
    if (i < 0) throw new Error('anchor: the range boundary is in a text node that is not indexed');
    return (starts[i] as number) + Math.min(Math.max(0, offset), container.length);
  }
  const child = container.childNodes[offset] ?? null;
  let i: number;
  if (child) {
    i = firstNodeAtOrAfter(index, (n) => {
      if (n === child) return true;
      const rel = child.compareDocumentPosition(n);
      return (rel & (DOCUMENT_POSITION_FOLLOWING | DOCUMENT_POSITION_CONTAINED_BY)) !== 0;
    });
  } else {
    // After the container's last child: the first text node following the container's subtree.
    i = firstNodeAtOrAfter(index, (n) => {
      if (n === container || container.contains(n)) return false;
      return (container.compareDocumentPosition(n) & DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
  }
  return i < nodes.length ? (starts[i] as number) : text.length;
}

/** A live Range over [start, end) of the indexed text, or null when out of bounds. */
export function offsetsToRange(index: TextIndex, start: number, end: number): Range | null {
  if (start > end) return null;
  const a = offsetToPoint(index, start, 'start');
  const b = offsetToPoint(index, end, start === end ? 'start' : 'end');
  if (!a || !b) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
