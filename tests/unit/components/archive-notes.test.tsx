// @vitest-environment jsdom
// What the popup and the library say about a saved article: changed since when and how much,
// gone and why, a version not kept — in words, in both languages, plurals included.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArchiveNotes } from '../../../components/ArchiveNotes';
import type { ArchiveState } from '../../../utils/core/records';
import { formatBytes } from '../../../utils/present/bytes';
import { useLocale } from '../library/i18n';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const DAY = new Date(2026, 10, 30, 12).getTime();
const LATER = new Date(2026, 11, 2, 9).getTime();

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function said(archive: ArchiveState, locale: 'en' | 'zh_CN' = 'en'): string {
  useLocale(locale);
  render(<ArchiveNotes archive={archive} onOpenCopy={() => {}} />, host);
  return host.textContent ?? '';
}

describe('ArchiveNotes', () => {
  it.each<[string, ArchiveState, 'en' | 'zh_CN', string[]]>([
    [
      'a change, one of each',
      { change: { at: LATER, since: DAY, edited: 1, removed: 1, added: 0 } },
      'en',
      ['Changed since 2026-11-30: 1 passage edited, 1 removed, 0 added', 'Open the saved copy'],
    ],
    [
      'a change, plurals',
      { change: { at: LATER, since: DAY, edited: 3, removed: 2, added: 5 } },
      'en',
      ['3 passages edited, 2 removed, 5 added'],
    ],
    [
      'a change in Chinese',
      { change: { at: LATER, since: DAY, edited: 1, removed: 1, added: 0 } },
      'zh_CN',
      ['自 2026-11-30 以来有改动：1 段修改，1 段删除，0 段新增', '打开保存的副本'],
    ],
    [
      'a 404',
      { gone: { at: LATER, reason: 'http' } },
      'en',
      ['The article is gone (found so on 2026-12-02: the server answers with an error).'],
    ],
    [
      'a soft 404',
      { gone: { at: LATER, reason: 'not-found-page' } },
      'en',
      ['the page says it does not exist'],
    ],
    ['another page', { gone: { at: LATER, reason: 'missing' } }, 'zh_CN', ['页面已不含此文']],
    [
      'a version over its budget',
      { notKept: { at: LATER, reason: 'version-too-large', size: 3 * 1024 * 1024, limit: 2 * 1024 * 1024 } },
      'en',
      ['This version was not kept: at 3.0 MB it is larger than the 2.0 MB a saved article may take'],
    ],
  ])('says %s', (_name, archive, locale, parts) => {
    const text = said(archive, locale);
    for (const p of parts) expect(text).toContain(p);
  });

  it('says nothing when nothing happened, and offers no copy', () => {
    expect(said({ current: 'a'.repeat(64) })).toBe('');
    expect(host.querySelector('button')).toBeNull();
  });

  it('tells gone before changed: the page is no longer there to have changed', () => {
    const text = said({
      change: { at: DAY, since: DAY, edited: 1, removed: 0, added: 0 },
      gone: { at: LATER, reason: 'http' },
    });
    expect(text).toContain('The article is gone');
    expect(text).not.toContain('Changed since');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [2048, '2.0 KB'],
    [48 * 1024, '48 KB'],
    [5.2 * 1024 * 1024, '5.2 MB'],
    [300 * 1024 * 1024, '300 MB'],
  ])('%d bytes read %s', (n, s) => expect(formatBytes(n)).toBe(s));
});
