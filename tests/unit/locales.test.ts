import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('interface text', () => {
  const en = load('en');
  const zh = load('zh_CN');
  // A message that says a number has one key per plural category its language has: `<stem>_one`, `<stem>_other`.
  const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
  const stems = (messages: Record<string, unknown>) =>
    Object.keys(messages).map((k) => PLURAL.exec(k)?.[1] ?? k);
  const forms = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('has the same messages in English and Chinese', () => {
    expect([...new Set(stems(zh))].sort()).toEqual([...new Set(stems(en))].sort());
  });
  it.each([
    ['en', en],
    ['zh-CN', zh],
  ] as const)('%s: every plural message has exactly the forms its language uses', (locale, messages) => {
    const plural = [...new Set(Object.keys(messages).flatMap((k) => PLURAL.exec(k)?.[1] ?? []))];
    expect(plural.length).toBeGreaterThan(0);
    for (const stem of plural) {
      const have = Object.keys(messages)
        .filter((k) => PLURAL.exec(k)?.[1] === stem)
        .map((k) => PLURAL.exec(k)?.[2])
        .sort();
      expect(have, stem).toEqual([...forms(locale)].sort());
    }
  });
  it.each(Object.keys(en).filter((k) => !PLURAL.test(k)))('%s: same substitutions, no blank text', (key) => {
    const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    expect(en[key]?.message.trim()).not.toBe('');
    expect(zh[key]?.message.trim()).not.toBe('');
    expect(subs(zh[key]?.message ?? '')).toEqual(subs(en[key]?.message ?? ''));
  });
  it.each(Object.keys(en).filter((k) => k.endsWith('_other')))(
    '%s: the same substitutions in each form and language',
    (key) => {
      const subs = (s: string | undefined) => [...(s ?? '').matchAll(/\$\d/g)].map((m) => m[0]).sort();
      expect(subs(zh[key]?.message)).toEqual(subs(en[key]?.message));
      expect(zh[key]?.message.trim()).not.toBe('');
    },
  );
});
