// @vitest-environment jsdom
// The popup's list of a page's highlights: placed ones jump, orphans say why they are not placed,
// and the how-to line shows only where selecting text highlights.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightList } from '../../../components/HighlightList';
import type { AnnotationRecord } from '../../../utils/core/records';
import { selectors } from '../store/helpers';
import { message, useLocale } from '../library/i18n';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const record = (id: string, exact: string, tags: string[] = [], note = ''): AnnotationRecord => ({
  id,
  pageUrl: 'http://127.0.0.1/a.html',
  selectors: selectors(exact),
  color: 'yellow',
  tags,
  note,
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

function show(
  props: Partial<Parameters<typeof HighlightList>[0]> = {},
  onReveal: (id: string) => void = () => {},
) {
  act(() => {
    render(
      <HighlightList
        saved={[record('a', '四个意识', ['强富美高'])]}
        orphaned={[record('b', '<b>全过程人民民主</b>')]}
        hint
        onReveal={onReveal}
        {...props}
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
    expect(show({ verbatimOnly })).toEqual([
      { quote: '四个意识', meta: ['强富美高'] },
      { quote: '<b>全过程人民民主</b>', meta: [message(key, [], locale)] },
    ]);
    expect(host.querySelector('b')).toBeNull();
  });

  it('jumps to a placed highlight, never to an orphan', () => {
    useLocale('en');
    const revealed: string[] = [];
    show({}, (id) => revealed.push(id));
    host.querySelectorAll<HTMLElement>('li button, li.orphan').forEach((el) => el.click());
    expect(revealed).toEqual(['a']);
  });

  it.each([
    ['tags and a note', ['人大工作', '强富美高'], '区委提法', '人大工作 · 强富美高区委提法', 1],
    ['tags only', ['人大工作'], '', '人大工作', 1],
    ['a note only', [], '区委提法', '区委提法', 1],
    ['neither', [], '', null, 0],
  ] as const)('%s: one meta line after the quote', (_, tags, note, metaText, lines) => {
    useLocale('en');
    show({ saved: [record('a', '四个意识', [...tags], note)], orphaned: [] });
    const button = host.querySelector('li button') as HTMLElement;
    // The dot, then the quote, then the meta line: the dot is the quote's neighbour, not a line of its own.
    expect([...button.children].map((c) => c.className)).toEqual([
      'dot',
      'quote',
      ...(lines ? ['meta hl-meta'] : []),
    ]);
    expect(button.querySelectorAll('.meta')).toHaveLength(lines);
    expect(button.querySelector('.meta')?.textContent ?? null).toBe(metaText);
  });

  it.each(['en', 'zh_CN'] as const)('in %s, with no highlight: says how to add one', (locale) => {
    useLocale(locale);
    show({ saved: [], orphaned: [], hint: true });
    expect(host.querySelector('section.highlights .none')?.textContent).toBe(
      message('popupNoHighlights', [], locale),
    );
    expect(host.querySelectorAll('li')).toHaveLength(0);
    // The line alone: no heading counting zero highlights.
    expect(host.querySelector('h2')).toBeNull();
  });

  it('says nothing where highlighting is not possible and there is no highlight', () => {
    useLocale('en');
    show({ saved: [], orphaned: [], hint: false });
    expect(host.innerHTML).toBe('');
  });

  it('lists the highlights where selecting does not highlight, without the how-to line', () => {
    useLocale('en');
    expect(show({ orphaned: [], hint: false })).toEqual([{ quote: '四个意识', meta: ['强富美高'] }]);
    expect(host.querySelector('.none')).toBeNull();
  });
});
