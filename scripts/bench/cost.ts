// What the extension costs on pages that are not Chinese political news, in real Chromium:
// the main-thread time of the content script at document_idle (Chrome's trace event
// EvaluateScript for chrome-extension://…/gate.js, which holds its compile
// and run), beside the same figure for an empty content script in a second extension built
// here into a temporary folder, measured in the same run. Then, after the page settled, a
// stretch of scrolling, clicking, typing, DOM changes and resizing: any event the trace
// attributes to an extension script there means a listener or observer kept working.
// Needs `npm run build` first (reads .output/chrome-mv3).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  chineseShopPage,
  englishArticlePage,
  manyElementsPage,
  shopPage,
  webAppPage,
  xssPage,
} from '../../tests/fixtures/hostile/pages';
import { median } from '../bench-lib';
import { CHROMIUM_ARGS } from '../../tests/e2e/harness';

export const COST_PAGES: Record<string, () => string> = {
  'long English article': () => englishArticlePage(400),
  'shop listing': () => shopPage(2000),
  'web app (3,000 rows by script)': () => webAppPage(3000),
  '100,000 elements': () => manyElementsPage(100_000, false),
  'Chinese shop listing': () => chineseShopPage(1000),
};

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread time: what the main thread spent, without the time other processes had the CPU. */
  tdur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** Writes a minimal MV3 extension whose only content script is empty; returns its folder. */
export function writeEmptyExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'renda-empty-ext-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'empty.js'), '');
  return dir;
}

export async function launchWith(extensionDir: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [extensionDir],
    args: CHROMIUM_ARGS,
  });
}

export async function servePages(
  pages: Record<string, string>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-devtools.timeline'];

function eventsOf(buffer: Uint8Array | undefined): TraceEvent[] {
  const json = JSON.parse(Buffer.from(buffer ?? []).toString('utf8')) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(json) ? json : json.traceEvents;
}

const scriptOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.fileName ?? '';

/** Milliseconds of EvaluateScript for scripts whose URL starts with prefix: thread time and wall time. */
export function evaluateMs(events: TraceEvent[], prefix: string): { thread: number; wall: number } {
  const mine = events.filter((e) => e.name === 'EvaluateScript' && scriptOf(e).startsWith(prefix));
  return {
    thread: mine.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0),
    wall: mine.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0),
  };
}

/** Loads url with tracing on and waits for document_idle (plus a margin); returns the trace. */
export async function traceLoad(page: Page, url: string): Promise<TraceEvent[]> {
  await page.tracing.start({ categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  // document_idle is at the latest 200 ms after DOMContentLoaded; leave room for the script.
  await new Promise((r) => setTimeout(r, 600));
  return eventsOf(await page.tracing.stop());
}

/** Ordinary use of a page after it settled: anything an extension listener or observer would see. */
export async function usePage(page: Page): Promise<void> {
  // Clicks land on links in some pages: stay on the page.
  await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault(), true));
  await page.mouse.move(50, 50);
  await page.mouse.move(200, 150, { steps: 10 });
  await page.mouse.click(120, 120);
  await page.evaluate(() => {
    window.scrollBy(0, 800);
    const div = document.createElement('div');
    div.textContent = '区人大常委会 new content';
    document.body.append(div);
    document.body.firstElementChild?.setAttribute('data-x', '1');
    document.dispatchEvent(new Event('selectionchange'));
    window.dispatchEvent(new Event('resize'));
    history.pushState({}, '', '#changed');
  });
  await page.keyboard.press('Tab');
  await page.keyboard.down('Shift');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.up('Shift');
  await page.setViewport({ width: 900, height: 700 });
  await new Promise((r) => setTimeout(r, 400));
}

/** Trace events of scripts whose URL starts with one of the prefixes while the page is used after it settled. */
export async function extensionActivityWhileUsed(
  page: Page,
  prefixes: readonly string[],
): Promise<TraceEvent[]> {
  await page.tracing.start({ categories: CATEGORIES });
  await usePage(page);
  const events = eventsOf(await page.tracing.stop());
  return events.filter((e) => prefixes.some((p) => scriptOf(e).startsWith(p)));
}

