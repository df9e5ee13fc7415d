// Character classes and small helpers shared by the rules.

export const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u3400' && c <= '\u9fff';

/** A set for fast membership, from a word list. */
export const setOf = (list: readonly string[]): ReadonlySet<string> => new Set(list);

/** Words of a list, longest first, so a scan takes the longest entry that fits. */
export const longestFirst = (list: readonly string[]): string[] =>
  [...list].sort((a, b) => b.length - a.length);

/** The longest word of `words` (longest first) that ends exactly at `end` in `text`. */
export function wordEndingAt(text: string, end: number, words: readonly string[]): string | undefined {
  for (const w of words) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return w;
  return undefined;
}

/** The longest word of `words` (longest first) that starts exactly at `start` in `text`. */
export function wordStartingAt(text: string, start: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, start)) return w;
  return undefined;
}

// The rules ask for the same names again and again in one article (in its headline, body and both):
// remember the answers for the last few texts.
const caches = new Map<string, Map<string, readonly number[]>>();

/** Forgets remembered offsets: each detect() starts afresh, so timings and memory stay per article. */
export function clearOccurrences(): void {
  caches.clear();
}

/** Every start offset of `needle` in `text`, non-overlapping. */
export function occurrences(text: string, needle: string): readonly number[] {
  if (!needle) return [];
  let cache = caches.get(text);
  if (!cache) {
    if (caches.size >= 4) caches.clear();
    cache = new Map();
    caches.set(text, cache);
  }
  const hit = cache.get(needle);
  if (hit) return hit;
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  cache.set(needle, out);
  return out;
}

/** Escapes a string for use inside a RegExp. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
