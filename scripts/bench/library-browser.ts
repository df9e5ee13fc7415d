// The library in real headless Chromium and Firefox with 10,000 highlights over 1,000 pages,
// imported through the library's file input from a backup written to a temp dir at run time.
// Figures: import time, the database's size on disk (the browser's storage estimate for the
// extension origin, and `du` of the origin's IndexedDB folder in the profile), the first
// screen's render after a reload (median of 5), and two-character searches typed into the
// search box until results are marked (median of 5 queries), both as typed (the box debounces)
// and committed with Enter (no debounce).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launch, settle, type BrowserName, type ExtensionBrowser } from '../../tests/e2e/harness';
import type { AnnotationRecord } from '../../utils/core/records';
import { buildBackup } from '../../utils/export/backup';
import { corpusSentences, makeLibraryData, makeSavedVersions, median, rng } from '../bench-lib';

const PAGES = 1000;
const PER_PAGE = 10;
const RUNS = 5;
const DEBOUNCE_MS = 250; // useDebounced(…, 250) in components/library/LibraryApp.tsx
const TARGET_RENDER_MS = 500;
const TARGET_SEARCH_MS = 50;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Five different two-character Han words taken from the middle of saved quotes. */
function queries(annotations: AnnotationRecord[]): string[] {
  const r = rng(99);
  const out: string[] = [];
  while (out.length < RUNS) {
    const a = annotations[Math.floor(r() * annotations.length)] as AnnotationRecord;
    const q = (a.selectors[0] as { exact: string }).exact;
    const at = Math.floor(q.length / 2);
    const two = q.slice(at, at + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(two) && !out.includes(two)) out.push(two);
  }
  return out;
}

const mb = (b: number | null) => (b === null ? 'n/a' : `${(b / 1e6).toFixed(1)} MB`);

/** Bytes under the profile's IndexedDB folders for the extension origin, or null if none is found. */
function idbOnDisk(ext: ExtensionBrowser): { bytes: number; where: string } | null {
  const args = ext.browser.process()?.spawnargs ?? [];
  let dirs: string[] = [];
  if (ext.name === 'chromium') {
    const udd = args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
    const idb = udd && path.join(udd, 'Default', 'IndexedDB');
    const id = ext.base.replace('chrome-extension://', '');
    if (idb && existsSync(idb))
      dirs = readdirSync(idb)
        .filter((d) => d.includes(id))
        .map((d) => path.join(idb, d));
  } else {
    const i = args.findIndex((a) => a === '--profile' || a === '-profile');
    const profile = i >= 0 ? args[i + 1] : undefined;
    const store = profile && path.join(profile, 'storage', 'default');
    const uuid = ext.base.replace('moz-extension://', '');
    if (store && existsSync(store))
      dirs = readdirSync(store)
        .filter((d) => d.includes(uuid))
        .map((d) => path.join(store, d, 'idb'));
  }
  dirs = dirs.filter((d) => existsSync(d));
  if (dirs.length === 0) return null;
  const out = execFileSync('du', ['-sbc', ...dirs], { encoding: 'utf8' });
  const total = Number(/^(\d+)\s+total$/m.exec(out)?.[1] ?? NaN);
  return {
    bytes: total,
    where: dirs.map((d) => path.basename(path.dirname(d)) + '/' + path.basename(d)).join(', '),
  };
}

