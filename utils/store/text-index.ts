// The search index of saved article text. Articles are long (thousands of characters, thousands
// of distinct bigrams each): a row per article listing its bigrams, as quotes and notes have in
// `terms`, would repeat a 50-character key in millions of index entries. Inverted instead: rows of
// a bigram with the small numeric keys (`n`) of the versions holding it. The postings are cut in
// blocks of BLOCK consecutive keys (one row per bigram and block), so that keeping a new version
// rewrites short rows of its own block, not lists as long as the library. Same folding and
// bigrams as the rest of the search (terms.ts indexGrams).
import type { StoredVersion } from '../core/records';
import type { RendaDb } from './schema';
import { indexGrams } from './terms';

export interface TextGramsRow {
  /** The bigram, a NUL, and the block of version keys (base 36). */
  key: string;
  /** Keys of the versions (of this block) whose text holds the bigram, ascending. */
  ns: number[];
}

/**
 * Version keys per posting row: small enough that keeping a version rewrites short rows (at most
 * this many keys each), large enough that a library of thousands of articles has few rows per
 * bigram to read and to store (1,000 articles: four).
 */
const BLOCK = 256;

function rowKey(gram: string, n: number): string {
  return `${gram}\u0000${Math.floor(n / BLOCK).toString(36)}`;
}

type Indexed = Pick<StoredVersion, 'n' | 'text'>;

/** The versions' postings by row key. */
function gramsOf(versions: readonly Indexed[]): Map<string, number[]> {
  const byRow = new Map<string, number[]>();
  for (const v of versions) {
    for (const g of indexGrams(v.text)) {
      const key = rowKey(g, v.n);
      const list = byRow.get(key);
      if (list) list.push(v.n);
      else byRow.set(key, [v.n]);
    }
  }
  return byRow;
}

/** Inside a transaction: adds the versions' bigrams to the index. */
export async function indexVersions(db: RendaDb, versions: readonly Indexed[]): Promise<void> {
  if (versions.length === 0) return;
  const byRow = gramsOf(versions);
  const keys = [...byRow.keys()];
  // An empty index (a first import, a rebuild) has nothing to merge with.
  const rows = (await db.textgrams.count()) === 0 ? [] : await db.textgrams.bulkGet(keys);
  await db.textgrams.bulkPut(
    keys.map((key, i) => {
      const ns = new Set(rows[i]?.ns ?? []);
      for (const n of byRow.get(key) ?? []) ns.add(n);
      return { key, ns: [...ns].sort((a, b) => a - b) };
    }),
  );
}

/** Inside a transaction: takes the versions out of the index (rows left empty are deleted). */
export async function unindexVersions(db: RendaDb, versions: readonly Indexed[]): Promise<void> {
  if (versions.length === 0) return;
  const byRow = gramsOf(versions);
  const keys = [...byRow.keys()];
  const rows = await db.textgrams.bulkGet(keys);
  const keep: TextGramsRow[] = [];
  const drop: string[] = [];
  keys.forEach((key, i) => {
    const gone = new Set(byRow.get(key));
    const ns = (rows[i]?.ns ?? []).filter((n) => !gone.has(n));
    if (ns.length > 0) keep.push({ key, ns });
    else drop.push(key);
  });
  await db.textgrams.bulkPut(keep);
  await db.textgrams.bulkDelete(drop);
}

/** Versions whose text holds every one of these bigrams, newest (highest key) first. */
export async function versionsWithGrams(db: RendaDb, grams: readonly string[]): Promise<number[]> {
  if (grams.length === 0) return [];
  const lists = await Promise.all(
    grams.map(async (g) =>
      (await db.textgrams.where(':id').between(`${g}\u0000`, `${g}\u0001`).toArray()).flatMap((r) => r.ns),
    ),
  );
  lists.sort((a, b) => a.length - b.length);
  let out = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    if (out.length === 0) break;
    const has = new Set(list);
    out = out.filter((n) => has.has(n));
  }
  return [...out].sort((a, b) => b - a);
}
