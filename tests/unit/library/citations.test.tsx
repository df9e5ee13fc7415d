// @vitest-environment jsdom
// The library's citations and English layer, rendered for real (Preact in jsdom) over a
// fake-indexeddb database: "Copy citation" in a page's menu (the style offered first follows the
// interface language; the clipboard gets plain text; the notices say what happens), the page's
// RIS and BibTeX, the list's reference files and officials CSV, and the pinyin and English beside
// names, posts and formulations in the indexes.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp, type HashStore, type LibraryServices } from '../../../components/library/LibraryApp';
import type { ExportFile } from '../../../utils/library/exporting';
import { createStoreApi } from '../../../utils/store/api';
import { addAnnotation } from '../../../utils/store/annotations';
import type { RendaDb } from '../../../utils/store/schema';
import { openTestDb, pageInput, selectors } from '../store/helpers';
import { useEnglish, useLocale } from './i18n';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
useEnglish();

function memoryHash(initial = ''): HashStore & { value: string } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (h: string) => void (store.value = h),
    subscribe: () => () => {},
  };
  return store;
}

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, ms = 15_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Saved at noon local time: the citation's access date is that day in every time zone. */
const SAVED = new Date(2026, 11, 1, 12).getTime();
const URL = 'https://rd.example.gov.cn/a/1.html';

