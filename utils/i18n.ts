import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** Interface text in the browser's language (English or Chinese), from public/_locales. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
