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

/** Every start offset of `needle` in `text`, non-overlapping. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Escapes a string for use inside a RegExp. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
