// Talking to a tab's content script from the popup or the background, injecting
// the script first when the tab was opened before the extension was installed or updated.
import { browser } from 'wxt/browser';
import { sendToTab, type ContentProtocol, type Message, type PageReport, type Response } from './messaging';

export const ANALYZER_SCRIPT = '/analyzer.js';

/** Runs the analyzer in a tab's top frame (it does nothing if it is already there). */
export async function injectAnalyzer(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANALYZER_SCRIPT] });
}

export class RestrictedPageError extends Error {
  constructor() {
    super('The extension cannot run on this page.');
  }
}

export async function sendToTabInjecting<K extends keyof ContentProtocol>(
  tabId: number,
  msg: Message<ContentProtocol, K>,
): Promise<Response<ContentProtocol, K>> {
  try {
    return await sendToTab(tabId, msg);
  } catch {
    // No content script answered (a tab older than the extension): inject it.
    try {
      await injectAnalyzer(tabId);
    } catch {
      throw new RestrictedPageError();
    }
    return sendToTab(tabId, msg);
  }
}

export type TabReport = PageReport | { status: 'restricted' };

export async function requestReport(tabId: number, force: boolean): Promise<TabReport> {
  try {
    return await sendToTabInjecting(tabId, { type: 'page/report', force });
  } catch (err) {
    if (err instanceof RestrictedPageError) return { status: 'restricted' };
    throw err;
  }
}

/** The tab the popup is about: ?tab=ID (tests, the library), else the active tab. */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
