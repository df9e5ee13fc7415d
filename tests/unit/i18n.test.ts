import { describe, expect, it } from 'vitest';
import { tn } from '../../utils/i18n';
import { useLocale } from './library/i18n';

describe('tn: messages that say a number', () => {
  it.each([
    ['en', 1, '1 highlight'],
    ['en', 0, '0 highlights'],
    ['en', 2, '2 highlights'],
    ['zh_CN', 1, '1 条高亮'],
    ['zh_CN', 5, '5 条高亮'],
  ] as const)('%s, %i', (locale, n, expected) => {
    useLocale(locale);
    expect(tn('libHighlightsCount', n, String(n))).toBe(expected);
  });

  it('follows a change of language (the rules are not kept from the first call)', () => {
    useLocale('zh_CN');
    expect(tn('libPagesCount', 1, '1')).toBe('1 个网页');
    useLocale('en');
    expect(tn('libPagesCount', 1, '1')).toBe('1 page');
  });
});
