import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HIGHLIGHT_COMMAND, startBackground } from '../../../utils/background/main';

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

  beforeEach(() => {
    fakeBrowser.reset();
    onClicked = event();
    onCommand = event();
    sent = [];
    created = [];
    activeTab = 5;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, msg: unknown) => {
      sent.push({ tabId, msg });
      return { ok: true, value: true };
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

  it('creates the Highlight item for selections', async () => {
    await vi.waitFor(() =>
      expect(created).toEqual([{ id: 'renda-highlight', title: 'menuHighlight', contexts: ['selection'] }]),
    );
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
});
