// The popup from open to filled, in real headless Chromium and Firefox: a corpus page with one
// saved highlight is served, then the popup (popup.html?tab=ID, in a tab of its own as in the e2e
// tests; a window of its own gave the same figures) is opened RUNS times. The popup marks its own
// progress with performance.mark (entrypoints/popup/main.tsx, App.tsx): 'popup-start' when its
// script runs, 'popup-report' and 'popup-highlights' when each answer of the content script
// arrives, 'popup-filled' once both are rendered. Marks are relative to the popup document's
// navigation start, so 'popup-filled' is open-to-filled as the reader sees it. A build without
// the marks is timed by polling the page for its entities and its highlight instead ("polled").
// Needs `npm run build` first (reads .output/); POPUP_RUNS=n changes the number of opens.
// POPUP_BEFORE=DIR pairs this build with the one in DIR/.output (a git worktree built there): each
// browser then runs POPUP_ROUNDS rounds (default 3) of both builds, the order alternating, so that
// both see the same load on a shared machine; the medians are over all the opens of each build.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { askTab, launch, selectText, serve, settle, visit, type BrowserName } from '../../tests/e2e/harness';
import { figure, median } from '../bench-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = 'seed_tianning_congress_meeting.html';
const PHRASE = '为奋力谱写“强富美高”新天宁现代化建设新篇章';
const RUNS = Number(process.env.POPUP_RUNS) || 15;
const BEFORE = process.env.POPUP_BEFORE ? path.resolve(process.env.POPUP_BEFORE) : null;
const ROUNDS = Number(process.env.POPUP_ROUNDS) || 3;
export const TARGET_MS: Record<BrowserName, number> = { chromium: 100, firefox: 150 };
const MARKS = ['popup-start', 'popup-report', 'popup-highlights', 'popup-filled'] as const;
type Mark = (typeof MARKS)[number];

interface Open {
  /** ms from the popup's navigation start, per mark (absent marks are missing). */
  marks: Partial<Record<Mark, number>>;
  /** The script's own start as the browser counts it: the popup document's domInteractive. */
  interactive: number;
  polled: boolean;
}

/** Waits for the popup to be filled and reads its marks, or polls for its first entity. */
async function readOpen(popup: Page): Promise<Open> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const seen = await popup
      .evaluate((names: readonly string[]) => {
        // No named helper in here: tsx would wrap it in a __name() call the page does not have.
        if (location.protocol === 'about:') return null;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const interactive = nav?.domInteractive ?? 0;
        if (performance.getEntriesByName('popup-filled').length) {
          const marks: Record<string, number> = {};
          for (const n of names) {
            const [entry] = performance.getEntriesByName(n);
            if (entry) marks[n] = entry.startTime;
          }
          return { marks, interactive, polled: false };
        }
        // An older build without marks: the moment its entities and its highlight are both found.
        if (
          !performance.getEntriesByName('popup-start').length &&
          document.querySelector('section .entity') &&
          document.querySelector('section.highlights li')
        )
          return { marks: { 'popup-filled': performance.now() }, interactive, polled: true };
        return null;
      }, MARKS)
      .catch(() => null);
    if (seen) return seen as Open;
    if (Date.now() > deadline) throw new Error('the popup was not filled within 20 s');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Opens the popup RUNS times (after a warm-up) for the article with one highlight, in one browser,
 * with the build in `root`/.output.
 */
export async function measure(name: BrowserName, runs = RUNS, root = ROOT): Promise<Open[]> {
  const served = await serve({
    '/article.html': readFileSync(path.join(ROOT, '../shared/corpus/pages', PAGE)),
  });
  const cwd = process.cwd();
  process.chdir(root); // the harness resolves .output/ against the working directory
  const ext = await launch(name).finally(() => process.chdir(cwd));
  try {
    const page = await ext.browser.newPage();
    await visit(page, `${served.origin}/article.html`);
    const tabId = await ext.tabIdOf(page);
    // One saved highlight, so that the popup's second question (the page's highlights) has an answer to carry.
    const probe = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await settle(probe, () => document.querySelector('section .entity') !== null);
    await page.bringToFront();
    await selectText(page, PHRASE);
    const saved = await askTab<boolean>(probe, tabId, { type: 'page/highlightSelection', color: 'yellow' });
    if (!saved.ok || !saved.value)
      throw new Error(`${name}: the highlight was not saved: ${JSON.stringify(saved)}`);
    await probe.close();

    const opens: Open[] = [];
    // The first open is a warm-up (the worker and caches start), not counted.
    for (let i = 0; i <= runs; i++) {
      const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
      const open = await readOpen(popup);
      if (i > 0) opens.push(open);
      await popup.close();
    }
    return opens;
  } finally {
    await ext.close();
    await served.close();
  }
}