const usage = (page: Page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/**
 * Reloads the library and returns ms from navigation start to the first list being in the DOM: the
 * mark left by the script installed before the page's own (Chromium), or else (Firefox runs no
 * such script on moz-extension pages) the page's clock at the first poll that finds the list.
 */
async function firstRender(page: Page): Promise<{ ms: number; polled: boolean }> {
  const before = await page.evaluate(() => performance.timeOrigin);
  await page.evaluate(() => location.reload()).catch(() => {});
  const deadline = Date.now() + 20_000;
  for (;;) {
    const seen = await page
      .evaluate(
        (t: number) =>
          performance.timeOrigin !== t && document.querySelector('.page-card')
            ? { at: performance.now(), mark: (globalThis as unknown as { __listAt?: number }).__listAt }
            : null,
        before,
      )
      .catch(() => null);
    if (seen)
      return seen.mark === undefined ? { ms: seen.at, polled: true } : { ms: seen.mark, polled: false };
    if (Date.now() > deadline) throw new Error('the library showed no list within 20 s of a reload');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Sets the search box as typing would and returns ms until the query's matches are marked. */
function searchOnce(page: Page, q: string, enter: boolean): Promise<number> {
  return page.evaluate(
    (query: string, commit: boolean) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector('input[name=q]') as HTMLInputElement;
        let t0 = performance.now();
        const obs = new MutationObserver(() => {
          // No named helper here: tsx would wrap it in a __name() call the page does not have.
          if (![...document.querySelectorAll('.hits mark')].some((m) => m.textContent === query)) return;
          obs.disconnect();
          resolve(performance.now() - t0);
        });
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          obs.disconnect();
          const main = `${location.hash} value=${input.value} hits=${document.querySelectorAll('.hits li').length} marks=${[
            ...document.querySelectorAll('mark'),
          ]
            .slice(0, 5)
            .map((m) => m.textContent)
            .join(
              ',',
            )} cards=${document.querySelectorAll('.page-card').length} ${document.querySelector('.results, .empty, .notice')?.textContent ?? ''}`;
          reject(new Error(`no marked results for ${query} within 15 s; the page shows: ${main}`));
        }, 15_000);
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setter?.call(input, query);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Enter in a later task, as from a keyboard: the app reads the query from its rendered state.
        if (commit)
          setTimeout(() => {
            t0 = performance.now();
            input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          }, 0);
      }),
    q,
    enter,
  );
}

