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
  it('has the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(en))('%s: same substitutions, no blank text', (key) => {
    const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    expect(en[key]?.message.trim()).not.toBe('');
    expect(zh[key]?.message.trim()).not.toBe('');
    expect(subs(zh[key]?.message ?? '')).toEqual(subs(en[key]?.message ?? ''));
  });
});
