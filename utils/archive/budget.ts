// Bounded storage for saved articles. A long government article (a work report, a full
// session's proceedings) runs to 20,000–60,000 characters; the corpus's longest is under 100,000.
// Anything far past that is not an article but a page of lists or a dump, and keeping it would
// crowd out real ones. The total allows tens of thousands of ordinary articles: 1,000 of them
// take about 10 MB as stored here, and unlimitedStorage lets the database grow past the browser's
// default quota. At either limit nothing is deleted to make room: the version is not kept and
// the reader is told (page record `archive.notKept`).

/** Characters of text one saved version may have. */
export const VERSION_BUDGET_CHARS = 500_000;
/** Bytes all saved versions together may take (as versionBytes counts them). */
export const TOTAL_BUDGET_BYTES = 500 * 1024 * 1024;

/**
 * A version's size as the budget counts it: its title and text as UTF-16 (two bytes a code unit,
 * what JavaScript strings and IndexedDB's values hold), an estimate of what it takes on disk.
 */
export function versionBytes(v: { title: string; text: string }): number {
  return 2 * (v.title.length + v.text.length);
}

export type BudgetVerdict =
  { ok: true } | { ok: false; reason: 'version-too-large' | 'library-full'; limit: number; size: number };

/** Whether a version of this size may be kept when the saved versions take `usedBytes`. */
export function checkBudget(size: { chars: number; bytes: number }, usedBytes: number): BudgetVerdict {
  if (size.chars > VERSION_BUDGET_CHARS)
    return { ok: false, reason: 'version-too-large', limit: VERSION_BUDGET_CHARS * 2, size: size.bytes };
  if (usedBytes + size.bytes > TOTAL_BUDGET_BYTES)
    return { ok: false, reason: 'library-full', limit: TOTAL_BUDGET_BYTES, size: size.bytes };
  return { ok: true };
}
