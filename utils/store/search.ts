// Full-text search over quotes, notes, tags and page titles, Chinese included:
// candidates come from the intersection of the query's n-gram postings, and only
// those whose text really contains the query are returned.
import { DbError } from '../core/errors';
import { findAll, fold } from '../core/fold';
import { quoteOf, type AnnotationRecord } from '../core/records';
import { guard } from './errors';
import type { RendaDb } from './schema';
import { parseTermsKey, queryGrams } from './terms';
import { textHits } from './text-search';
import type { SearchField, SearchHit, SearchMatch, SearchOptions } from '../core/views';

/** Records read per round while filling the result list. */
const BATCH = 100;

function cmpDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Newest first: a highlight by its last change, a page (its title, its article) by its own. */
function stampOf(h: SearchHit): number {
  return h.kind === 'annotation' ? h.annotation.updated : h.page.updated;
}

function matchesIn(field: SearchField, text: string, q: string, tag?: number): SearchMatch[] {
  return findAll(text, q).map((start) => ({
    field,
    ...(tag !== undefined ? { tag } : {}),
    start,
    end: start + q.length,
  }));
}

export function annotationMatches(a: AnnotationRecord, foldedQuery: string): SearchMatch[] {
  return [
    ...matchesIn('quote', quoteOf(a), foldedQuery),
    ...matchesIn('note', a.note, foldedQuery),
    ...a.tags.flatMap((t, i) => matchesIn('tag', t, foldedQuery, i)),
  ];
}

/**
 * Highlights and pages whose quote, note, tags, title or saved article text contain the query
 * (case- and width-insensitive, either script). Newest first. Article text is searched from two
 * characters (a bigram) on.
 */
export function search(db: RendaDb, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  return guard('search', async () => {
    if (typeof query !== 'string') throw new DbError('invalid', 'The search query must be text.');
    const q = fold(query.trim());
    if (q === '') return [];
    const limit = options.limit ?? 200;
    const grams = queryGrams(q);
    if (grams.length === 0) return scan(db, q, limit);

    return db.transaction('r', [db.terms, db.annotations, db.pages, db.versions, db.textgrams], async () => {
      const postings = await Promise.all(grams.map((g) => db.terms.where('grams').equals(g).primaryKeys()));
      postings.sort((a, b) => a.length - b.length);
      let candidates = postings[0] ?? [];
      for (const p of postings.slice(1)) {
        if (candidates.length === 0) break;
        const next = new Set(p);
        candidates = candidates.filter((k) => next.has(k));
      }
      // Newest first by key alone (kind:time:ref), then read and check only as many as needed.
      candidates.sort((a, b) => cmpDesc(a.slice(2), b.slice(2)));

      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < candidates.length && hits.length < limit; i += BATCH) {
        const annIds: string[] = [];
        const pageUrls: string[] = [];
        for (const key of candidates.slice(i, i + BATCH)) {
          const ref = parseTermsKey(key);
          // A stale row (left by an older version, say) must not give the same record twice.
          if (!ref || seen.has(key[0] + ref.ref)) continue;
          seen.add(key[0] + ref.ref);
          (ref.kind === 'a' ? annIds : pageUrls).push(ref.ref);
        }
        const [anns, titlePages] = await Promise.all([
          db.annotations.bulkGet(annIds),
          db.pages.bulkGet(pageUrls),
        ]);
        const annHits: { annotation: AnnotationRecord; matches: SearchMatch[] }[] = [];
        for (const a of anns) {
          if (!a) continue;
          const matches = annotationMatches(a, q);
          if (matches.length > 0) annHits.push({ annotation: a, matches });
        }
        const needed = [...new Set(annHits.map((h) => h.annotation.pageUrl))];
        const got = await db.pages.bulkGet(needed);
        const pageOf = new Map(needed.map((u, j) => [u, got[j]]));
        for (const h of annHits) {
          hits.push({ kind: 'annotation', ...h, page: pageOf.get(h.annotation.pageUrl) ?? null });
        }
        for (const p of titlePages) {
          if (!p) continue;
          const matches = matchesIn('title', p.title, q);
          if (matches.length > 0) hits.push({ kind: 'page', page: p, matches });
        }
      }
      hits.push(...(await textHits(db, q, grams, limit)));
      hits.sort((a, b) => stampOf(b) - stampOf(a));
      return hits.slice(0, limit);
    });
  });
}

/**
 * A query without a bigram (one character) is not in the index: read records newest first and stop
 * once `limit` of each kind are found. Slow only for a rare character in a large library.
 */
function scan(db: RendaDb, q: string, limit: number): Promise<SearchHit[]> {
  return db.transaction('r', db.annotations, db.pages, async () => {
    const annHits: { annotation: AnnotationRecord; matches: SearchMatch[] }[] = [];
    await db.annotations
      .orderBy('updated')
      .reverse()
      .until(() => annHits.length >= limit)
      .each((a) => {
        const matches = annotationMatches(a, q);
        if (matches.length > 0) annHits.push({ annotation: a, matches });
      });
    const pageHits: SearchHit[] = [];
    await db.pages
      .orderBy('updated')
      .reverse()
      .until(() => pageHits.length >= limit)
      .each((p) => {
        const matches = matchesIn('title', p.title, q);
        if (matches.length > 0) pageHits.push({ kind: 'page', page: p, matches });
      });
    const needed = [...new Set(annHits.map((h) => h.annotation.pageUrl))];
    const got = await db.pages.bulkGet(needed);
    const pageOf = new Map(needed.map((u, j) => [u, got[j]]));
    const hits: SearchHit[] = [
      ...annHits.map((h) => ({
        kind: 'annotation' as const,
        ...h,
        page: pageOf.get(h.annotation.pageUrl) ?? null,
      })),
      ...pageHits,
    ];
    return hits.sort((a, b) => stampOf(b) - stampOf(a)).slice(0, limit);
  });
}
