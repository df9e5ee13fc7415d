// Placing highlights on a page too large for the approximate search (folding
// and indexing millions of characters holds the tab for a second or more): a
// highlight is placed only where its quote stands with its whole recorded
// context, verbatim, once on the page. All the quotes are looked for in one
// pass over the text, so 500 highlights cost one scan, not 500.

/** Characters hashed per window; needles shorter than this are searched one by one. */
const KEY = 16;
const BASE = 0x01000193;
const FILTER_BITS = 20;

function hashAt(s: string, from: number): number {
  let h = 0;
  for (let i = 0; i < KEY; i++) h = (Math.imul(h, BASE) + s.charCodeAt(from + i)) | 0;
  return h;
}

function uniqueByIndexOf(text: string, needle: string): number | null {
  const at = text.indexOf(needle);
  return at >= 0 && text.indexOf(needle, at + 1) < 0 ? at : null;
}

/**
 * For each needle, where it occurs in text if it occurs exactly once, else null
 * (absent, repeated, or empty). Occurrences may overlap.
 */
export function findUniqueAll(text: string, needles: readonly string[]): (number | null)[] {
  const found: (number | null)[] = needles.map(() => null);
  const seen = new Int32Array(needles.length);
  // Needles by the hash of their first KEY characters; a bit filter answers most windows.
  const byHash = new Map<number, number[]>();
  const filter = new Uint8Array(1 << FILTER_BITS);
  const mask = (1 << FILTER_BITS) - 1;
  needles.forEach((needle, i) => {
    if (needle.length === 0) return;
    if (needle.length < KEY) {
      found[i] = uniqueByIndexOf(text, needle);
      return;
    }
    const h = hashAt(needle, 0);
    const list = byHash.get(h);
    if (list) list.push(i);
    else byHash.set(h, [i]);
    filter[h & mask] = 1;
  });
  if (byHash.size === 0 || text.length < KEY) return found;

  // BASE^(KEY-1), to take the leaving character out of the rolling hash.
  let drop = 1;
  for (let i = 1; i < KEY; i++) drop = Math.imul(drop, BASE);
  let h = hashAt(text, 0);
  for (let at = 0; ; at++) {
    if (filter[h & mask]) {
      const list = byHash.get(h);
      if (list) {
        for (let k = list.length - 1; k >= 0; k--) {
          const i = list[k] as number;
          if (!text.startsWith(needles[i] as string, at)) continue;
          seen[i] = (seen[i] as number) + 1;
          if (seen[i] === 1) found[i] = at;
          else {
            // Repeated: settled, and no longer worth checking.
            found[i] = null;
            list.splice(k, 1);
          }
        }
        if (list.length === 0) byHash.delete(h);
      }
    }
    if (at + KEY >= text.length) break;
    h = (Math.imul(h - Math.imul(text.charCodeAt(at), drop), BASE) + text.charCodeAt(at + KEY)) | 0;
  }
  return found;
}
