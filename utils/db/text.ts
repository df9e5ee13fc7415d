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
 * Distinct bigrams and single characters of a text (folded), as index keys. Grams with whitespace
 * are left out: queries are cut the same way, and the final check compares the whole query.
 */
export function indexGrams(text: string): Set<string> {
  const grams = new Set<string>();
  const f = fold(text);
  for (let i = 0; i < f.length; i++) {
    const a = f[i] as string;
    if (SPACE.test(a)) continue;
    grams.add(a);
    const b = f[i + 1];
    if (b !== undefined && !SPACE.test(b)) grams.add(a + b);
  }
  return grams;
}

/** At most this many postings are read per query; the final check covers the rest. */
export const MAX_QUERY_GRAMS = 8;

/**
 * The index keys a query must all be found under: its bigrams (evenly sampled when there are many),
 * else its single characters for a one-character query. Empty when the query has nothing to look up.
 */
export function queryGrams(query: string): string[] {
  const all = [...indexGrams(query)];
  const bigrams = all.filter((g) => g.length === 2);
  const pool = bigrams.length > 0 ? bigrams : all;
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

export const annotationTermsKey = (id: string): string => `a:${id}`;
export const pageTermsKey = (url: string): string => `p:${url}`;

export function annotationTerms(a: AnnotationRecord): TermsRow {
  const grams = indexGrams([quoteOf(a), a.note, ...a.tags].join('\n'));
  return { key: annotationTermsKey(a.id), grams: [...grams] };
}

export function pageTerms(p: PageRecord): TermsRow {
  return { key: pageTermsKey(p.url), grams: [...indexGrams(p.title)] };
}
