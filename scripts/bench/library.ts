// The library page at scale: 10,000 highlights over 1,000 pages in fake-indexeddb
// (Node). Figures: median time of the library's first screen (listPages, first 50
// pages with their highlights), median time of 2-character Chinese searches, and an
// ESTIMATE of the database's size (serialised records plus index entries; a real
// on-disk figure needs a browser run). Quotes are sentences of the corpus texts,
// read in place from ../shared/corpus/text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { importBackup } from '../../utils/db/backup';
import { facets, peopleIndex } from '../../utils/db/indexes';
import { HIGHLIGHT_COLORS, type AnnotationRecord, type PageRecord } from '../../utils/db/model';
import { addAnnotation, listPages } from '../../utils/db/queries';
import { openDb, SCHEMA_V2, type RendaDb } from '../../utils/db/schema';
import { search } from '../../utils/db/search';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/export/backup';

const PAGES = 1000;
const PER_PAGE = 10;
const TARGET_FIRST_SCREEN_MS = 500;
const TARGET_SEARCH_MS = 50;

/** Deterministic PRNG (mulberry32), so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusSentences(): string[] {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/text');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  } catch {
    // No corpus beside the repo: fall back to generated text below.
  }
  const out: string[] = [];
  for (const f of files) {
    for (const s of readFileSync(path.join(dir, f), 'utf8').split(/(?<=[。！？；])|\n/)) {
      const t = s.trim();
      if (t.length >= 8 && t.length <= 120) out.push(t);
    }
  }
  if (out.length > 100) return out;
  const r = rng(7);
  return Array.from({ length: 5000 }, () =>
    Array.from({ length: 10 + Math.floor(r() * 60) }, () =>
      String.fromCharCode(0x4e00 + Math.floor(r() * 3000)),
    ).join(''),
  );
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

function makeData(sentences: string[]): { pages: PageRecord[]; annotations: AnnotationRecord[] } {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'];
  const given = [...'小建国华明伟强军平红丽静波涛海东晓玉春'];
  const posts = [
    '区委书记',
    '区长',
    '区人大常委会主任',
    '区人大常委会副主任',
    '市人大常委会副主任',
    '区委副书记',
  ];
  const slogans = ['强富美高', '四个意识', '四个自信', '两个维护', '全过程人民民主', '高质量发展'];
  const tags = [
    '人大工作',
    '基层治理',
    '民生',
    '法治',
    '代表履职',
    '监督',
    '预算',
    '立法',
    '调研',
    '政治表述',
  ];
  const start = Date.UTC(2024, 0, 1);
  const pages: PageRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  for (let i = 0; i < PAGES; i++) {
    const site = `rd${i % 40}.example.gov.cn`;
    const url = `https://${site}/art/2024/${i}.html`;
    const created = start + i * 3_600_000;
    const officials = Array.from({ length: 1 + Math.floor(r() * 4) }, () => ({
      name: pick(surnames) + pick(given) + (r() < 0.5 ? pick(given) : ''),
      titles: [pick(posts)],
    }));
    pages.push({
      url,
      aliases: r() < 0.2 ? [`https://m.example.cn/share/${i}`] : [],
      title: pick(sentences).slice(0, 30),
      published:
        r() < 0.9 ? new Date(created - Math.floor(r() * 30) * 86_400_000).toISOString().slice(0, 10) : null,
      source: r() < 0.7 ? `${site} 办公室` : null,
      site,
      officials,
      meetings: [],
      slogans: [{ text: pick(slogans), count: 1 + Math.floor(r() * 3) }],
      created,
      updated: created + Math.floor(r() * 1000),
    });
    for (let k = 0; k < PER_PAGE; k++) {
      const exact = pick(sentences);
      const pos = Math.floor(r() * 5000);
      annotations.push({
        id: `${String(i).padStart(4, '0')}-${k}-${Math.floor(r() * 1e9).toString(36)}`,
        pageUrl: url,
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: pick(sentences).slice(-32),
            suffix: pick(sentences).slice(0, 32),
          },
          { type: 'TextPositionSelector', start: pos, end: pos + exact.length },
        ],
        color: pick(HIGHLIGHT_COLORS),
        tags:
          r() < 0.6
            ? [pick(tags), ...(r() < 0.3 ? [pick(tags)] : [])].filter((t, j, a) => a.indexOf(t) === j)
            : [],
        note: r() < 0.3 ? pick(sentences) : '',
        created: created + k,
        updated: created + k,
      });
    }
  }
  return { pages, annotations };
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
  const { pages, annotations } = makeData(sentences);
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
