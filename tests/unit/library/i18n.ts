// The interface text of the English locale in tests: WXT's fake browser has no i18n.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

export function message(key: string, subs: readonly string[] = []): string {
  const m = en[key]?.message;
  if (m === undefined) return '';
  return m.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}

export function useEnglish(): void {
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, subs?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, subs) =>
    message(key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
  i18n.getUILanguage = () => 'en';
}
