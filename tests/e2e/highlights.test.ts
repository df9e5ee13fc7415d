import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageAnnotations } from '../../utils/messaging';
import { hugeTextPage } from '../fixtures/hostile/pages';
import {
  askTab,
  corpusPage,
  useExtension,
  visit,
  type BrowserName,
  selectText,
  settle,
  settleSelector,
} from './harness';

// A phrase of the seed article; the toolbar lives in a closed shadow root, so the
// test works it as a user would: mouse on the swatch, keyboard in the editor.
const PHRASE = '为奋力谱写“强富美高”新天宁现代化建设新篇章';
const SEED = corpusPage('seed_tianning_congress_meeting.html').toString('utf8');

/** The text under each yellow highlight painted through the Custom Highlight API. */
const paintedYellow = () =>
  [...(CSS.highlights.get('renda-hl-yellow')?.values() ?? [])].map((r) => (r as Range).toString());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each<BrowserName>(['chromium', 'firefox'])('highlights in %s', (name) => {
  const ctx = useExtension(name, { '/article.html': SEED });
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await ctx.ext.browser.newPage();
    await visit(page, `${ctx.served.origin}/article.html`);
    tabId = await ctx.ext.tabIdOf(page);
  });

  /** The page's highlights as the popup lists them. */
  async function popupList() {
    const popup = await ctx.ext.openExtensionPage(`popup.html?tab=${tabId}`);
    try {
      await settleSelector(popup, 'section.highlights', 15_000);
      return await popup.$$eval('section.highlights li', (items) =>
        items.map((li) => ({
          quote: li.querySelector('.quote')?.textContent ?? '',
          tags: li.querySelector('.tags')?.textContent ?? '',
          note: li.querySelector('.note')?.textContent ?? '',
          orphan: li.classList.contains('orphan'),
        })),
      );
    } finally {
      await popup.close();
    }
  }

  /**
   * The popup's list once it shows `want` (saves go through the background, which may lag
   * under load), or the last list seen after the timeout, for expect to report.
   */
  async function listOnce<T>(pick: (list: Awaited<ReturnType<typeof popupList>>) => T, want: T) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const got = pick(await popupList());
      if (JSON.stringify(got) === JSON.stringify(want) || Date.now() > deadline) return got;
      await page.bringToFront();
      await sleep(300);
    }
  }

  async function reload() {
    await page.bringToFront();
    await visit(page, `${ctx.served.origin}/article.html`);
  }

  /** Clicks the middle of the phrase (a highlight opens its editor, focus in the tag field). */
  async function clickPhrase(phrase: string) {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const box = await selectText(page, phrase);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.mouse.click(box.left + box.width / 4, box.top + box.height / 2);
  }

  it('highlights a selection through the toolbar, tags it and adds a note', async () => {
    await page.bringToFront();
    // The analyzer is injected after load: select until the toolbar shows.
    const deadline = Date.now() + 15_000;
    while (!(await selectText(page, PHRASE)).toolbar && Date.now() < deadline) await sleep(300);
    const box = await selectText(page, PHRASE);
    await sleep(100);
    // The toolbar sits 6px under the selection; the first (yellow) swatch's centre is 18px in, 16px down.
    await page.mouse.click(Math.max(4, box.left) + 18, box.bottom + 22);
    // The editor opens once the background has saved it, right after painting: under load that
    // is well past any fixed pause, and keys typed before it are lost.
    await settle(page, () => (CSS.highlights.get('renda-hl-yellow')?.size ?? 0) > 0);
    await sleep(300);
    await page.keyboard.type('人大工作，');
    await page.keyboard.type('强富美高,');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.type('区委提法');
    await page.keyboard.press('Escape');
    await sleep(500);

    const want = [{ quote: PHRASE, tags: '人大工作 · 强富美高', note: '区委提法', orphan: false }];
    expect(await listOnce((l) => l, want)).toEqual(want);
  });

  it('is back in place after a reload', async () => {
    await reload();
    const list = await popupList();
    // Painted on the page, over exactly the quoted words.
    const painted = await page.evaluate(paintedYellow);
    expect(painted).toEqual([PHRASE]);
    expect(list).toEqual([{ quote: PHRASE, tags: '人大工作 · 强富美高', note: '区委提法', orphan: false }]);
  });

  it('opens the editor on a click and saves another tag', async () => {
    await page.bringToFront();
    await clickPhrase(PHRASE);
    await sleep(500);
    await page.keyboard.type('代表,');
    await page.keyboard.press('Escape');
    const want = ['人大工作 · 强富美高 · 代表'];
    expect(await listOnce((l) => l.map((h) => h.tags), want)).toEqual(want);
  });

  it('deletes without asking, and undo brings it back', async () => {
    await page.bringToFront();
    await clickPhrase(PHRASE);
    await sleep(500);
    // From the tag field: note, close, delete.
    await page.keyboard.down('Shift');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    expect(await listOnce((l) => l, [])).toEqual([]);
    await page.bringToFront();
    // The undo button has the focus.
    await page.keyboard.press('Enter');
    expect(await listOnce((l) => l.map((h) => h.quote), [PHRASE])).toEqual([PHRASE]);
  });

  it('places a highlight when a late-rendering page shows its text', async () => {
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(SEED)?.[1] ?? '';
    ctx.served.set(
      '/article.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>稍后显示</title></head><body><div id="root"></div>
      <script>setTimeout(() => { document.getElementById('root').innerHTML = ${JSON.stringify(body).replace(/</g, '\\u003c')}; }, 1500);</script></body></html>`,
    );
    await reload();
    await settle(page, () => (CSS.highlights.get('renda-hl-yellow')?.size ?? 0) > 0);
    expect(await page.evaluate(paintedYellow)).toEqual([PHRASE]);
    expect((await popupList()).map((h) => [h.quote, h.orphan])).toEqual([[PHRASE, false]]);
    ctx.served.set('/article.html', SEED);
  });

  it('lists a highlight as orphaned when its text left the page', async () => {
    ctx.served.set('/article.html', SEED.replace(PHRASE, '为建设美丽天宁而努力'));
    await reload();
    const want = [{ quote: PHRASE, tags: '', note: '', orphan: true }];
    expect(await listOnce((l) => l, want)).toEqual(want);
    ctx.served.set('/article.html', SEED);
  });

  it('on a page past the size limit, restores what stands verbatim and says why the rest is not placed', async () => {
    // About 1.4 million characters: the same paragraph over and over, and one of its own.
    const quote = '优化营商环境条例执法检查';
    const own = `<p>区人大常委会第二十三次会议审议了关于${quote}的报告，许小波主任作了讲话。</p>\n`;
    const huge = hugeTextPage(4);
    const middle = huge.indexOf('<p>', huge.length >> 1);
    const withOwn = huge.slice(0, middle) + own + huge.slice(middle);
    const probe = await ctx.ext.openExtensionPage('popup.html?tab=none');
    const annotations = async () => {
      const answer = await askTab<PageAnnotations>(probe, tabId, { type: 'page/annotations' });
      if (!answer.ok) throw new Error(answer.error);
      const quotes = (list: PageAnnotations['saved']) =>
        list.map((a) => a.selectors.find((x) => x.type === 'TextQuoteSelector')?.exact);
      const { saved, orphaned, verbatimOnly } = answer.value;
      return { saved: quotes(saved), orphaned: quotes(orphaned), verbatimOnly };
    };
    try {
      ctx.served.set('/huge.html', withOwn);
      await page.bringToFront();
      await visit(page, `${ctx.served.origin}/huge.html`);
      tabId = await ctx.ext.tabIdOf(page);
      await selectText(page, quote);
      expect(await askTab(probe, tabId, { type: 'page/highlightSelection', color: 'green' })).toEqual({
        ok: true,
        value: true,
      });

      // A paragraph inserted at the top: every position moved, quote and context stand verbatim.
      ctx.served.set('/huge.html', withOwn.replace('<h1>', '<p>新增的一段文字。</p><h1>'));
      await visit(page, `${ctx.served.origin}/huge.html`);
      expect(await annotations()).toEqual({ saved: [quote], orphaned: [], verbatimOnly: true });

      // The context edited: the full search would find it; here it is listed, and the popup says why.
      ctx.served.set('/huge.html', withOwn.replace('许小波主任', '许主任'));
      await visit(page, `${ctx.served.origin}/huge.html`);
      expect(await annotations()).toEqual({ saved: [], orphaned: [quote], verbatimOnly: true });
      const popup = await ctx.ext.openExtensionPage(`popup.html?tab=${tabId}`);
      try {
        await settleSelector(popup, 'section.highlights li.orphan', 15_000);
        const [said, meant] = await popup.evaluate(() => {
          const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
          return [
            document.querySelector('li.orphan .meta')?.textContent,
            (g.browser ?? g.chrome).i18n.getMessage('popupNotSearched'),
          ];
        });
        expect(meant).not.toBe('');
        expect(said).toBe(meant);
      } finally {
        await popup.close();
      }
    } finally {
      await probe.close();
    }
  });
});
