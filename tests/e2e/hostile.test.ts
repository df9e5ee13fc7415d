// Hostile pages in real browsers (generated at test time: tests/fixtures/hostile/pages.ts).
// - Page text that looks like markup, script or templates stays text in the popup and the
//   library: it shows literally, creates no element, runs nothing (a payload would set __pwned).
// - Pages that replace built-ins, forbid everything with a Content-Security-Policy, nest 1,000
//   levels deep, hold frames, 100,000 elements or 10 MB of text: the content script throws
//   nothing (CDP sees exceptions of the extension's isolated world: a canary proves it), answers
//   the popup in bounded time (too-large pages are refused, not read), and the page's own script
//   keeps running.
// - On pages that are not news nothing of ours keeps running: while the settled page is used,
//   the trace holds no event from our scripts (on a news page, where the highlighter listens, it
//   does), and the content script's main-thread time at document_idle stays under 2 ms.
import type { CDPSession, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { median } from '../../scripts/bench-lib';
import { evaluateMs, extensionActivityWhileUsed, traceLoad } from '../../scripts/bench/cost';
import {
  IMG_PAYLOAD,
  SCRIPT_PAYLOAD,
  TEMPLATE_PAYLOAD,
  deepPage,
  englishArticlePage,
  framesPage,
  hugeTextPage,
  manyElementsPage,
  newsParagraphs,
  prototypePage,
  strictCspPage,
  xssPage,
} from '../fixtures/hostile/pages';
import { useExtension, visit, type BrowserName, selectText, ask } from './harness';

/** Waits until the page's own script ran twice, polling with a bare expression: puppeteer's
 * waitForFunction uses built-ins that a hostile page may have replaced. */
async function pageKeptWorking(page: Page): Promise<void> {
  await page.bringToFront();
  for (let t0 = Date.now(); Date.now() - t0 < 10_000;) {
    if (((await page.evaluate('window.__pageRuns')) as number) >= 2) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the page script did not run twice within 10 s');
}

/** Elements a payload would have created, and its flag, in a page. */
const traces = (p: Page) =>
  p.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
    imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
  }));

describe.each<BrowserName>(['chromium', 'firefox'])('page text stays text in %s', (name) => {
  const ctx = useExtension(name, { '/xss.html': xssPage() });

  /** The hostile page in a new tab, and the popup for it once it shows the headline. */
  async function openWithPopup(): Promise<{ page: Page; tabId: number; popup: Page }> {
    const page = await ctx.ext.browser.newPage();
    await visit(page, `${ctx.served.origin}/xss.html`);
    const tabId = await ctx.ext.tabIdOf(page);
    const popup = await ctx.ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('main h1', { timeout: 15_000 });
    return { page, tabId, popup };
  }

  it('shows markup in a headline literally in the popup, and nothing runs', async () => {
    const { page, popup } = await openWithPopup();
    const title = await popup.$eval('main h1', (h) => h.textContent ?? '');
    expect(title).toContain(IMG_PAYLOAD);
    expect(await popup.$eval('body', (b) => b.textContent ?? '')).toContain(IMG_PAYLOAD);
    expect(await traces(popup)).toEqual({ pwned: 0, imgs: 0, scripts: 0 });
    // The page's own script ran after ours, twice (at load and 1.5 s later), and no payload fired.
    await pageKeptWorking(page);
    expect((await traces(page)).pwned).toBe(0);
  });

  it('shows a saved quote, tags and note made of markup literally in the library, and nothing runs', async () => {
    const { page, tabId, popup: probe } = await openWithPopup();
    await page.bringToFront();
    await selectText(page, SCRIPT_PAYLOAD);
    expect(await ask(probe, tabId, { type: 'page/highlightSelection', color: 'pink' })).toEqual({
      ok: true,
      value: true,
    });
    const listed = await ask<{ saved: { id: string }[] }>(probe, tabId, { type: 'page/annotations' });
    const id = listed.ok ? listed.value.saved[0]?.id : undefined;
    expect(id).toBeTruthy();
    const updated = await ask(probe, null, {
      type: 'annotations/update',
      id,
      changes: { note: IMG_PAYLOAD, tags: [TEMPLATE_PAYLOAD, '<b>粗</b>'] },
    });
    expect(updated.ok).toBe(true);

    const library = await ctx.ext.openExtensionPage('options.html');
    await library.waitForFunction(
      (p: string) => document.body.textContent?.includes(p),
      { timeout: 15_000 },
      SCRIPT_PAYLOAD,
    );
    const text = await library.$eval('body', (b) => b.textContent ?? '');
    for (const literal of [SCRIPT_PAYLOAD, IMG_PAYLOAD, TEMPLATE_PAYLOAD, '<b>粗</b>'])
      expect(text).toContain(literal);
    expect(await library.$$eval('b', (bs) => bs.filter((b) => b.textContent === '粗').length)).toBe(0);
    expect(await traces(library)).toEqual({ pwned: 0, imgs: 0, scripts: 0 });
    expect((await traces(page)).pwned).toBe(0);
  });
});

