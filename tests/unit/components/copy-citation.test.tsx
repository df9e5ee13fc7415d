// @vitest-environment jsdom
// "Copy citation" in the popup: the page's own CSL-JSON item, cited in the chosen style, on the
// clipboard as plain text; the styles in the interface language's order; a failure said, not swallowed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyCitation } from '../../../entrypoints/popup/CopyCitation';
import { citationItem } from '../../../utils/export/citation';
import { message, useLocale } from '../library/i18n';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const item = citationItem({
  url: 'http://127.0.0.1/tianning.html',
  title: '区委召开人大工作会议',
  published: '2022-07-01',
  source: '天宁人大',
  site: '127.0.0.1',
  byline: null,
  siteName: '天宁区人大',
  accessed: '2026-12-02',
});

let host: HTMLElement;
let written: string[];
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  written = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (s: string) => void written.push(s) },
  });
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const buttons = () => [...host.querySelectorAll('button')];
async function settleUntil(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 25)));
}

describe('Copy citation in the popup', () => {
  it.each([
    ['zh_CN', ['libCiteGb7714', 'libCiteChicagoNote', 'libCiteChicagoBibliography']],
    ['en', ['libCiteChicagoNote', 'libCiteChicagoBibliography', 'libCiteGb7714']],
  ] as const)('offers the styles in the order of %s', (locale, keys) => {
    useLocale(locale);
    act(() => render(<CopyCitation item={item} />, host));
    expect(buttons().map((b) => b.textContent)).toEqual(keys.map((k) => message(k, [], locale)));
  });

  it('puts the GB/T 7714 citation of the page on the clipboard and says so', async () => {
    useLocale('zh_CN');
    act(() => render(<CopyCitation item={item} />, host));
    act(() => buttons()[0]?.click());
    await settleUntil(() => written.length > 0);
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('区委召开人大工作会议[N/OL]');
    expect(written[0]).toContain('http://127.0.0.1/tianning.html');
    await settleUntil(() => host.textContent?.includes(message('libCitationCopied', [], 'zh_CN')) ?? false);
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      message('libCitationCopied', [], 'zh_CN'),
    );
  });

  it('says why when the clipboard refuses', async () => {
    useLocale('en');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error('Document is not focused.')) },
    });
    act(() => render(<CopyCitation item={item} />, host));
    act(() => buttons()[0]?.click());
    await settleUntil(() => host.textContent?.includes('Document is not focused.') ?? false);
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Document is not focused.');
  });
});
