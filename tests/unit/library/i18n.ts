// Interface text from public/_locales in tests: WXT's fake browser has no i18n.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;
const load = (dir: string) =>
  JSON.parse(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')) as Messages;
const LOCALES = { en: load('en'), zh_CN: load('zh_CN') };

export function message(
  key: string,
  subs: readonly string[] = [],
  locale: keyof typeof LOCALES = 'en',
): string {
  const m = LOCALES[locale][key]?.message;
  if (m === undefined) return '';
  return m.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}

/** Makes the fake browser speak one of our locales. */
export function useLocale(locale: keyof typeof LOCALES): void {
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, subs?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, subs) =>
    message(key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs], locale);
  i18n.getUILanguage = () => locale.replace('_', '-');
}

export function useEnglish(): void {
  useLocale('en');
}
