// The background owns the database and the toolbar badge, and answers the content
// script and the extension pages (whose store calls arrive as store/call). It keeps no state of its own: a stopped service worker loses nothing.
import type { WxtBrowser } from 'wxt/browser';
import { articleHash } from '../archive/hash';
import { addAnnotation, allTags, annotationsForPage } from '../store/annotations';
import { keepArticle, visitPage } from '../store/archive';
import { getPage } from '../store/pages';
import { createStoreApi } from '../store/api';
import { openDb, type RendaDb } from '../store/schema';
import { t } from '../i18n';
import { listen, type BackgroundProtocol, type Handlers } from '../messaging';
import { injectAnalyzer, sendToTabInjecting } from '../tabs';
import { storeCallHandler } from './store-call';

export const HIGHLIGHT_COMMAND = 'highlight-selection';
const MENU_ID = 'renda-highlight';
/** The pages the analyzer can be injected into (host_permissions in wxt.config.ts): the menu is
 * not offered elsewhere (extension pages, file:, the browser's own pages), where it could not work. */
export const WEB_PAGES = ['http://*/*', 'https://*/*'];

export function badgeText(count: number | null): string {
  if (count === null) return '';
  return count > 99 ? '99+' : String(count);
}

export function startBackground(browser: WxtBrowser): void {
  // MV2 (Firefox) has browserAction where MV3 has action.
  const action = browser.action ?? browser.browserAction;

  // Opened on first use; a failed open is retried on the next request rather than cached.
  let opening: Promise<RendaDb> | null = null;
  const db = (): Promise<RendaDb> => {
    opening ??= openDb().catch((err: unknown) => {
      opening = null;
      throw err;
    });
    return opening;
  };

  const store = createStoreApi(db);
  const extensionOrigin = browser.runtime.getURL('/');

  // Highlighting without the selection toolbar: the context menu and the keyboard shortcut. The
  // analyzer is injected first where it is not running yet (a page that is not news).
  const highlightIn = async (tabId: number | undefined): Promise<boolean> => {
    if (tabId === undefined || tabId < 0) return false;
    return sendToTabInjecting(tabId, { type: 'page/highlightSelection', color: null });
  };

  const handlers: Handlers<BackgroundProtocol> = {
    'content/start': async ({ url, canonical, news }, { tabId, frameId }) => {
      if (tabId === undefined || frameId !== 0) return false;
      // A saved page (highlights, or an article kept) is compared with its copy even when it no
      // longer looks like news: a "page not found" is exactly what the reader must be told about.
      const needed = news || (await getPage(await db(), url, canonical)) !== null;
      if (needed) await injectAnalyzer(tabId);
      return needed;
    },
    'badge/set': async ({ count }, { tabId }) => {
      if (tabId === undefined) return null;
      await action.setBadgeBackgroundColor({ tabId, color: '#b22222' });
      await action.setBadgeText({ tabId, text: badgeText(count) });
      return null;
    },
    'annotations/forPage': async ({ url, canonical }) => annotationsForPage(await db(), url, canonical),
    'annotations/add': async ({ page, annotation, snapshot }) => {
      const article = snapshot ? { snapshot, hash: await articleHash(snapshot) } : undefined;
      return addAnnotation(await db(), { page, ...annotation, ...(article ? { article } : {}) });
    },
    'archive/keep': async ({ page, snapshot }) => keepArticle(await db(), page, snapshot),
    'archive/visit': async (visit) => visitPage(await db(), visit),
    'annotations/update': ({ id, changes }) => store.updateAnnotation(id, changes),
    'annotations/delete': ({ id }) => store.deleteAnnotation(id),
    'annotations/restore': async ({ annotation }) => {
      await store.restoreAnnotation(annotation);
      return null;
    },
    'tags/all': async () => allTags(await db()),
    'tab/highlightSelection': ({ tabId }, { url }) => {
      // A content script speaks for its page: other tabs are not its to act in.
      if (!url?.startsWith(extensionOrigin)) throw new Error('Only extension pages may ask this.');
      return highlightIn(tabId);
    },
    'store/call': storeCallHandler(store, extensionOrigin),
  };
  listen(handlers);

  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menuHighlight'),
      contexts: ['selection'],
      documentUrlPatterns: WEB_PAGES,
    }),
  );
  // A page the extension cannot run on fails here; the page itself says what went wrong otherwise.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void highlightIn(tab?.id).catch(() => {});
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== HIGHLIGHT_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await highlightIn(tab?.id).catch(() => {});
  });
}
