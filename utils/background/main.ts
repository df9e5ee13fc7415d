// The background owns the database and the toolbar badge, and answers the
// content script. It keeps no state of its own: a stopped service worker loses nothing.
import type { WxtBrowser } from 'wxt/browser';
import { listen, type BackgroundProtocol, type Handlers } from '../messaging';

export function badgeText(count: number | null): string {
  if (count === null) return '';
  return count > 99 ? '99+' : String(count);
}

export function startBackground(browser: WxtBrowser): void {
  // MV2 (Firefox) has browserAction where MV3 has action.
  const action = browser.action ?? browser.browserAction;

  const handlers: Handlers<BackgroundProtocol> = {
    'badge/set': async ({ count }, { tabId }) => {
      if (tabId === undefined) return null;
      await action.setBadgeBackgroundColor({ tabId, color: '#b22222' });
      await action.setBadgeText({ tabId, text: badgeText(count) });
      return null;
    },
    'library/open': async () => {
      await browser.runtime.openOptionsPage();
      return null;
    },
    'annotations/forPage': () => notYet(),
    'annotations/add': () => notYet(),
    'annotations/update': () => notYet(),
    'annotations/delete': () => notYet(),
    'annotations/restore': () => notYet(),
    'tags/all': () => notYet(),
  };
  listen(handlers);
}

function notYet(): never {
  throw new Error('Saving highlights is not available in this build.');
}
