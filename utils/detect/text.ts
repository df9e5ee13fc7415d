import type { Span } from '../types';
// Character classes and small helpers shared by the rules.

export const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u3400' && c <= '\u9fff';

/** A set for fast membership, from a word list. */
export const setOf = (list: readonly string[]): ReadonlySet<string> => new Set(list);

/** Words of a list, longest first, so a scan takes the longest entry that fits. */
export const longestFirst = (list: readonly string[]): string[] =>
  [...list].sort((a, b) => b.length - a.length);

// Word lists indexed by their first and last character, so that a lookup tries only the few words
// that can fit (a scan calls these at almost every character).
const byFirst = new WeakMap<readonly string[], Map<string, string[]>>();
const byLast = new WeakMap<readonly string[], Map<string, string[]>>();

function index(
  cache: WeakMap<readonly string[], Map<string, string[]>>,
  words: readonly string[],
  key: (w: string) => string,
): Map<string, string[]> {
  let m = cache.get(words);
  if (!m) {
    m = new Map();
    for (const w of words) {
      const k = key(w);
      const list = m.get(k) ?? [];
      list.push(w);
      m.set(k, list);
    }
    cache.set(words, m);
  }
  return m;
}

/** The longest word of `words` (longest first) that ends exactly at `end` in `text`. */
export function wordEndingAt(text: string, end: number, words: readonly string[]): string | undefined {
  const last = text[end - 1];
  if (last === undefined) return undefined;
  const candidates = index(byLast, words, (w) => w[w.length - 1] ?? '').get(last);
  if (candidates)
    for (const w of candidates) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return w;
  return undefined;
}

/** The longest word of `words` (longest first) that starts exactly at `start` in `text`. */
export function wordStartingAt(text: string, start: number, words: readonly string[]): string | undefined {
  const first = text[start];
  if (first === undefined) return undefined;
  const candidates = index(byFirst, words, (w) => w[0] ?? '').get(first);
  if (candidates) for (const w of candidates) if (text.startsWith(w, start)) return w;
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

/** The spans of every occurrence of needle in text. */
export const spans = (text: string, needle: string): Span[] =>
  occurrences(text, needle).map((start) => ({ start, end: start + needle.length }));