interface Row {
  name: BrowserName;
  build: string;
  opens: Open[];
}

/** The builds to compare: this checkout's, and the one in POPUP_BEFORE when it is set. */
function builds(): { build: string; root: string }[] {
  return BEFORE
    ? [
        { build: 'before', root: BEFORE },
        { build: 'after', root: ROOT },
      ]
    : [{ build: '', root: ROOT }];
}

async function measureAll(): Promise<Row[]> {
  const rows: Row[] = [];
  const rounds = BEFORE ? ROUNDS : 1;
  for (const name of ['chromium', 'firefox'] as const) {
    const own = builds().map((b) => ({ ...b, name, opens: [] as Open[] }));
    for (let round = 0; round < rounds; round++)
      for (const b of round % 2 ? [...own].reverse() : own)
        b.opens.push(...(await measure(name, RUNS, b.root)));
    rows.push(...own.map(({ name: n, build, opens }) => ({ name: n, build, opens })));
  }
  return rows;
}

function printTable(rows: readonly Row[]): void {
  const med = (opens: Open[], pick: (o: Open) => number | undefined) => {
    const xs = opens.map(pick).filter((x): x is number => x !== undefined);
    return xs.length ? `${median(xs).toFixed(1)} ms` : 'n/a';
  };
  const col = (pick: (o: Open) => number | undefined) => rows.map((r) => med(r.opens, pick));
  const table: string[][] = [
    ['median, ms from the popup’s navigation start', ...rows.map((r) => `${r.name} ${r.build}`.trim())],
    ['document interactive (HTML parsed)', ...col((o) => o.interactive)],
    ['popup script running (popup-start)', ...col((o) => o.marks['popup-start'])],
    ['page report arrived (popup-report)', ...col((o) => o.marks['popup-report'])],
    ['highlights arrived (popup-highlights)', ...col((o) => o.marks['popup-highlights'])],
    ['filled and rendered (popup-filled)', ...col((o) => o.marks['popup-filled'])],
  ];
  const w = table
    .map((r) => r.map((c) => c.length))
    .reduce((a, b) => a.map((x, i) => Math.max(x, b[i] ?? 0)));
  for (const r of table)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[0] ?? 0) : c.padStart(w[i] ?? 0))).join('  '));
}

export default async function run(): Promise<void> {
  for (const { root } of builds())
    if (!existsSync(path.join(root, '.output/chrome-mv3/manifest.json'))) {
      console.log(`building the extension in ${root} (no .output/chrome-mv3)…`);
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    }
  const rows = await measureAll();
  const rounds = BEFORE
    ? `${ROUNDS} rounds of ${RUNS} opens per build, before (${BEFORE}) and after alternated`
    : `${RUNS} opens`;
  console.log(`${PAGE} with one saved highlight; ${rounds} per browser, each after one warm-up`);
  printTable(rows);
  for (const r of rows) {
    const filled = r.opens.map((o) => o.marks['popup-filled'] ?? NaN);
    console.log(
      `${r.name}${r.build ? ` ${r.build}` : ''}: filled ${filled.map((x) => x.toFixed(0)).join('/')} ms${r.opens.some((o) => o.polled) ? ' (polled: this build has no marks)' : ''}`,
    );
  }
  for (const r of rows)
    console.log(
      figure(
        `popup open to filled, ${r.name}${r.build ? ` (${r.build})` : ''}, median of ${r.opens.length}`,
        median(r.opens.map((o) => o.marks['popup-filled'] ?? NaN)),
        ' ms',
        { max: TARGET_MS[r.name] },
      ),
    );
}
