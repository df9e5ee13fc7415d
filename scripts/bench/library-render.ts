// The library page's first screen at scale: 10,000 highlights over 1,000 pages in
// fake-indexeddb, the real Preact app rendered into jsdom (Node). Figures: median
// time from render() until the first page of the list is on screen, and until the
// filter bar's values (facets over every record) are in too. Quotes are sentences of
// the corpus texts, read in place from ../shared/corpus/text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import type { AnnotationRecord, PageRecord } from '../../utils/db/model';

const PAGES = 1000;
const PER_PAGE = 10;
const RUNS = 7;
const TARGET_MS = 500;

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
  const out: string[] = [];
  try {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const s of readFileSync(path.join(dir, f), 'utf8').split(/(?<=[。！？；])|\n/)) {
        const t = s.trim();
        if (t.length >= 8 && t.length <= 160) out.push(t);
      }
    }
  } catch {
    // No corpus beside the repo: generated text below.
  }
  if (out.length > 100) return out;
  const r = rng(7);
  return Array.from({ length: 5000 }, () =>
    Array.from({ length: 10 + Math.floor(r() * 60) }, () =>
      String.fromCharCode(0x4e00 + Math.floor(r() * 3000)),
    ).join(''),
  );
}

function makeData(sentences: string[]): { pages: PageRecord[]; annotations: AnnotationRecord[] } {
  const r = rng(2024);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const names = Array.from(
    { length: 300 },
    () =>
      pick([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高']) +
      pick([...'小建国华明伟强军平红丽静波涛海东晓玉春']) +
      pick([...'明华军平红丽静波']),
  );
  const posts = ['区委书记', '区长', '区人大常委会主任', '区人大常委会副主任', '副区长', '区委副书记'];
  const slogans = [
    '强富美高',
    '四个意识',
    '四个自信',
    '两个维护',
    '全过程人民民主',
    '高质量发展',
    '一府一委两院',
  ];
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
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
  const start = Date.UTC(2023, 0, 1);
  const pages: PageRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  for (let i = 0; i < PAGES; i++) {
    const site = `rd${i % 40}.example.gov.cn`;
    const url = `https://${site}/art/${i}.html`;
    const created = start + i * 3_600_000;
    pages.push({
      url,
      aliases: [],
      title: pick(sentences).slice(0, 30),
      published:
        r() < 0.9 ? new Date(created - Math.floor(r() * 60) * 86_400_000).toISOString().slice(0, 10) : null,
      source: r() < 0.7 ? `${site} 办公室` : null,
      site,
      officials: Array.from({ length: 1 + Math.floor(r() * 4) }, () => ({
        name: pick(names),
        titles: [pick(posts)],
      })),
      meetings: [],
      slogans: [{ text: pick(slogans), count: 1 + Math.floor(r() * 3) }],
      created,
      updated: created + 1000,
    });
    for (let k = 0; k < PER_PAGE; k++) {
      const exact = pick(sentences);
      const pos = k * 200;
      annotations.push({
        id: `${String(i).padStart(4, '0')}-${k}`,
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
        color: pick(colors),
        tags: r() < 0.6 ? [pick(tags)] : [],
        note: r() < 0.3 ? pick(sentences) : '',
        created: created + k,
        updated: created + k,
      });
    }
  }
  return { pages, annotations };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * A DOM and an extension API that is enough for the app: jsdom, and English interface text.
 * Returns the undo, so that the benchmarks run after this one see the plain Node globals.
 */
function installEnvironment(): () => void {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  const keys = [
    'window',
    'document',
    'Node',
    'Element',
    'HTMLElement',
    'Event',
    'KeyboardEvent',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'chrome',
  ];
  const saved = keys.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)] as const);
  for (const k of keys) {
    if (k !== 'chrome') g[k] = (dom.window as unknown as Record<string, unknown>)[k];
  }
  const file = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../public/_locales/en/messages.json',
  );
  const en = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  g.chrome = {
    runtime: { id: 'bench' },
    i18n: {
      getMessage: (key: string, subs: string[] = []) =>
        (en[key]?.message ?? '').replace(/\$(\d)/g, (_: string, d: string) => subs[Number(d) - 1] ?? ''),
      getUILanguage: () => 'en',
    },
  };
  return () => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(g, k, d);
      else Reflect.deleteProperty(g, k);
    }
    dom.window.close();
  };
}

