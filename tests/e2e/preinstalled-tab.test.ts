import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { corpusPage, useExtension, visit, type BrowserName, settleSelector } from './harness';

// A tab opened before the extension was installed has no content script: the popup
// must analyse it on demand rather than report an error.
describe.each<BrowserName>(['chromium', 'firefox'])('a tab older than the extension, in %s', (name) => {
  let page: Page;
  const ctx = useExtension(
    name,
    { '/changshu.html': corpusPage('seed_changshu_secretary_visit.html') },
    (served) => ({
      beforeInstall: async (browser) => {
        page = await browser.newPage();
        await visit(page, `${served.origin}/changshu.html`);
      },
    }),
  );

  it('is analysed when the popup opens', async () => {
    const { ext } = ctx;
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await settleSelector(popup, 'section .entity', 15_000);
    const text = await popup.$eval('main', (m) => m.textContent ?? '');
    expect(text).toContain('周勤第');
    expect(text).toContain('市委书记');
  });
});
