import { browser } from 'wxt/browser';
import type { DbErrorCode } from './core/errors';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** Interface text in the browser's language (English or Chinese), from public/_locales. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The data layer words its errors in English, naming the operation that failed.
 * In an English interface those words are the best; in Chinese, the failures
 * that mean the same whatever the operation are said in Chinese. Null: keep the
 * error's own words.
 */
export function dbErrorText(code: DbErrorCode): string | null {
  if (!/^zh/i.test(browser.i18n.getUILanguage())) return null;
  switch (code) {
    case 'quota':
      return t('libDbQuota');
    case 'version':
      return t('libDbVersion');
    case 'closed':
      return t('libDbClosed');
    default:
      return null;
  }
}
