// @vitest-environment jsdom
// The popup's list of a page's highlights: placed ones jump, orphans say why they are not placed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightList } from '../../../components/HighlightList';
import type { AnnotationRecord } from '../../../utils/core/records';
import { selectors } from '../store/helpers';
import { message, useLocale } from '../library/i18n';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const record = (id: string, exact: string, tags: string[] = []): AnnotationRecord => ({
  id,
  pageUrl: 'http://127.0.0.1/a.html',
  selectors: selectors(exact),
  color: 'yellow',
  tags,
  note: '',
  created: 1,
  updated: 1,
});

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(verbatimOnly: boolean | undefined, onReveal: (id: string) => void = () => {}) {
  act(() => {
    render(
      <HighlightList
        saved={[record('a', '四个意识', ['强富美高'])]}
        orphaned={[record('b', '<b>全过程人民民主</b>')]}
        verbatimOnly={verbatimOnly}
        onReveal={onReveal}
      />,
      host,
    );
  });
  return [...host.querySelectorAll('li')].map((li) => ({
    quote: li.querySelector('.quote')?.textContent,
    meta: [...li.querySelectorAll('.meta')].map((m) => m.textContent),
  }));
}

describe('HighlightList', () => {
  it.each([
    ['en', undefined, 'popupOrphaned'],
    ['en', true, 'popupNotSearched'],
    ['zh_CN', false, 'popupOrphaned'],
    ['zh_CN', true, 'popupNotSearched'],
  ] as const)('in %s, verbatimOnly %s: orphans say %s', (locale, verbatimOnly, key) => {
    useLocale(locale);
    expect(show(verbatimOnly)).toEqual([
      { quote: '四个意识', meta: ['强富美高'] },
      { quote: '<b>全过程人民民主</b>', meta: [message(key, [], locale)] },
    ]);
    expect(host.querySelector('b')).toBeNull();
  });

  it('jumps to a placed highlight, never to an orphan', () => {
    useLocale('en');
    const revealed: string[] = [];
    show(false, (id) => revealed.push(id));
    host.querySelectorAll<HTMLElement>('li button, li.orphan').forEach((el) => el.click());
    expect(revealed).toEqual(['a']);
  });
});
