import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HIGHLIGHT_COMMAND, WEB_PAGES, startBackground } from '../../../utils/background/main';

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

// The context-menu item and the keyboard shortcut ask the tab's content script to highlight
// its selection. WXT's fake browser has no contextMenus or commands events: a small stand-in.
function event<A extends unknown[]>() {
  const listeners: ((...a: A) => unknown)[] = [];
  return {
    addListener: (l: (...a: A) => unknown) => void listeners.push(l),
    fire: (...a: A) => Promise.all(listeners.map((l) => l(...a))),
  };
}

describe('background: highlighting from the menu and the shortcut', () => {
  let sent: { tabId: number; msg: unknown }[];
  let created: unknown[];
  let onClicked: ReturnType<typeof event<[{ menuItemId: string }, { id?: number } | undefined]>>;
  let onCommand: ReturnType<typeof event<[string]>>;
  let activeTab: number | undefined;
  /** Tabs with a content script that answers; a message to any other fails as the browser's does. */
  let listening: Set<number>;
  let injected: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    onClicked = event();
    onCommand = event();
    sent = [];
    created = [];
    activeTab = 5;
    listening = new Set([5, 7]);
    injected = [];
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, msg: unknown) => {
      if (!listening.has(tabId)) throw new Error(NO_RECEIVER);
      sent.push({ tabId, msg });
      return { ok: true, value: true };
    }) as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
      target: { tabId: number };
    }) => {
      injected.push(injection);
      // A tab the extension may not run in (a browser page) refuses the script.
      if (injection.target.tabId === 13) throw new Error('Cannot access contents of the page.');
      listening.add(injection.target.tabId);
      return [];
    }) as never);
    const browser = {
      ...fakeBrowser,
      runtime: fakeBrowser.runtime,
      contextMenus: {
        removeAll: async () => {},
        create: (p: unknown) => void created.push(p),
        onClicked,
      },
      commands: { onCommand },
      tabs: { ...fakeBrowser.tabs, query: async () => (activeTab === undefined ? [] : [{ id: activeTab }]) },
    };
    startBackground(browser as never);
  });

  it('creates the Highlight item for selections on web pages only, where it can work', async () => {
    await vi.waitFor(() =>
      expect(created).toEqual([
        {
          id: 'renda-highlight',
          title: 'menuHighlight',
          contexts: ['selection'],
          documentUrlPatterns: ['http://*/*', 'https://*/*'],
        },
      ]),
    );
    expect(WEB_PAGES).toEqual(['http://*/*', 'https://*/*']);
  });

  it('highlights the selection of the tab the menu was used in', async () => {
    await onClicked.fire({ menuItemId: 'renda-highlight' }, { id: 7 });
    await vi.waitFor(() =>
      expect(sent).toEqual([{ tabId: 7, msg: { type: 'page/highlightSelection', color: null } }]),
    );
  });

  it('ignores other menu items and tabs it cannot reach', async () => {
    await onClicked.fire({ menuItemId: 'other' }, { id: 7 });
    await onClicked.fire({ menuItemId: 'renda-highlight' }, { id: -1 });
    await onClicked.fire({ menuItemId: 'renda-highlight' }, undefined);
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
  });

  it('highlights the active tab on the keyboard shortcut, and only for its command', async () => {
    await onCommand.fire('something-else');
    await onCommand.fire(HIGHLIGHT_COMMAND);
    await vi.waitFor(() =>
      expect(sent).toEqual([{ tabId: 5, msg: { type: 'page/highlightSelection', color: null } }]),
    );
  });

  it('injects the analyzer into a tab that has none yet (a page that is not news), then highlights', async () => {
    await onClicked.fire({ menuItemId: 'renda-highlight' }, { id: 9 });
    await vi.waitFor(() =>
      expect(sent).toEqual([{ tabId: 9, msg: { type: 'page/highlightSelection', color: null } }]),
    );
    expect(injected).toEqual([{ target: { tabId: 9, frameIds: [0] }, files: ['/analyzer.js'] }]);
  });

  it('does the same for an extension page, which learns the outcome', async () => {
    const answer = await ask(
      { type: 'tab/highlightSelection', tabId: 9 },
      fakeBrowser.runtime.getURL('/popup.html'),
    );
    expect(answer).toEqual({ ok: true, value: true });
    expect(sent).toEqual([{ tabId: 9, msg: { type: 'page/highlightSelection', color: null } }]);
    // A page the extension cannot run on: the reason, not silence.
    expect(
      await ask({ type: 'tab/highlightSelection', tabId: 13 }, fakeBrowser.runtime.getURL('/popup.html')),
    ).toEqual({
      ok: false,
      error: 'The extension cannot run on this page.',
    });
  });

  it('refuses a content script that asks to act in a tab', async () => {
    const answer = await ask({ type: 'tab/highlightSelection', tabId: 7 }, 'https://example.cn/a.html');
    expect(answer).toMatchObject({ ok: false });
    expect(sent).toEqual([]);
  });
});

/** Sends a message to the background as a page at `url` would, and waits for its answer. */
function ask(msg: object, url: string): Promise<unknown> {
  return new Promise((resolve) => {
    // Our listeners answer through sendResponse, the third argument, which the fake's type omits.
    void (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>)(
      msg,
      { url, tab: { id: 3 }, frameId: 0 },
      resolve,
    );
  });
}
