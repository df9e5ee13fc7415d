// The extension makes no network request of its own. Every request is recorded while the
// extension reads a corpus page, saves a highlight, and the popup and the library are open:
// in Chromium from the page, the extension pages and the background service worker (CDP Network
// on its target); in Firefox from the page and the extension pages. Only the test's own pages
// on 127.0.0.1 and the extension's own files may appear. A canary request made from the service
// worker proves the recorder sees what the extension would send.
import type { CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  corpusPage,
  useExtension,
  visit,
  type BrowserName,
  selectText,
  settle,
  settleSelector,
  until,
} from './harness';

const PHRASE = '为奋力谱写“强富美高”新天宁现代化建设新篇章';

interface Seen {
  from: string;
  url: string;
}

function record(page: Page, from: string, seen: Seen[]): void {
  page.on('request', (r: HTTPRequest) => void seen.push({ from, url: r.url() }));
}

describe.each<BrowserName>(['chromium', 'firefox'])('network requests in %s', (name) => {
  const ctx = useExtension(name, { '/article.html': corpusPage('seed_tianning_congress_meeting.html') });
  const seen: Seen[] = [];
  let worker: CDPSession | null = null;

  beforeAll(async () => {
    if (name === 'chromium') {
      const target = await ctx.ext.browser.waitForTarget((t) => t.type() === 'service_worker');
      worker = await target.createCDPSession();
      await worker.send('Network.enable');
      worker.on('Network.requestWillBeSent', (e: { request: { url: string } }) =>
        seen.push({ from: 'service worker', url: e.request.url }),
      );
    }
  });

  /** Opens an extension page with the recorder on from its first request. */
  async function openRecorded(pathAndQuery: string, from: string): Promise<Page> {
    const p = await ctx.ext.browser.newPage();
    record(p, from, seen);
    return ctx.ext.openExtensionPage(pathAndQuery, p);
  }

  it('reads a page, saves a highlight, shows popup and library: no request leaves the machine', async () => {
    const page = await ctx.ext.browser.newPage();
    record(page, 'page', seen);
    await visit(page, `${ctx.served.origin}/article.html`);
    const tabId = await ctx.ext.tabIdOf(page);

    const popup = await openRecorded(`popup.html?tab=${tabId}`, 'popup');
    await settleSelector(popup, 'section .entity', 15_000);
    // Highlight through the same message the context menu sends, then check it was saved.
    await page.bringToFront();
    await selectText(page, PHRASE);
    const saved = await popup.evaluate(async (id: number) => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      const api = g.browser ?? g.chrome;
      const env = (await api.tabs.sendMessage(id, { type: 'page/highlightSelection', color: 'yellow' })) as {
        ok: boolean;
        value: boolean;
      };
      return env.ok && env.value;
    }, tabId);
    expect(saved).toBe(true);
    const again = await openRecorded(`popup.html?tab=${tabId}`, 'popup');
    await settleSelector(again, 'section.highlights li', 15_000);

    const library = await openRecorded('options.html', 'library');
    await settle(library, (p) => document.body.textContent?.includes(p) ?? false, PHRASE, 15_000);
    await new Promise((r) => setTimeout(r, 1000));

    const ours = (u: string) =>
      u.startsWith(`${ctx.served.origin}/`) ||
      u.startsWith('chrome-extension://') ||
      u.startsWith('moz-extension://') ||
      u.startsWith('data:') ||
      u === 'about:blank';
    expect(seen.filter((s) => !ours(s.url))).toEqual([]);
    // The recorder saw the page load (it is not deaf) ...
    expect(seen.some((s) => s.from === 'page' && s.url.startsWith(ctx.served.origin))).toBe(true);
    // ... and would see a request from an extension page (Firefox does not report the extension's
    // own moz-extension:// loads, so a canary request shows that the recorder hears extension pages).
    await library.evaluate(() => void fetch('http://canary.invalid/library').catch(() => {}));
    await until(
      () => seen.some((s) => s.from === 'library' && s.url === 'http://canary.invalid/library'),
      'the library canary request recorded',
    );
  });

  it.runIf(name === 'chromium')('would see a request from the service worker (canary)', async () => {
    const before = seen.length;
    await worker?.send('Runtime.evaluate', {
      expression: "fetch('http://canary.invalid/x').catch(() => {})",
    });
    await until(
      () => seen.slice(before).some((s) => s.url === 'http://canary.invalid/x'),
      'the service worker canary request recorded',
    );
  });
});