async function clearSearch(page: Page): Promise<void> {
  // Escape within the debounce of an Enter-committed search leaves its results up (the debounced
  // value never changes), so let the debounce run out first.
  await new Promise((r) => setTimeout(r, DEBOUNCE_MS + 50));
  await page.evaluate(() => {
    const input = document.querySelector('input[name=q]') as HTMLInputElement;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  await settle(
    page,
    () => document.querySelector('.hits') === null && document.querySelector('.page-card') !== null,
  );
}

interface Row {
  name: BrowserName;
  importMs: number;
  estBefore: number;
  estAfter: number;
  disk: { bytes: number; where: string } | null;
  renders: number[];
  /** The render time was read by polling (within a few ms), not marked by an observer. */
  polled: boolean;
  typed: number[];
  entered: number[];
}

async function measure(name: BrowserName, file: string, qs: string[]): Promise<Row> {
  const ext = await launch(name);
  try {
    const lib = await ext.openExtensionPage('options.html');
    await settle(lib, () => document.querySelector('.library') !== null);
    const estBefore = await usage(lib);

    const input = (await lib.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    const t0 = performance.now();
    await input.uploadFile(file);
    await settle(
      lib,
      () =>
        document.querySelectorAll('.page-card').length > 0 &&
        !(document.querySelector('button.import') as HTMLButtonElement | null)?.disabled &&
        /1000/.test(document.querySelector('.notice-text')?.textContent ?? ''),
      '',
      90_000,
    );
    const importMs = performance.now() - t0;
    const notice = await lib.$eval('.notice-text', (n) => n.textContent ?? '');
    if (!/10000/.test(notice))
      throw new Error(`${name}: import notice does not count 10000 highlights: ${notice}`);

    // Marks the first list's appearance in each new document, before the app's script runs.
    await lib.evaluateOnNewDocument(() => {
      const g = globalThis as unknown as { __listAt?: number };
      const obs = new MutationObserver(() => {
        if (g.__listAt === undefined && document.querySelector('.page-card')) {
          g.__listAt = performance.now();
          obs.disconnect();
        }
      });
      obs.observe(document, { childList: true, subtree: true });
    });
    const renders: number[] = [];
    let polled = false;
    for (let i = 0; i < RUNS; i++) {
      const r = await firstRender(lib);
      renders.push(r.ms);
      polled ||= r.polled;
    }
    const estAfter = await usage(lib);
    const disk = idbOnDisk(ext);

    const typed: number[] = [];
    const entered: number[] = [];
    for (const q of qs) {
      typed.push(await searchOnce(lib, q, false));
      await clearSearch(lib);
      entered.push(await searchOnce(lib, q, true));
      await clearSearch(lib);
    }
    return { name, importMs, estBefore, estAfter, disk, renders, polled, typed, entered };
  } finally {
    await ext.close();
  }
}

export default async function run(): Promise<void> {
  if (!existsSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'))) {
    console.log('building the extension (no .output/chrome-mv3)…');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const sentences = corpusSentences();
  const { pages, annotations } = makeLibraryData(sentences, { pages: PAGES, perPage: PER_PAGE });
  // BENCH_SAVED=1: each page also with its article kept (about 5 MB of text in all).
  const versions = process.env.BENCH_SAVED === '1' ? await makeSavedVersions(pages, sentences) : [];
  const work = mkdtempSync(path.join(tmpdir(), 'renda-bench-lib-'));
  const file = path.join(work, 'backup.json');
  const backup = buildBackup(pages, annotations, new Date(), versions);
  writeFileSync(file, backup);
  const qs = queries(annotations);
  const cwd = process.cwd();
  process.chdir(ROOT); // the harness resolves .output/ against the working directory
  const rows: Row[] = [];
  try {
    for (const name of ['chromium', 'firefox'] as const) rows.push(await measure(name, file, qs));
  } finally {
    process.chdir(cwd);
    rmSync(work, { recursive: true, force: true });
  }

  const f = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `${PAGES} pages, ${annotations.length} highlights; ${versions.length} kept articles; backup file ${mb(Buffer.byteLength(backup))}; queries ${qs.join(' ')}`,
  );
  const table = [
    ['', ...rows.map((r) => r.name)],
    ['import through the library (file input → list shown)', ...rows.map((r) => f(r.importMs))],
    ['storage.estimate() usage, extension origin, before import', ...rows.map((r) => mb(r.estBefore))],
    ['storage.estimate() usage, extension origin, after import', ...rows.map((r) => mb(r.estAfter))],
    ['IndexedDB folder in the profile (du -sb)', ...rows.map((r) => mb(r.disk?.bytes ?? null))],
    [
      `first render after reload, median of ${RUNS} (target < ${TARGET_RENDER_MS} ms)`,
      ...rows.map((r) => f(median(r.renders)) + (r.polled ? ' (polled)' : '')),
    ],
    [
      `search typed, incl. ${DEBOUNCE_MS} ms debounce, median of ${RUNS}`,
      ...rows.map((r) => f(median(r.typed))),
    ],
    [
      `  same minus the debounce (target < ${TARGET_SEARCH_MS} ms)`,
      ...rows.map((r) => f(median(r.typed) - DEBOUNCE_MS)),
    ],
    [
      `search committed with Enter (no debounce), median (target < ${TARGET_SEARCH_MS} ms)`,
      ...rows.map((r) => f(median(r.entered))),
    ],
  ];
  const w = table
    .map((r) => r.map((c) => c.length))
    .reduce((a, b) => a.map((x, i) => Math.max(x, b[i] ?? 0)));
  for (const r of table)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[0] ?? 0) : c.padStart(w[i] ?? 0))).join('  '));
  for (const r of rows) {
    console.log(
      `${r.name}: renders ${r.renders.map((x) => x.toFixed(0)).join('/')} ms; typed ${r.typed.map((x) => x.toFixed(0)).join('/')} ms; Enter ${r.entered.map((x) => x.toFixed(0)).join('/')} ms; IndexedDB dir: ${r.disk?.where ?? 'not found'}`,
    );
  }
  console.log(
    '(storage.estimate() is the browser’s own estimate for the extension origin, not a file size; ' +
      '"polled": the list was found by polling the page every few ms, so the figure may be a poll late)',
  );
}
