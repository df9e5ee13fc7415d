// Gets the page report from a tab's content script, injecting the script first
// when the tab was opened before the extension was installed or updated.
import { browser } from 'wxt/browser';
import { sendToTab, type PageReport } from '../messaging';

export type TabReport = PageReport | { status: 'restricted' };

export async function requestReport(tabId: number, force: boolean): Promise<TabReport> {
  try {
    return await sendToTab(tabId, { type: 'page/report', force });
  } catch {
    // No content script answered: inject it (activeTab allows it on the tab the user is looking at).
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    } catch {
      return { status: 'restricted' };
    }
    return sendToTab(tabId, { type: 'page/report', force });
  }
}

/** The tab the popup is about: ?tab=ID (tests, the library), else the active tab. */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
