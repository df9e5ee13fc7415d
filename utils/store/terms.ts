// The search index's rows: the folded character bigrams of each record's text. Chinese
// has no spaces between words, so a word index cannot find 人大工作 inside
// 加强新时代人大工作; character bigrams can: every 2+ character query is the
// intersection of its bigrams' postings, then verified against the text. Every
// write of an index row goes through putTerms / dropTerms here.
import { fold } from '../core/fold';
import { quoteOf, type AnnotationRecord, type PageRecord } from '../core/records';
import type { RendaDb } from './schema';

/** A row of the search index: the grams of one annotation's text or one page's title. */
export interface TermsRow {
  key: string;
  grams: string[];
}

const SPACE = /\s/;

/**
 * Distinct bigrams (of UTF-16 code units) of a text, folded, as index keys. Bigrams with whitespace
 * are left out: queries are cut the same way, and the final check compares the whole query.
 * Single characters are not indexed (they would nearly double the index); a query without a
 * bigram is answered by a scan instead (see search.ts).
 */
export function indexGrams(text: string): Set<string> {
  const grams = new Set<string>();
  const f = fold(text);
  for (let i = 0; i + 1 < f.length; i++) {
    const a = f[i] as string;
    const b = f[i + 1] as string;
    if (!SPACE.test(a) && !SPACE.test(b)) grams.add(a + b);
  }
  return grams;
}

/** At most this many postings are read per query; the final check covers the rest. */
export const MAX_QUERY_GRAMS = 8;

/**
 * The index keys a query must all be found under: its bigrams, evenly sampled when there are many
 * (the first and last always kept). Empty when the query has no bigram (one character, or single
 * characters between spaces).
 */
export function queryGrams(query: string): string[] {
  const pool = [...indexGrams(query)];
  if (pool.length <= MAX_QUERY_GRAMS) return pool;
  const picked: string[] = [];
  for (let k = 0; k < MAX_QUERY_GRAMS; k++) {
    const g = pool[Math.round((k * (pool.length - 1)) / (MAX_QUERY_GRAMS - 1))] as string;
    if (!picked.includes(g)) picked.push(g);
  }
  return picked;
}

// Index rows are keyed by kind, time of last change and id, so that the keys of a posting list sort
// newest first without reading a record: a search reads only as many records as it returns.
// Milliseconds in base 36, 9 digits: enough until the year 5000, and short (the key is repeated in
// every index entry of the row).
const STAMP_DIGITS = 9;

function stamp(ms: number): string {
  return Math.max(0, Math.trunc(ms)).toString(36).padStart(STAMP_DIGITS, '0');
}

export function annotationTermsKey(a: Pick<AnnotationRecord, 'id' | 'updated'>): string {
  return `a:${stamp(a.updated)}:${a.id}`;
}

export function pageTermsKey(p: Pick<PageRecord, 'url' | 'updated'>): string {
  return `p:${stamp(p.updated)}:${p.url}`;
}

/** What an index row points to: an annotation id ('a') or a page URL ('p'). */
export function parseTermsKey(key: string): { kind: 'a' | 'p'; ref: string } | null {
  const kind = key[0];
  if ((kind !== 'a' && kind !== 'p') || key[1] !== ':' || key[2 + STAMP_DIGITS] !== ':') return null;
  return { kind, ref: key.slice(3 + STAMP_DIGITS) };
}

export function annotationTerms(a: AnnotationRecord): TermsRow {
  const grams = indexGrams([quoteOf(a), a.note, ...a.tags].join('\n'));
  return { key: annotationTermsKey(a), grams: [...grams] };
}

export function pageTerms(p: PageRecord): TermsRow {
  return { key: pageTermsKey(p), grams: [...indexGrams(p.title)] };
}

/** Puts a record's index row, dropping the old one when its key (which holds the time) changed. */
export async function putTerms(db: RendaDb, oldKey: string | null, row: TermsRow): Promise<void> {
  if (oldKey !== null && oldKey !== row.key) await db.terms.delete(oldKey);
  await db.terms.put(row);
}

/** Drops index rows by key. */
export async function dropTerms(db: RendaDb, keys: string[]): Promise<void> {
  await db.terms.bulkDelete(keys);
}

/** Puts fresh index rows (records new to the index, or an index being rebuilt). */
export async function addTerms(db: RendaDb, rows: TermsRow[]): Promise<void> {
  await db.terms.bulkPut(rows);
}
