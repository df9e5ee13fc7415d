// @vitest-environment jsdom
// The popup over a fake tab: both questions go to the tab at once, the page's highlights come
// before its people, the how-to line only where selecting highlights, and the "filled" mark
// that `npm run bench -- popup` reads is set once, when both answers are on screen.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, loadTab } from '../../../entrypoints/popup/App';
import type { AnnotationRecord } from '../../../utils/core/records';
import type { PageAnnotations, PageReport } from '../../../utils/messaging';
import { selectors } from '../store/helpers';
import { message, useLocale } from '../library/i18n';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const QUOTE = '坚持和完善人民代表大会制度';
const annotation: AnnotationRecord = {
  id: 'a',
  pageUrl: 'http://127.0.0.1/a.html',
  selectors: selectors(QUOTE),
  color: 'yellow',
  tags: [],
  note: '',
  created: 1,
  updated: 1,
};
const ARTICLE: PageReport = {
  status: 'article',
  url: 'http://127.0.0.1/a.html',
  article: { title: '区委召开人大工作会议', published: '2022-07-01', source: null, byline: null },
  detection: {
    congress: { isCongressNews: true, score: 3 },
    officials: [{ name: '许小波', titles: ['区委书记'], mentions: [] }],
    meetings: [],
    slogans: [],
  },
  timings: { extractMs: 1, detectMs: 1 },
};
const NOT_ARTICLE: PageReport = { status: 'not-article', url: 'http://127.0.0.1/b.html' };
const LIST_PAGE: PageReport = { status: 'not-article', url: 'http://127.0.0.1/c.html', analysed: true };

/** A tab whose content script answers when the test says so; what was asked, in order. */
function fakeTab(report: PageReport, highlights: PageAnnotations) {
  const asked: string[] = [];
  const pending: (() => void)[] = [];
  const sendMessage = vi.fn((_tabId: number, msg: { type: string }) => {
    asked.push(msg.type);
    // The page is not saved: no copies to tell about.
    const value = msg.type === 'page/report' ? report : msg.type === 'page/archive' ? null : highlights;
    return new Promise((resolve) => pending.push(() => resolve({ ok: true, value })));
  });
  (fakeBrowser.tabs as unknown as { sendMessage: typeof sendMessage }).sendMessage = sendMessage;
  return {
    asked,
    /** Once the three questions are out, answers them. */
    async answerAll() {
      for (let i = 0; pending.length < 3 && i < 50; i++) await new Promise((r) => setTimeout(r, 0));
      pending.splice(0).forEach((answer) => answer());
    },
  };
}

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  performance.clearMarks();
});
afterEach(() => {
  render(null, host);
  host.remove();
});

async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

describe('the popup', () => {
  it('asks for the report and the highlights before either answer has come', async () => {
    const tab = fakeTab(ARTICLE, { saved: [annotation], orphaned: [], verbatimOnly: false });
    const loading = loadTab('?tab=7', false);
    for (let i = 0; tab.asked.length < 3 && i < 50; i++) await new Promise((r) => setTimeout(r, 0));
    // All questions are out while the tab has answered none: in parallel, not one after the other.
    expect(tab.asked.sort()).toEqual(['page/annotations', 'page/archive', 'page/report']);
    await tab.answerAll();
    const loaded = await loading;
    expect(loaded?.report.status).toBe('article');
    expect(loaded?.highlights).toEqual({ saved: [annotation], orphaned: [], verbatimOnly: false });
  });

  it.each(['en', 'zh_CN'] as const)(
    'in %s: lists the highlights above the people, then marks itself filled',
    async (locale) => {
      useLocale(locale);
      const tab = fakeTab(ARTICLE, { saved: [annotation], orphaned: [], verbatimOnly: false });
      act(() => render(<App first={loadTab('?tab=7', false)} />, host));
      expect(host.textContent).toBe(message('popupLoading', [], locale));
      expect(performance.getEntriesByName('popup-filled')).toHaveLength(0);
      await tab.answerAll();
      await settled();
      const headings = [...host.querySelectorAll('h2')].map((h) => h.firstChild?.textContent?.trim());
      expect(headings).toEqual(
        ['popupHighlights', 'popupOfficials', 'popupMeetings', 'popupSlogans'].map((k) =>
          message(k, [], locale),
        ),
      );
      expect(host.querySelector('.quote')?.textContent).toBe(QUOTE);
      expect(performance.getEntriesByName('popup-filled')).toHaveLength(1);
    },
  );

  it.each<[string, boolean, PageReport]>([
    ['an article', true, ARTICLE],
    ['a page not read yet, as not news', false, NOT_ARTICLE],
    ['a page read and found to hold no article', true, LIST_PAGE],
  ])('on %s with no highlight: the how-to line shows: %s', async (_, shown, report) => {
    useLocale('en');
    const tab = fakeTab(report, { saved: [], orphaned: [], verbatimOnly: false });
    act(() => render(<App first={loadTab('?tab=7', false)} />, host));
    await tab.answerAll();
    await settled();
    expect(host.textContent).not.toBe(message('popupLoading'));
    expect(host.textContent?.includes(message('popupNoHighlights'))).toBe(shown);
  });

  it.each<[string, string, boolean, PageReport]>([
    ['not read yet', 'popupNotArticle', true, NOT_ARTICLE],
    ['read and found to hold no article', 'popupNoArticleText', false, LIST_PAGE],
  ])('a page %s: says %s; offers "Analyse anyway": %s', async (_, key, offered, report) => {
    useLocale('en');
    const tab = fakeTab(report, { saved: [], orphaned: [], verbatimOnly: false });
    act(() => render(<App first={loadTab('?tab=7', false)} />, host));
    await tab.answerAll();
    await settled();
    expect(host.textContent).toContain(message(key));
    const buttons = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons.includes(message('popupAnalyseAnyway'))).toBe(offered);
  });
});