async function until(probe: () => boolean, what: string): Promise<void> {
  const t0 = performance.now();
  while (!probe()) {
    if (performance.now() - t0 > 60_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

export default async function run(): Promise<void> {
  const uninstall = installEnvironment();
  // After the environment: wxt/browser picks up globalThis.chrome when it is first imported.
  const { h, render } = await import('preact');
  const { LibraryApp, PAGE_SIZE } = await import('../../components/library/LibraryApp');
  const { openDb } = await import('../../utils/db/schema');
  const { importBackup } = await import('../../utils/db/backup');
  const { BACKUP_FORMAT, BACKUP_VERSION } = await import('../../utils/export/backup');
  const { listPages } = await import('../../utils/db/queries');
  const { DEFAULT_STATE, toListQuery } = await import('../../utils/library/state');

  const { pages, annotations } = makeData(corpusSentences());
  const db = await openDb({ name: `bench-render-${Date.now()}`, indexedDB, IDBKeyRange });
  await importBackup(db, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    pages,
    annotations,
  });

  const mount = (hash: string): HTMLElement => {
    const root = document.createElement('div');
    document.body.append(root);
    let h0 = hash;
    const store = { get: () => h0, set: (v: string) => void (h0 = v), subscribe: () => () => {} };
    render(h(LibraryApp, { db, hash: store, services: { openTab: () => {}, download: () => {} } }), root);
    return root;
  };
  const unmount = (root: HTMLElement) => {
    render(null, root);
    root.remove();
  };

  const listMs: number[] = [];
  const filtersMs: number[] = [];
  const queryMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const root = mount('');
    await until(() => root.querySelectorAll('.page-card').length === PAGE_SIZE, 'the first page of the list');
    listMs.push(performance.now() - t0);
    await until(
      () => (root.querySelector('select[name=official]')?.children.length ?? 0) > 1,
      'the filter values',
    );
    filtersMs.push(performance.now() - t0);
    if (i === 0) {
      const shown = root.querySelectorAll('.annotation').length;
      console.log(
        `${pages.length} pages, ${annotations.length} highlights; first screen shows ${PAGE_SIZE} pages, ${shown} highlights`,
      );
    }
    unmount(root);
    // The data layer's share of it: the same query without the DOM.
    const q0 = performance.now();
    await listPages(db, toListQuery(DEFAULT_STATE.filters, 0, PAGE_SIZE));
    queryMs.push(performance.now() - q0);
  }
  const list = median(listMs);
  console.log(
    `first screen (list) rendered: median ${list.toFixed(0)} ms over ${RUNS} runs (target < ${TARGET_MS} ms) ${list < TARGET_MS ? 'OK' : 'SLOW'}`,
  );
  console.log(`  of which the query (listPages, same slice): median ${median(queryMs).toFixed(0)} ms`);
  console.log(
    `  with filter values (facets over all records, read after the list): median ${median(filtersMs).toFixed(0)} ms`,
  );

  // Opening the library on a search (a two-character word from the middle of a quote).
  const searchMs: number[] = [];
  let hitCount = 0;
  for (let i = 0; i < RUNS; i++) {
    const quote = annotations[(i * 997) % annotations.length]?.selectors[0];
    const exact = quote?.type === 'TextQuoteSelector' ? quote.exact : '人大';
    const mid = Math.floor(exact.length / 2);
    const t0 = performance.now();
    const root = mount(`#q=${encodeURIComponent(exact.slice(mid, mid + 2))}`);
    await until(() => root.querySelector('.hits mark') !== null, 'search results');
    searchMs.push(performance.now() - t0);
    hitCount += root.querySelectorAll('.hits .annotation').length;
    // Let the filter values finish, or their reads would slow the next run down.
    await until(
      () => (root.querySelector('select[name=official]')?.children.length ?? 0) > 1,
      'the filter values',
    );
    unmount(root);
  }
  console.log(
    `library opened on a 2-character search, results rendered: median ${median(searchMs).toFixed(0)} ms (mean ${(hitCount / RUNS).toFixed(0)} highlights shown)`,
  );
  db.close();
  // Preact's after-paint timers still hold on to requestAnimationFrame for a moment.
  await new Promise((r) => setTimeout(r, 200));
  uninstall();
}
