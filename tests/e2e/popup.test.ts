import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPage, useExtension, visit, type BrowserName, settle, settleSelector } from './harness';

describe.each<BrowserName>(['chromium', 'firefox'])('popup in %s', (name) => {
  const ctx = useExtension(name, {
    '/tianning.html': corpusPage('seed_tianning_congress_meeting.html'),
    '/gbk.html': corpusPage('traf_he_xinhuanet_2012_gb2312.html'),
    '/plain.html':
      '<!doctype html><html lang="en"><title>Recipes</title><body><p>Bake the bread.</p></body></html>',
  });

  async function popupFor(path: string) {
    const { ext, served } = ctx;
    const page = await ext.browser.newPage();
    await visit(page, served.origin + path);
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    return { page, popup, tabId };
  }

  it('lists the officials of a congress article and counts them on the badge', async () => {
    const { popup, tabId } = await popupFor('/tianning.html');
    await settleSelector(popup, 'section .entity', 15_000);
    const text = await popup.$eval('main', (m) => m.textContent ?? '');
    expect(text).toContain('许小波');
    expect(text).toContain('区委书记');
    const badge = await popup.evaluate(async (id: number) => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      const api = g.browser ?? g.chrome;
      const action = api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction;
      return action.getBadgeText({ tabId: id });
    }, tabId);
    expect(Number(badge)).toBeGreaterThan(0);
  });

  it('scrolls the page to an official when the popup entry is clicked', async () => {
    const { page, popup } = await popupFor('/tianning.html');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const before = await page.evaluate(() => window.scrollY);
    await settleSelector(popup, 'section .entity', 15_000);
    await popup.click('section .entity');
    await settle(page, (y) => String(window.scrollY) !== y, String(before), 5_000);
    expect(await page.evaluate(() => window.scrollY)).not.toBe(before);
  });

  it('reads a GB2312 page as the browser decodes it', async () => {
    const { popup } = await popupFor('/gbk.html');
    await settleSelector(popup, 'main h1', 15_000);
    const gold = JSON.parse(readFileSync('../shared/corpus/gold/traf_he_xinhuanet_2012_gb2312.json', 'utf8'));
    expect(await popup.$eval('main h1', (h) => h.textContent)).toBe(gold.title);
  });

  it('says plainly that a page is not an article, and offers to analyse it anyway', async () => {
    const { popup } = await popupFor('/plain.html');
    await settleSelector(popup, '.status button', 15_000);
    expect(await popup.$eval('.status', (s) => s.textContent)).toMatch(/not look like|不是/);
  });
});
