// The library page's first screen at scale: 10,000 highlights over 1,000 pages in
// fake-indexeddb, the real Preact app rendered into jsdom (Node). Figures: median
// time from render() until the first page of the list is on screen, and until the
// filter bar's values (facets over every record) are in too. Quotes are sentences of
// the corpus texts, read in place from ../shared/corpus/text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { corpusSentences, makeLibraryData, median } from '../bench-lib';

const PAGES = 1000;
const PER_PAGE = 10;
const RUNS = 7;
const TARGET_MS = 500;

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

/** Whether the filter bar's values are in: the officials' suggestions (a datalist) have options. */
function filterValuesIn(root: HTMLElement): boolean {
  return (root.querySelector('datalist#facets-official')?.children.length ?? 0) > 0;
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
  const { openDb } = await import('../../utils/store/schema');
  const { importBackup } = await import('../../utils/store/backup');
  const { BACKUP_FORMAT, BACKUP_VERSION } = await import('../../utils/export/backup');
  const { listPages } = await import('../../utils/store/lists');
  const { createStoreApi } = await import('../../utils/store/api');
  const { DEFAULT_STATE, toListQuery } = await import('../../utils/library/state');

  const { pages, annotations } = makeLibraryData(corpusSentences(), { pages: PAGES, perPage: PER_PAGE });
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
    render(
      h(LibraryApp, {
        store: createStoreApi(async () => db),
        hash: store,
        services: { openTab: () => {}, download: () => {} },
      }),
      root,
    );
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
    await until(() => filterValuesIn(root), 'the filter values');
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
    await until(() => filterValuesIn(root), 'the filter values');
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
