// Traditional and simplified characters, one UTF-16 unit for one (OpenCC's table, see
// data/generate-t2s.ts), so that text converted here keeps every offset: detection reads
// the simplified form and reports what it found as the page writes it.
import { T2S_PAIRS } from './data/t2s';

let table: Map<number, number> | null = null;

function t2s(): Map<number, number> {
  if (!table) {
    table = new Map();
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2)
      table.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS.charCodeAt(i + 1));
  }
  return table;
}

/** The simplified form of one UTF-16 unit (itself when it has none). */
export function simplifiedUnit(code: number): number {
  return t2s().get(code) ?? code;
}

/** The text in simplified characters, of the same length. */
export function toSimplified(s: string): string {
  const map = t2s();
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const to = map.get(s.charCodeAt(i));
    if (to === undefined) continue;
    out += s.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
