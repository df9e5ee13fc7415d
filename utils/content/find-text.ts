// Finds a string in the live page's text, across element boundaries, without
// changing the page. Used to jump to a detected name or slogan.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The first Range in root whose text equals needle (ignoring nothing), or null. */
export function findTextRange(root: Node, needle: string): Range | null {
  if (!needle) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? 2 : 1),
  });
  // A sliding window of the text seen so far, with the node where each piece starts.
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(text.length);
    text += t.data;
    const at = text.indexOf(needle, Math.max(0, text.length - t.data.length - needle.length + 1));
    if (at >= 0) return rangeAt(doc, nodes, starts, at, at + needle.length);
  }
  return null;
}

function rangeAt(doc: Document, nodes: Text[], starts: number[], start: number, end: number): Range {
  const locate = (offset: number, preferEnd: boolean): [Text, number] => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const s = starts[i] as number;
      if (offset > s || (offset === s && !preferEnd)) return [nodes[i] as Text, offset - s];
    }
    return [nodes[0] as Text, 0];
  };
  const range = doc.createRange();
  const [sn, so] = locate(start, false);
  const [en, eo] = locate(end, true);
  range.setStart(sn, so);
  range.setEnd(en, eo);
  return range;
}