describe('hostile pages in chromium', () => {
  const ctx = useExtension('chromium', {
    '/proto.html': prototypePage(),
    '/csp.html': strictCspPage(),
    '/deep.html': deepPage(1000),
    '/frames.html': framesPage('/frame.html'),
    '/frame.html': `<!doctype html><html lang="zh-CN"><title>区人大常委会</title><body>${newsParagraphs(3)}</body></html>`,
    '/many.html': manyElementsPage(100_000),
    '/huge.html': hugeTextPage(10),
    '/en.html': englishArticlePage(400),
    '/many-en.html': manyElementsPage(100_000, false),
    '/news.html': xssPage(),
  });
  let probe: Page;

  beforeAll(async () => {
    probe = await ctx.ext.openExtensionPage('popup.html?tab=none');
  });

  /** Opens a page with CDP watching for exceptions in every world of it. */
  async function watched(
    path: string,
  ): Promise<{ page: Page; cdp: CDPSession; errors: string[]; tabId: number }> {
    const page = await ctx.ext.browser.newPage();
    const cdp = await page.createCDPSession();
    const errors: string[] = [];
    cdp.on(
      'Runtime.exceptionThrown',
      (e: { exceptionDetails: { text: string; url?: string; exception?: { description?: string } } }) =>
        errors.push(
          `${e.exceptionDetails.url ?? ''} ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`,
        ),
    );
    await cdp.send('Runtime.enable');
    await visit(page, `${ctx.served.origin}${path}`);
    const tabId = await ctx.ext.tabIdOf(page);
    return { page, cdp, errors, tabId };
  }

  const ofExtension = (errors: string[]) => errors.filter((e) => e.includes('chrome-extension://'));

  it('sees an exception thrown in the extension’s world (canary for the checks below)', async () => {
    const { cdp, errors } = await watched('/news.html');
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
      contexts.push(e.context),
    );
    await cdp.send('Runtime.disable');
    await cdp.send('Runtime.enable');
    const ours = contexts.find(
      (c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated',
    );
    expect(ours).toBeDefined();
    await cdp.send('Runtime.evaluate', {
      contextId: ours?.id,
      expression: "setTimeout(() => { throw new Error('canary') }, 0)",
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(errors.some((e) => e.includes('canary'))).toBe(true);
  });

  it.each([
    ['/proto.html', 'replaces Array, JSON, Node and EventTarget methods', 'article'],
    ['/csp.html', 'has the strictest Content-Security-Policy', 'article'],
    ['/deep.html', 'nests 1,000 levels deep', 'article'],
    ['/frames.html', 'holds frames', 'article'],
    ['/many.html', 'has 100,000 elements', 'too-large'],
    ['/huge.html', 'has 10 MB of text', 'too-large'],
  ])(
    '%s (%s): no exception, an answer in bounded time, the page keeps working',
    async (path, _, expected) => {
      const { page, errors, tabId } = await watched(path);
      const t0 = Date.now();
      const answer = await ask<{ status: string; reason?: string }>(probe, tabId, {
        type: 'page/report',
        force: true,
      });
      const ms = Date.now() - t0;
      expect(answer.ok).toBe(true);
      if (answer.ok) expect(answer.value.reason ?? answer.value.status).toBe(expected);
      expect(ms).toBeLessThan(5000);
      await pageKeptWorking(page);
      expect(ofExtension(errors)).toEqual([]);
      await page.close();
    },
  );

  // WXT's content-script wrapper posts {type: '…wxt:content-script-started'} to the page; the gate
  // and the analyzer are plain scripts so that no page can tell the extension is installed.
  it('tells the page nothing: no message from the extension reaches a page that is not news', async () => {
    const page = await ctx.ext.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __heard: string[] };
      w.__heard = [];
      window.addEventListener('message', (e) => w.__heard.push(JSON.stringify(e.data)));
    });
    await visit(page, `${ctx.served.origin}/en.html`);
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate('window.__heard')).toEqual([]);
    await page.close();
  });

  it('nothing of ours keeps running on a page that is not news; on a news page the highlighter does', async () => {
    const page = await ctx.ext.browser.newPage();
    // Tracing covers the whole browser: only content scripts count (the probe page runs scripts too).
    const ours = [`${ctx.ext.base}/gate.js`, `${ctx.ext.base}/analyzer.js`];
    await traceLoad(page, `${ctx.served.origin}/en.html`);
    expect(await extensionActivityWhileUsed(page, ours)).toEqual([]);
    await traceLoad(page, `${ctx.served.origin}/news.html`);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await extensionActivityWhileUsed(page, ours)).length).toBeGreaterThan(0);
    await page.close();
  });

  // A Chinese page that is not news (/zh-shop.html) is sampled by the gate and takes more: about
  // 2.3 ms here, printed by `npm run bench -- cost`; see the README's threat model.
  it.each(['/en.html', '/many-en.html'])(
    '%s: the content script takes under 2 ms of main-thread time at document_idle (median of 5)',
    async (path) => {
      const page = await ctx.ext.browser.newPage();
      const ms: number[] = [];
      for (let i = 0; i < 6; i++) {
        const events = await traceLoad(page, `${ctx.served.origin}${path}`);
        if (i > 0) ms.push(evaluateMs(events, `${ctx.ext.base}/gate.js`).thread);
      }
      expect(ms.every((m) => m > 0)).toBe(true);
      expect(median(ms)).toBeLessThan(2);
      await page.close();
    },
  );
});
