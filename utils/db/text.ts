// Text folding and n-grams for the search index. Chinese has no spaces between
// words, so a word index cannot find 人大工作 inside 加强新时代人大工作; character
// bigrams can: every 2+ character query is the intersection of its bigrams' postings,
// then verified against the text.

import type { AnnotationRecord, PageRecord, TermsRow } from './model';

/**
 * Case- and width-insensitive form of s with the SAME length (one code unit for one), so that
 * offsets found in the folded text are offsets in the original. Fullwidth ASCII (ＡＢＣ１２３) and the
 * ideographic space fold to their ASCII forms; A–Z to a–z.
 */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCharCode(c);
  }
  return out;
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

/** Start offsets (JS string indices) of every non-overlapping occurrence of the folded query in text. */
export function findAll(text: string, foldedQuery: string): number[] {
  if (foldedQuery === '') return [];
  const f = fold(text);
  const out: number[] = [];
  let from = 0;
  for (;;) {
    const i = f.indexOf(foldedQuery, from);
    if (i < 0) return out;
    out.push(i);
    from = i + foldedQuery.length;
  }
}

/** The quote of an annotation (its TextQuoteSelector's exact text), or '' if it has none. */
export function quoteOf(a: Pick<AnnotationRecord, 'selectors'>): string {
  for (const s of a.selectors) if (s.type === 'TextQuoteSelector') return s.exact;
  return '';
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
