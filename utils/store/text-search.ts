// Search in saved article text: the versions holding every bigram of the query (text-index.ts),
// newest first, checked against their text; one hit per page, from its newest version that holds
// the query, with an excerpt to show where.
import { findAll } from '../core/fold';
import type { StoredVersion } from '../core/records';
import type { SearchHit } from '../core/views';
import type { RendaDb } from './schema';
import { versionsWithGrams } from './text-index';
import { summaryOf } from './versions';

/** Versions read per round while filling the result list. */
const BATCH = 50;
/**
 * Pages found by their article text at most, per query: a common bigram is in most articles, and
 * reading hundreds of them would hold a search-as-you-type box for a second. A longer query narrows it.
 */
export const MAX_TEXT_HITS = 30;
/** Characters of the article shown before and after the first occurrence. */
const BEFORE = 30;
const AFTER = 60;

/** The passage around text[start, end), at most BEFORE/AFTER characters either side, within its line. */
function excerptAt(text: string, start: number, end: number): { excerpt: string; offset: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const from = Math.max(lineStart, start - BEFORE);
  const to = Math.min(lineEnd, end + AFTER);
  return { excerpt: text.slice(from, to), offset: from };
}

/** Inside a read transaction over pages and versions: text hits for a folded query and its bigrams. */
export async function textHits(
  db: RendaDb,
  foldedQuery: string,
  grams: readonly string[],
  limit: number,
): Promise<SearchHit[]> {
  const ns = await versionsWithGrams(db, grams);
  limit = Math.min(limit, MAX_TEXT_HITS);
  const hits: SearchHit[] = [];
  const pagesDone = new Set<string>();
  for (let i = 0; i < ns.length && hits.length < limit; i += BATCH) {
    const versions = (await db.versions.bulkGet(ns.slice(i, i + BATCH))).filter(
      (v): v is StoredVersion => !!v && !pagesDone.has(v.pageUrl),
    );
    const found: { v: StoredVersion; at: number[] }[] = [];
    for (const v of versions) {
      if (pagesDone.has(v.pageUrl)) continue;
      const at = findAll(v.text, foldedQuery);
      if (at.length === 0) continue;
      pagesDone.add(v.pageUrl);
      found.push({ v, at });
    }
    const pages = await db.pages.bulkGet(found.map((f) => f.v.pageUrl));
    for (const [j, { v, at }] of found.entries()) {
      const page = pages[j];
      if (!page || hits.length >= limit) continue;
      const first = at[0] as number;
      const { excerpt, offset } = excerptAt(v.text, first, first + foldedQuery.length);
      const matches = at
        .filter((s) => s >= offset && s + foldedQuery.length <= offset + excerpt.length)
        .map((s) => ({ field: 'text' as const, start: s - offset, end: s - offset + foldedQuery.length }));
      const current = page.archive?.current === v.hash;
      hits.push({ kind: 'text', page, version: summaryOf(v), current, excerpt, matches, count: at.length });
    }
  }
  return hits;
}
