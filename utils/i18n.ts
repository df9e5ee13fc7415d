import { browser } from 'wxt/browser';
import type { DbErrorCode } from './core/errors';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
/** Messages that say a number: each has a key per plural category of the language, `<stem>_<category>`. */
export type PluralStem = MessageKey extends infer K ? (K extends `${infer S}_other` ? S : never) : never;

/** Interface text in the browser's language (English or Chinese), from public/_locales. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * A message that says `count` of something, in the plural form the interface
 * language's rules choose (English: one/other; Chinese: other only). The
 * browser's i18n has no plurals, so each form is its own key; a language
 * without a form falls back to `_other`.
 */
export function tn(stem: PluralStem, count: number, ...substitutions: string[]): string {
  const category = pluralRules().select(count);
  const key = `${stem}_${category}` as MessageKey;
  return (
    browser.i18n.getMessage(key, substitutions) ||
    browser.i18n.getMessage(`${stem}_other` as MessageKey, substitutions) ||
    stem
  );
}

const rulesByLanguage = new Map<string, Intl.PluralRules>();
function pluralRules(): Intl.PluralRules {
  const language = browser.i18n.getUILanguage();
  let rules = rulesByLanguage.get(language);
  if (!rules) rulesByLanguage.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
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
