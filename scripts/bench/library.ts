// The library page at scale: 10,000 highlights over 1,000 pages in fake-indexeddb
// (Node). Figures: median time of the library's first screen (listPages, first 50
// pages with their highlights), median time of 2-character Chinese searches, and an
// ESTIMATE of the database's size (serialised records plus index entries; a real
// on-disk figure needs a browser run). Quotes are sentences of the corpus texts,
// read in place from ../shared/corpus/text.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { importBackup } from '../../utils/store/backup';
import { facets, peopleIndex } from '../../utils/store/indexes';
import type { AnnotationRecord, PageRecord } from '../../utils/core/records';
import { addAnnotation } from '../../utils/store/annotations';
import { listPages } from '../../utils/store/lists';
import { openDb, SCHEMA_V2, type RendaDb } from '../../utils/store/schema';
import { search } from '../../utils/store/search';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/export/backup';
import { corpusSentences, makeLibraryData, median, quantile, rng } from '../bench-lib';

const PAGES = 1000;
const PER_PAGE = 10;
const TARGET_FIRST_SCREEN_MS = 500;
const TARGET_SEARCH_MS = 50;

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

/** Bytes of records and index entries, as JSON text: an estimate, not what IndexedDB puts on disk. */
async function sizeEstimate(db: RendaDb): Promise<{ records: number; indexes: number; entries: number }> {
  const len = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;
  let records = 0;
  let indexes = 0;
  let entries = 0;
  const specs = SCHEMA_V2 as Record<string, string>;
  for (const table of db.tables) {
    const [, ...idx] = (specs[table.name] ?? '').split(',').map((s) => s.trim());
    const pk = table.schema.primKey.keyPath as string;
    await table.each((rec: Record<string, unknown>) => {
      records += len(rec);
      for (const spec of idx) {
        const multi = spec.startsWith('*');
        const v = rec[multi ? spec.slice(1) : spec];
        const keys = multi ? (Array.isArray(v) ? v : []) : v === null || v === undefined ? [] : [v];
        for (const k of keys) {
          indexes += len(k) + len(rec[pk]);
          entries++;
        }
      }
    });
  }
  return { records, indexes, entries };
}

export default async function run(): Promise<void> {
  const sentences = corpusSentences();
  const { pages, annotations } = makeLibraryData(sentences, { pages: PAGES, perPage: PER_PAGE });
  const db = await openDb({ name: `bench-${Date.now()}`, indexedDB, IDBKeyRange });

  const [loadMs, report] = await time(() =>
    importBackup(db, {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      pages,
      annotations,
    }),
  );
  console.log(
    `loaded ${report.pages.added} pages, ${report.added} highlights in one import transaction: ${loadMs.toFixed(0)} ms`,
  );

  const firstScreen: number[] = [];
  const byDate: number[] = [];
  const byTag: number[] = [];
  for (let i = 0; i < 15; i++) {
    const [t, list] = await time(() => listPages(db, { limit: 50 }));
    if (list.items.length !== 50 || list.total !== PAGES)
      throw new Error('listPages returned the wrong slice');
    firstScreen.push(t);
    byDate.push((await time(() => listPages(db, { limit: 50, sort: 'published' })))[0]);
    byTag.push((await time(() => listPages(db, { limit: 50, tag: '人大工作' })))[0]);
  }

  const r = rng(99);
  const queries: string[] = [];
  while (queries.length < 60) {
    const a = annotations[Math.floor(r() * annotations.length)] as AnnotationRecord;
    const q = (a.selectors[0] as { exact: string }).exact;
    const at = Math.floor(r() * (q.length - 2));
    const two = q.slice(at, at + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(two)) queries.push(two);
  }
  const searchMs: number[] = [];
  const hitCounts: number[] = [];
  for (const q of queries) {
    const [t, hits] = await time(() => search(db, q, { limit: 200 }));
    if (hits.length === 0) throw new Error(`search found nothing for ${q}, which is in a quote`);
    searchMs.push(t);
    hitCounts.push(hits.length);
  }
  const longMs: number[] = [];
  for (const q of queries.slice(0, 20)) {
    const a = annotations.find((x) =>
      (x.selectors[0] as { exact: string }).exact.includes(q),
    ) as AnnotationRecord;
    const exact = (a.selectors[0] as { exact: string }).exact;
    const i = exact.indexOf(q);
    longMs.push((await time(() => search(db, exact.slice(Math.max(0, i - 3), i + 5))))[0]);
  }

  const oneCharMs: number[] = [];
  for (const q of queries.slice(0, 20)) oneCharMs.push((await time(() => search(db, q.slice(0, 1))))[0]);
  const rareMs = (await time(() => search(db, '鑫')))[0];

  const addMs: number[] = [];
  for (let i = 0; i < 100; i++) {
    const p = pages[i] as PageRecord;
    addMs.push(
      (
        await time(() =>
          addAnnotation(db, {
            page: p.url,
            selectors: [{ type: 'TextQuoteSelector', exact: sentences[i] as string, prefix: '', suffix: '' }],
            color: 'yellow',
            tags: ['bench'],
          }),
        )
      )[0],
    );
  }
  const [peopleMs] = await time(() => peopleIndex(db));
  const [facetsMs] = await time(() => facets(db));
  const size = await sizeEstimate(db);
  db.close();

  const ok = (v: number, target: number) => (v <= target ? 'OK' : 'OVER TARGET');
  const fmt = (v: number) => `${v.toFixed(1)} ms`;
  const m1 = median(firstScreen);
  const ms = median(searchMs);
  console.log(
    `library first screen (listPages, newest saved, first 50 + highlights), median of 15: ${fmt(m1)} (target < ${TARGET_FIRST_SCREEN_MS} ms: ${ok(m1, TARGET_FIRST_SCREEN_MS)})`,
  );
  console.log(`  same, sorted by page date: ${fmt(median(byDate))}; filtered by tag: ${fmt(median(byTag))}`);
  console.log(
    `search, 2-character Chinese queries, median of ${queries.length}: ${fmt(ms)} (target < ${TARGET_SEARCH_MS} ms: ${ok(ms, TARGET_SEARCH_MS)}); median hits ${median(hitCounts)}`,
  );
  console.log(
    `  slowest 2-character queries: p95 ${fmt(quantile(searchMs, 0.95))}, max ${fmt(Math.max(...searchMs))} (the most common bigrams verify the most candidates)`,
  );
  console.log(`  8-character queries, median of ${longMs.length}: ${fmt(median(longMs))}`);
  console.log(
    `  1-character queries (scan, newest first, stops at 200 hits), median of ${oneCharMs.length}: ${fmt(median(oneCharMs))}; a character in no quote (full scan): ${fmt(rareMs)}`,
  );
  console.log(`addAnnotation to a saved page, median of 100: ${fmt(median(addMs))}`);
  console.log(`peopleIndex: ${fmt(peopleMs)}; facets: ${fmt(facetsMs)}`);
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  console.log(
    `database size ESTIMATE (JSON of records + index keys; not the on-disk figure, which needs a browser run): ` +
      `${mb(size.records + size.indexes)} = records ${mb(size.records)} + ${size.entries} index entries ${mb(size.indexes)}`,
  );
}
