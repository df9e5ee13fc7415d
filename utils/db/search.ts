// Full-text search over quotes, notes, tags and page titles, Chinese included:
// candidates come from the intersection of the query's n-gram postings, and only
// those whose text really contains the query are returned.
import { DbError, guard } from './errors';
import type { AnnotationRecord, PageRecord } from './model';
import type { RendaDb } from './schema';
import { findAll, fold, queryGrams, quoteOf } from './text';

export type SearchField = 'quote' | 'note' | 'tag' | 'title';

export interface SearchMatch {
  field: SearchField;
  /** For field 'tag': which tag (index into annotation.tags). */
  tag?: number;
  /** JavaScript string offsets into that field's text: text.slice(start, end) is the matched text. */
  start: number;
  end: number;
}

export type SearchHit =
  | { kind: 'annotation'; annotation: AnnotationRecord; page: PageRecord | null; matches: SearchMatch[] }
  | { kind: 'page'; page: PageRecord; matches: SearchMatch[] };

export interface SearchOptions {
  /** At most this many hits (default 200). */
  limit?: number;
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

/** Highlights and pages whose quote, note, tags or title contain the query (case- and width-insensitive). Newest first. */
export function search(db: RendaDb, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  return guard('search', async () => {
    if (typeof query !== 'string') throw new DbError('invalid', 'The search query must be text.');
    const q = fold(query.trim());
    const grams = queryGrams(q);
    if (grams.length === 0) return [];
    const limit = options.limit ?? 200;

    return db.transaction('r', db.terms, db.annotations, db.pages, async () => {
      const postings = await Promise.all(grams.map((g) => db.terms.where('grams').equals(g).primaryKeys()));
      postings.sort((a, b) => a.length - b.length);
      let candidates = new Set(postings[0]);
      for (const p of postings.slice(1)) {
        if (candidates.size === 0) break;
        const next = new Set(p);
        candidates = new Set([...candidates].filter((k) => next.has(k)));
      }
      const annIds: string[] = [];
      const pageUrls: string[] = [];
      for (const k of candidates) {
        if (k.startsWith('a:')) annIds.push(k.slice(2));
        else if (k.startsWith('p:')) pageUrls.push(k.slice(2));
      }

      const hits: SearchHit[] = [];
      const anns = (await db.annotations.bulkGet(annIds)).filter((a): a is AnnotationRecord => !!a);
      const annHits: { annotation: AnnotationRecord; matches: SearchMatch[] }[] = [];
      for (const a of anns) {
        const matches = annotationMatches(a, q);
        if (matches.length > 0) annHits.push({ annotation: a, matches });
      }
      const titlePages = (await db.pages.bulkGet(pageUrls)).filter((p): p is PageRecord => !!p);
      for (const p of titlePages) {
        const matches = matchesIn('title', p.title, q);
        if (matches.length > 0) hits.push({ kind: 'page', page: p, matches });
      }
      const pageOf = new Map<string, PageRecord | undefined>();
      const needed = [...new Set(annHits.map((h) => h.annotation.pageUrl))];
      const got = await db.pages.bulkGet(needed);
      needed.forEach((u, i) => pageOf.set(u, got[i]));
      for (const h of annHits) {
        hits.push({ kind: 'annotation', ...h, page: pageOf.get(h.annotation.pageUrl) ?? null });
      }
      const stamp = (h: SearchHit) => (h.kind === 'annotation' ? h.annotation.updated : h.page.updated);
      hits.sort((a, b) => stamp(b) - stamp(a));
      return hits.slice(0, limit);
    });
  });
}
