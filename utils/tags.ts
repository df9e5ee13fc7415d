// Tag entry rules shared by the in-page editor and the library: ',' and the
// full-width '，' (and '、') separate tags, as Chinese input methods type them.

import { fold } from './core/fold';

const SEPARATORS = /[,，、;；\n]/;

/** Splits typed text into finished tags and the unfinished rest after the last separator. */
export function splitTagInput(input: string): { tags: string[]; rest: string } {
  const parts = input.split(SEPARATORS);
  const rest = parts.pop() ?? '';
  return { tags: parts.map((p) => p.trim()).filter(Boolean), rest };
}

/** Adds tags, keeping the first spelling of each and the order they came in. */
export function addTags(existing: readonly string[], added: readonly string[]): string[] {
  const out = [...existing];
  for (const tag of added.map((t) => t.trim())) if (tag && !out.includes(tag)) out.push(tag);
  return out;
}

/**
 * Suggestions for what is being typed: prefix matches first, then other matches, never a tag already
 * set. Compared folded, so 人大 suggests 人大工作 as well as 人大工作 written in traditional characters.
 */
export function suggestTags(
  typed: string,
  candidates: readonly string[],
  chosen: readonly string[],
  limit = 8,
): string[] {
  const q = fold(typed.trim());
  const set = new Set(chosen.map(fold));
  // Each candidate folded once: this runs on every key press in the tag field.
  const pool = [...new Set(candidates)]
    .map((c) => ({ c, f: fold(c) }))
    .filter(({ c, f }) => c && !set.has(f));
  if (!q) return pool.slice(0, limit).map(({ c }) => c);
  const starts = pool.filter(({ f }) => f.startsWith(q));
  const contains = pool.filter(({ f }) => !f.startsWith(q) && f.includes(q));
  return [...starts, ...contains].slice(0, limit).map(({ c }) => c);
}

/**
 * Whether an Enter key press commits the tag. The Enter that confirms an IME candidate
 * (isComposing, or keyCode 229 in browsers that end composition first) must not.
 */
export function enterCommits(e: { key: string; isComposing: boolean; keyCode: number }): boolean {
  return e.key === 'Enter' && !e.isComposing && e.keyCode !== 229;
}
