// Storage faults in real Chromium, through the whole path (page → content script → service
// worker → IndexedDB):
// - the service worker stopped between requests: the next save restarts it and works;
// - the service worker stopped while a save is under way: the page's answer and the database
//   agree (saved and reported, or not saved and reported as such), never "saved" and lost;
// - the disk full: Chromium's quota override (CDP Storage.overrideQuotaForOrigin) does not apply to
//   extension origins (they get unlimited quota), so the running worker's IndexedDB is made to throw
//   QuotaExceededError (Runtime.evaluate in the worker): the save is refused, the page shows
//   "Not saved: …" (read through the closed shadow root with DOM.getDocument pierce), the highlights
//   already saved stay, and saving works once the fault is gone.
// Faults at every write of every change, blocked upgrades and old versions: tests/unit/faults/.
import type { CDPSession, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  corpusPage,
  useExtension,
  visit,
  selectText,
  ask as askFrom,
  settleSelector,
  until,
} from './harness';
import type { Envelope } from '../../utils/messaging';

const SENTENCES = [
  '区委书记许小波出席会议并讲话',
  '区人大常委会主任沈月芬',
  '全过程人民民主',
  '强富美高',
  '人大代表',
];

interface DomNode {
  nodeType: number;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

describe('storage faults in chromium', () => {
  const ctx = useExtension('chromium', {
    '/article.html': corpusPage('seed_tianning_congress_meeting.html'),
  });
  let page: Page;
  let probe: Page;
  let cdp: CDPSession;
  let tabId: number;

  const ask = <T>(tab: number | null, msg: object): Promise<Envelope<T>> => askFrom<T>(probe, tab, msg);

  /** Selects the first occurrence of text in the page, outside links. */
  /** The quotes saved for the page, read from the database by the background. */
  async function savedQuotes(): Promise<string[]> {
    const env = await ask<{ selectors: { type: string; exact?: string }[] }[]>(null, {
      type: 'annotations/forPage',
      url: `${ctx.served.origin}/article.html`,
      canonical: null,
    });
    if (!env.ok) throw new Error(env.error);
    return env.value.map((a) => a.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '').sort();
  }

  async function highlight(text: string): Promise<Envelope<boolean>> {
    await selectText(page, text);
    return ask<boolean>(tabId, { type: 'page/highlightSelection', color: 'yellow' });
  }

  const statuses: string[] = [];
  async function stopWorker(): Promise<void> {
    await cdp.send('ServiceWorker.stopAllWorkers');
  }

  /** All text in the page, shadow roots (closed ones too) included. */
  async function pageText(): Promise<string> {
    const session = await page.createCDPSession();
    try {
      const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
        root: DomNode;
      };
      const out: string[] = [];
      const walk = (n: DomNode) => {
        if (n.nodeType === 3) out.push(n.nodeValue);
        for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
      };
      walk(root);
      return out.join(' ');
    } finally {
      await session.detach();
    }
  }

  beforeAll(async () => {
    page = await ctx.ext.browser.newPage();
    await visit(page, `${ctx.served.origin}/article.html`);
    tabId = await ctx.ext.tabIdOf(page);
    probe = await ctx.ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await settleSelector(probe, 'section .entity', 15_000);
    cdp = await probe.createCDPSession();
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) =>
      statuses.push(...e.versions.map((v) => v.runningStatus)),
    );
    await cdp.send('ServiceWorker.enable');
  });

  it('saves after the service worker was stopped: it restarts, and what was saved is still there', async () => {
    expect(await highlight(SENTENCES[0] as string)).toEqual({ ok: true, value: true });
    statuses.length = 0;
    await stopWorker();
    await until(() => statuses.includes('stopped'), 'the service worker reported stopped');
    expect(await highlight(SENTENCES[1] as string)).toEqual({ ok: true, value: true });
    // The save ran in a restarted worker (CDP may report it a moment after the page's answer).
    await until(
      () => statuses.slice(statuses.lastIndexOf('stopped')).includes('running'),
      'the service worker reported running again',
    );
    expect(await savedQuotes()).toEqual([SENTENCES[0], SENTENCES[1]].sort());
  });

  it('the page and the database agree when the worker is stopped while saving', async () => {
    const before = await savedQuotes();
    const outcomes: { text: string; saved: boolean }[] = [];
    for (const [i, text] of [SENTENCES[2], SENTENCES[3]].entries()) {
      await selectText(page, text as string);
      const pending = ask<boolean>(tabId, { type: 'page/highlightSelection', color: 'yellow' });
      await new Promise((r) => setTimeout(r, i * 5));
      await stopWorker();
      const env = await pending;
      // A save that failed is reported (false: the toolbar shows "Not saved: …"), never thrown away.
      expect(env.ok).toBe(true);
      outcomes.push({ text: text as string, saved: env.ok && env.value });
    }
    const after = await savedQuotes();
    for (const o of outcomes)
      expect(after.includes(o.text), `${o.text}: page says saved=${o.saved}`).toBe(o.saved);
    for (const q of before) expect(after).toContain(q);
  });

  it('a full disk refuses the save, says so on the page, keeps what was saved, and works again', async () => {
    const before = await savedQuotes();
    // Wake the worker, then make its IndexedDB refuse writes as a full disk does.
    const target = await ctx.ext.browser.waitForTarget((t) => t.type() === 'service_worker');
    const worker = await target.createCDPSession();
    const patch = (on: boolean) =>
      worker.send('Runtime.evaluate', {
        expression: on
          ? `globalThis.__put = IDBObjectStore.prototype.put;
             IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`
          : 'IDBObjectStore.prototype.put = globalThis.__put;',
      });
    await patch(true);
    try {
      expect(await highlight(SENTENCES[4] as string)).toEqual({ ok: true, value: false });
      const notSaved =
        /Not saved: Could not save the highlight: the browser's storage for this extension is full/;
      await until(async () => notSaved.test(await pageText()), 'the page says the highlight was not saved');
    } finally {
      await patch(false);
    }
    expect(await savedQuotes()).toEqual(before);
    await page.evaluate(() => document.body.click());
    expect(await highlight(SENTENCES[4] as string)).toEqual({ ok: true, value: true });
    expect(await savedQuotes()).toEqual([...before, SENTENCES[4] as string].sort());
  });
});