/** The chrome-extension://ID base of the extension whose content script ran in this trace. */
function extensionBase(events: TraceEvent[], file: string): string | null {
  const e = events.find((x) => x.name === 'EvaluateScript' && scriptOf(x).endsWith(file));
  return e ? scriptOf(e).replace(/^(chrome-extension:\/\/[^/]+).*/, '$1') : null;
}

export interface CostFigures {
  page: string;
  /** Median main-thread (thread) time of our content script, ms. */
  ours: number;
  empty: number;
  /** Median wall time, ms (includes time the CPU went to other processes: noisy on a busy machine). */
  oursWall: number;
  emptyWall: number;
  /** Trace events from our scripts while the page was used after it settled. */
  laterEvents: number;
}

const LOADS = 7;

async function measure(
  extensionDir: string,
  file: string,
  origin: string,
  names: string[],
): Promise<Map<string, { ms: number[]; wall: number[]; later: number }>> {
  const browser = await launchWith(extensionDir);
  const out = new Map<string, { ms: number[]; wall: number[]; later: number }>();
  try {
    const page = await browser.newPage();
    // One load to warm the browser's caches, not counted.
    await traceLoad(page, `${origin}/0.html`);
    for (const [i, name] of names.entries()) {
      const ms: number[] = [];
      const wall: number[] = [];
      let later = 0;
      for (let k = 0; k < LOADS; k++) {
        const events = await traceLoad(page, `${origin}/${i}.html`);
        const base = extensionBase(events, file);
        if (!base) throw new Error(`${file} did not run on ${name}`);
        const t = evaluateMs(events, `${base}/`);
        ms.push(t.thread);
        wall.push(t.wall);
        if (k === 0) later = (await extensionActivityWhileUsed(page, [base])).length;
      }
      out.set(name, { ms, wall, later });
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** Medians per page type for our content script and an empty one, measured in one run. */
export async function costFigures(): Promise<CostFigures[]> {
  const names = Object.keys(COST_PAGES);
  const pages = Object.fromEntries(names.map((n, i) => [`/${i}.html`, (COST_PAGES[n] as () => string)()]));
  pages['/news.html'] = xssPage();
  const served = await servePages(pages);
  const emptyDir = writeEmptyExtension();
  try {
    const ours = await measure(path.resolve('.output/chrome-mv3'), 'gate.js', served.origin, names);
    const empty = await measure(emptyDir, 'empty.js', served.origin, names);
    return names.map((page) => ({
      page,
      ours: median(ours.get(page)?.ms ?? []),
      empty: median(empty.get(page)?.ms ?? []),
      oursWall: median(ours.get(page)?.wall ?? []),
      emptyWall: median(empty.get(page)?.wall ?? []),
      laterEvents: ours.get(page)?.later ?? -1,
    }));
  } finally {
    await served.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  const t0 = Date.now();
  const figures = await costFigures();
  console.log(
    `content script at document_idle, Chromium, medians of ${LOADS} loads (trace EvaluateScript: main-thread time, wall time)`,
  );
  console.log(
    'page'.padEnd(32) +
      'ours ms'.padStart(9) +
      'empty ms'.padStart(10) +
      'extra ms'.padStart(10) +
      'wall ours/empty'.padStart(18) +
      '  later events',
  );
  for (const f of figures) {
    console.log(
      f.page.padEnd(32) +
        f.ours.toFixed(2).padStart(9) +
        f.empty.toFixed(2).padStart(10) +
        (f.ours - f.empty).toFixed(2).padStart(10) +
        `${f.oursWall.toFixed(2)}/${f.emptyWall.toFixed(2)}`.padStart(18) +
        `  ${f.laterEvents}`,
    );
  }
  console.log(
    `(${((Date.now() - t0) / 1000).toFixed(0)} s; "later events": trace events from our scripts while the settled page was scrolled, clicked, typed in, changed and resized)`,
  );
}
