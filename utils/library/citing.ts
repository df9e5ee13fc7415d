// Citations of saved pages for the extension pages (library, popup). The formatter, citation-js
// with citeproc and the CSL styles (utils/export/cite.ts, some 950 kB), is loaded on demand
// only: this module itself is light, so the library's first screen does not wait for it and no
// content script could carry it. citeproc builds an engine per style and locale on first use,
// which takes one to two seconds in a browser for Chicago's long style: it runs in a worker
// (cite-worker.ts) so that the page never freezes, and warmUpCitations() builds both engines
// while the reader looks at the library, so that "Copy citation" answers at once. In the unit
// tests (Node and jsdom have no Worker) the formatter runs in the test's own thread.
/// <reference types="vite/client" />
import type { PageRecord } from '../core/records';
import { buildCslJson, recordCitation, type CslItem } from '../export/citation';
import type { CitationOptions, CitationStyle } from '../export/cite';
import type { CiteReply, CiteRequest } from './cite-answer';

export type { CitationStyle };
export { citationStyles, markdownCitationStyle } from './citation-styles';

/** A request before it is numbered (each kind of request keeps its own fields). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<CiteRequest>;
/** One request to the formatter, answered with text. */
type Formatter = (request: Request) => Promise<string>;

let inPage: Promise<Formatter> | null = null;

/**
 * The formatter on the test's own thread, for the unit tests (Node and jsdom have no Worker).
 * Only there: a build leaves the branch out (Vite sets MODE), so that citation-js is not in the
 * extension twice, once in the worker's file and once in a chunk of the page.
 */
function pageFormatter(): Promise<Formatter> {
  // (import.meta.env is Vite's: absent where Node runs this module directly, as the benchmarks do.)
  if (import.meta.env?.MODE !== 'test')
    return Promise.reject(new Error('The citation formatter did not start (its worker could not load).'));
  inPage ??= import('./cite-answer').then(
    ({ answer }) =>
      (request: Request) =>
        Promise.resolve().then(() => answer({ ...request, id: 0 } as CiteRequest)),
    (err: unknown) => {
      inPage = null;
      throw err;
    },
  );
  return inPage;
}

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const pending = new Map<number, { resolve: (text: string) => void; reject: (err: Error) => void }>();

/**
 * The worker, started on first use; null where there is none (or it failed to start). Vite
 * bundles the worker (and citation-js with it) as a file of its own; it is imported only where
 * workers exist, so that Node (the benchmarks, which render the library) never meets `?worker`.
 */
async function citeWorker(): Promise<Worker | null> {
  if (worker || broken || typeof Worker !== 'function') return worker;
  try {
    const { default: CiteWorker } = await import('./cite-worker?worker');
    worker ??= new CiteWorker({ name: 'citations' });
    if (worker.onmessage) return worker;
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (e: MessageEvent<CiteReply>) => {
    const reply = e.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.text);
    else waiting?.reject(new Error(reply.error));
  };
  // A worker that cannot load (or dies): what it was asked is answered without it (in the unit
  // tests), or fails saying so.
  worker.onerror = (e) => {
    e.preventDefault();
    broken = true;
    worker?.terminate();
    worker = null;
    const lost = [...pending.values()];
    pending.clear();
    for (const p of lost) p.reject(new WorkerLost());
  };
  return worker;
}

class WorkerLost extends Error {}

/** Formats in the worker if there is one, else (or if it is lost) in the page. */
async function format(request: Request): Promise<string> {
  const w = await citeWorker();
  if (w) {
    try {
      return await new Promise<string>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        w.postMessage({ ...request, id } as CiteRequest);
      });
    } catch (err) {
      if (!(err instanceof WorkerLost)) throw err;
    }
  }
  return (await pageFormatter())(request);
}

/** Loads the formatter (in the worker, or in the page): what "warming up" starts with. */
export async function loadCite(): Promise<void> {
  await format({ op: 'ris', items: [] });
}

/** Engines citeproc has built (by style family and locale): formatting with them is quick. */
const built = new Set<string>();

/** Which engine a style uses: Chicago's notes and bibliography are one style, in English. */
function engineOf(style: CitationStyle): string {
  return style === 'gb7714' ? 'gb7714|zh-CN' : 'chicago|en-US';
}

/** Whether a citation in this style comes at once (else the caller says it is being prepared). */
export function citationReady(style: CitationStyle): boolean {
  return built.has(engineOf(style));
}

/** A saved page's CSL-JSON item, with the byline and site name it was saved with (older pages have neither). */
export function pageCitationItem(page: PageRecord): CslItem {
  return recordCitation(page, { byline: page.byline ?? null, siteName: page.siteName ?? null });
}

/**
 * Pages cited in a style as plain text, one a line. GB/T 7714 without its list numbers: what is
 * copied is pasted into the reader's own list, which numbers itself.
 */
export function citePages(pages: readonly PageRecord[], style: CitationStyle): Promise<string> {
  return citeItems(pages.map(pageCitationItem), style);
}

/** CSL-JSON items cited in a style, as citePages (the popup cites the page it reads: PageReport.citation). */
export async function citeItems(items: readonly CslItem[], style: CitationStyle): Promise<string> {
  const options: CitationOptions = { numbers: false };
  const text = await format({ op: 'cite', items: [...items], style, options });
  built.add(engineOf(style));
  return text;
}

/**
 * A synchronous citation function for these pages (the Markdown builder is synchronous): each
 * page cited on its own in a style, plain text, without a number; null for any other page.
 */
export async function citationFunction(
  pages: readonly PageRecord[],
  style: CitationStyle,
): Promise<(page: PageRecord) => string | null> {
  const texts = new Map<string, string>();
  // One at a time: the formatter does one thing at a time anyway, and so the order is kept.
  for (const page of pages) texts.set(page.url, await citePages([page], style));
  return (page) => texts.get(page.url) || null;
}

/** A page for the warm-up, never shown: citeproc only needs something to format. */
const WARM_UP_PAGE: PageRecord = {
  url: 'https://example.org/',
  aliases: [],
  title: '预热',
  published: '2020-01-01',
  source: null,
  site: 'example.org',
  officials: [],
  meetings: [],
  slogans: [],
  created: 0,
  updated: 0,
};

/**
 * Loads the formatter and builds the engines of both styles, one at a time with a pause between,
 * so that the page stays responsive while it happens. `pause` waits for a quiet moment (the
 * library passes requestIdleCallback); resolves when done, never rejects (a failure shows when
 * the reader asks for a citation, with its reason).
 */
export async function warmUpCitations(
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
): Promise<void> {
  try {
    await pause();
    await loadCite();
    for (const style of ['gb7714', 'chicago-note'] as const) {
      if (citationReady(style)) continue;
      await pause();
      await citePages([WARM_UP_PAGE], style);
    }
  } catch {
    // Nothing to do here: citePages says what failed when the reader asks.
  }
}

/** The research file formats: RIS and BibTeX through citation-js, CSL-JSON as it is. */
export type ReferenceFormat = 'ris' | 'bib' | 'csljson';

/** Pages as a reference-manager file (Zotero, EndNote, JabRef, biblatex). */
export async function referenceText(kind: ReferenceFormat, pages: readonly PageRecord[]): Promise<string> {
  const items = pages.map(pageCitationItem);
  return kind === 'csljson' ? buildCslJson(items) : format({ op: kind, items });
}
