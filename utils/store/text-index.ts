// The search index of saved article text. Articles are long (thousands of characters, thousands
// of distinct bigrams each): a row per article listing its bigrams, as quotes and notes have in
// `terms`, would repeat a 50-character key in millions of index entries. Inverted instead: one row
// per bigram with the small numeric keys (`n`) of the versions holding it, so 1,000 articles cost
// one list of integers per distinct bigram. Same folding and bigrams as the rest of the search
// (terms.ts indexGrams), so a query finds the same words in a quote, a note or the article.
import type { StoredVersion } from '../core/records';
import type { RendaDb } from './schema';
import { indexGrams } from './terms';

export interface TextGramsRow {
  gram: string;
  /** Keys of the versions whose text holds the bigram, ascending. */
  ns: number[];
}

type Indexed = Pick<StoredVersion, 'n' | 'text'>;

function gramsOf(versions: readonly Indexed[]): Map<string, number[]> {
  const byGram = new Map<string, number[]>();
  for (const v of versions) {
    for (const g of indexGrams(v.text)) {
      const list = byGram.get(g);
      if (list) list.push(v.n);
      else byGram.set(g, [v.n]);
    }
  }
  return byGram;
}

/** Inside a transaction: adds the versions' bigrams to the index. */
export async function indexVersions(db: RendaDb, versions: readonly Indexed[]): Promise<void> {
  if (versions.length === 0) return;
  const byGram = gramsOf(versions);
  const grams = [...byGram.keys()];
  const rows = await db.textgrams.bulkGet(grams);
  await db.textgrams.bulkPut(
    grams.map((gram, i) => {
      const ns = new Set(rows[i]?.ns ?? []);
      for (const n of byGram.get(gram) ?? []) ns.add(n);
      return { gram, ns: [...ns].sort((a, b) => a - b) };
    }),
  );
}

/** Inside a transaction: takes the versions out of the index (rows left empty are deleted). */
export async function unindexVersions(db: RendaDb, versions: readonly Indexed[]): Promise<void> {
  if (versions.length === 0) return;
  const byGram = gramsOf(versions);
  const grams = [...byGram.keys()];
  const rows = await db.textgrams.bulkGet(grams);
  const keep: TextGramsRow[] = [];
  const drop: string[] = [];
  grams.forEach((gram, i) => {
    const gone = new Set(byGram.get(gram));
    const ns = (rows[i]?.ns ?? []).filter((n) => !gone.has(n));
    if (ns.length > 0) keep.push({ gram, ns });
    else drop.push(gram);
  });
  await db.textgrams.bulkPut(keep);
  await db.textgrams.bulkDelete(drop);
}

/** Versions whose text holds every one of these bigrams, newest (highest key) first. */
export async function versionsWithGrams(db: RendaDb, grams: readonly string[]): Promise<number[]> {
  if (grams.length === 0) return [];
  const rows = await db.textgrams.bulkGet([...grams]);
  const lists = rows.map((r) => r?.ns ?? []).sort((a, b) => a.length - b.length);
  let out = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    if (out.length === 0) break;
    const has = new Set(list);
    out = out.filter((n) => has.has(n));
  }
  return [...out].sort((a, b) => b - a);
}