describe('citations and the English layer in the library', () => {
  let db: RendaDb;
  let root: HTMLElement;
  let downloads: ExportFile[];
  let copied: string[];
  let copyText: LibraryServices['copyText'];

  const mount = (uiLanguage = 'en-US', hash = memoryHash()) => {
    render(
      <LibraryApp
        store={createStoreApi(async () => db)}
        hash={hash}
        services={{
          openTab: () => {},
          download: (f) => void downloads.push(f),
          uiLanguage,
          ...(copyText ? { copyText } : {}),
        }}
      />,
      root,
    );
  };
  const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel);
  const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
  const click = (sel: string) => ($(sel) as HTMLElement).click();
  /** Every text the notice line showed, in order (a notice may replace another before a poll sees it). */
  const noticesSeen = (): string[] => {
    const seen: string[] = [];
    const area = $('.notice-area') as HTMLElement;
    new MutationObserver(() => {
      const text = area.querySelector('.notice-text')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(area, { childList: true, subtree: true, characterData: true });
    return seen;
  };

  beforeEach(async () => {
    db = await openTestDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(SAVED);
    await addAnnotation(db, {
      page: pageInput({
        byline: '记者 张三 欧阳修',
        siteName: '天宁区人大',
        source: '中共常州市天宁区委',
        officials: [{ name: '许小波', titles: ['区委书记'] }],
        slogans: [
          { text: '全过程人民民主', count: 2 },
          { text: '大事', count: 1 },
        ],
      }),
      selectors: selectors('坚持和完善人民代表大会制度', 10),
      color: 'yellow',
    });
    vi.useRealTimers();
    root = document.createElement('div');
    document.body.append(root);
    downloads = [];
    copied = [];
    copyText = async (text) => void copied.push(text);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    db.close();
  });

  it('copies a page’s citation as plain text, saying it is being prepared, then that it was copied', async () => {
    mount();
    await waitFor(() => $('.page-card'), 'the page');
    const seen = noticesSeen();
    click('.page-card .cite-gb7714');
    await waitFor(() => copied.length === 1, 'the copy');
    expect(copied).toEqual([
      '张三, 欧阳修. 区委召开人大工作会议[N/OL]. 天宁区人大, 2022-07-01[2026-12-01]. https://rd.example.gov.cn/a/1.html.',
    ]);
    await waitFor(() => seen.includes('Citation copied.'), 'the notice');
    // The first citation in a style builds its engine: the reader is told first.
    expect(seen).toEqual(['Preparing citation…', 'Citation copied.']);

    // The engine is built now: the next one is copied without the wait.
    click('.notice .dismiss');
    await waitFor(() => !$('.notice'), 'no notice');
    seen.length = 0;
    click('.page-card .cite-gb7714');
    await waitFor(() => copied.length === 2, 'the second copy');
    await waitFor(() => seen.includes('Citation copied.'), 'the notice');
    expect(seen).toEqual(['Citation copied.']);
  });

  it('copies Chicago note and bibliography entries', async () => {
    mount();
    await waitFor(() => $('.page-card'), 'the page');
    click('.page-card .cite-chicago-note');
    await waitFor(() => copied.length === 1, 'the note');
    click('.page-card .cite-chicago-bibliography');
    await waitFor(() => copied.length === 2, 'the entry');
    expect(copied).toEqual([
      '张三 and 欧阳修, “区委召开人大工作会议,” 天宁区人大, July 1, 2022, https://rd.example.gov.cn/a/1.html.',
      '张三, and 欧阳修. “区委召开人大工作会议.” 天宁区人大, July 1, 2022. https://rd.example.gov.cn/a/1.html.',
    ]);
  });

  it.each([
    [
      'en',
      'en-US',
      ['Chicago (note)', 'Chicago (bibliography)', 'GB/T 7714'],
      'Copy citation: Chicago (note)',
    ],
    ['zh_CN', 'zh-CN', ['GB/T 7714', '芝加哥格式（脚注）', '芝加哥格式（参考文献）'], '复制引文：GB/T 7714'],
  ] as const)(
    'in %s offers the interface’s style first, each named for what it does',
    async (locale, lang, labels, first) => {
      useLocale(locale);
      try {
        mount(lang);
        await waitFor(() => $('.page-card'), 'the page');
        expect($$('.page-card .menu-body button.cite').map((b) => b.textContent)).toEqual(labels);
        expect($('.page-card .menu-body button.cite')?.getAttribute('aria-label')).toBe(first);
      } finally {
        useEnglish();
      }
    },
  );

  it('says so when the clipboard refuses', async () => {
    copyText = () => Promise.reject(new Error('Clipboard write was blocked'));
    mount();
    await waitFor(() => $('.page-card'), 'the page');
    click('.page-card .cite-gb7714');
    const notice = await waitFor(() => $('.notice.error'), 'an error');
    expect(notice.textContent).toContain('Clipboard write was blocked');
  });

  it('downloads one page as RIS and as BibTeX from its menu', async () => {
    mount();
    await waitFor(() => $('.page-card'), 'the page');
    click('.page-card .export-ris');
    await waitFor(() => downloads.length === 1, 'the RIS file');
    click('.page-card .export-bib');
    await waitFor(() => downloads.length === 2, 'the BibTeX file');
    const [ris, bib] = downloads as [ExportFile, ExportFile];
    expect(ris.fileName).toBe('区委召开人大工作会议-2022-07-01.ris');
    expect(ris.text).toMatch(
      /^TY {2}- NEWS\r\nAU {2}- 张, 三\r\nAU {2}- 欧阳, 修\r\nTI {2}- 区委召开人大工作会议\r\n/,
    );
    expect(ris.text).toContain(`UR  - ${URL}\r\n`);
    expect(bib.fileName).toBe('区委召开人大工作会议-2022-07-01.bib');
    expect(bib.text).toMatch(/^@article\{renda20220701\w+,\n\tauthor = \{张, 三 and 欧阳, 修\},\n/);
    expect($('.notice-text')?.textContent).toBe('Exported 区委召开人大工作会议-2022-07-01.bib.');
  });

  it('exports the listed pages as RIS, BibTeX, CSL-JSON and the officials CSV', async () => {
    mount();
    await waitFor(() => $('.page-card'), 'the page');
    for (const f of ['ris', 'bib', 'csljson', 'officials']) click(`.export-menu .export-${f}`);
    await waitFor(() => downloads.length === 4, 'four files');
    const byName = Object.fromEntries(
      downloads.map((d) => [d.fileName.replace(/-\d{4}-\d{2}-\d{2}/, ''), d]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'renda-reader-officials.csv',
      'renda-reader.bib',
      'renda-reader.json',
      'renda-reader.ris',
    ]);
    expect(byName['renda-reader.ris']?.text).toContain('TI  - 区委召开人大工作会议');
    expect(JSON.parse(byName['renda-reader.json']?.text ?? '')).toMatchObject([
      { title: '区委召开人大工作会议', 'container-title': '天宁区人大', URL },
    ]);
    expect(byName['renda-reader-officials.csv']?.text.split('\r\n')[1]).toBe(
      `许小波,Xu Xiaobo,区委书记,"Secretary, District Party Committee",天宁区,区,2022-07-01,${URL}`,
    );
  });

  it('shows pinyin beside names and the English of posts under them in the officials index', async () => {
    mount('en-US', memoryHash('#view=people'));
    const entry = await waitFor(() => $('.people .entry'), 'an official');
    expect(entry.querySelector('.name')?.textContent).toBe('许小波');
    expect(entry.querySelector('summary .pinyin')?.textContent).toBe('Xu Xiaobo');
    const details = entry.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    const post = await waitFor(() => {
      details.dispatchEvent(new Event('toggle'));
      return entry.querySelector('.timeline li');
    }, 'the timeline');
    // The post as placed on the page, its English on a line of its own.
    expect(post.querySelector('.post')?.textContent).toBe('天宁区委书记');
    expect(post.querySelector('.post-en')?.textContent).toBe('Secretary, Tianning District Party Committee');

    // By post: the English under the post, the holder's pinyin beside the name.
    click('.people .toggle button:nth-child(2)');
    const byPost = await waitFor(
      () => $('.people .entry summary .post-en') && $('.people .entry'),
      'by post',
    );
    expect(byPost.querySelector('.post-en')?.textContent).toBe(
      'Secretary, Tianning District Party Committee',
    );
  });

  it('finds an official by pinyin and a post by its English in the index’s filter box', async () => {
    mount('en-US', memoryHash('#view=people'));
    await waitFor(() => $('.people .entry'), 'an official');
    const filter = $<HTMLInputElement>('.people .index-tools input') as HTMLInputElement;
    for (const [text, n] of [
      ['xu xiao', 1],
      ['Tianning District Party', 1],
      ['Zhang', 0],
    ] as const) {
      filter.value = text;
      filter.dispatchEvent(new Event('input', { bubbles: true }));
      await waitFor(() => $$('.people .entry').length === n, `${n} for ${text}`);
    }
  });

  it('shows the standard English beside national formulations only, in the formulation index', async () => {
    mount('en-US', memoryHash('#view=slogans'));
    await waitFor(() => $$('.slogans .entry').length === 2, 'two formulations');
    const rows = $$('.slogans .entry summary').map((s) => [
      s.querySelector('.name')?.textContent,
      s.querySelector('.en')?.textContent ?? null,
      s.querySelector('.en')?.getAttribute('lang') ?? null,
    ]);
    expect(rows).toEqual([
      ['全过程人民民主', "whole-process people's democracy", 'en'],
      ['大事', null, null],
    ]);
  });
});
