// Highlighting wherever it is offered, in real browsers: after "Analyse anyway" on a page that is
// not news (the analyzer was not running there), on a list page that holds no article, and from
// the context menu on a page the analyzer has never seen. A selection inside a highlight opens
// that highlight, by the toolbar and by the menu alike, and never saves a second copy.
// The toolbar lives in a closed shadow root: the test finds it where a user would, under the
// selection (elementFromPoint gives our host for anything drawn in it), and works it by mouse.
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageAnnotations } from '../../utils/messaging';
import { ask, askTab, selectText, settle, until, useExtension, visit, type BrowserName } from './harness';

const PLAIN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bread</title></head><body>
<h1>Country bread</h1>
<p>Mix the flour with the water and leave it for an hour before the salt goes in.</p>
<p>Bake the loaf for forty minutes, until the crust is dark and sounds hollow when tapped.</p>
</body></html>`;

// A shop's list: links and prices, no article for Readability to find.
const SHOP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body>
<h2>Spring sale on kitchenware</h2><ul>
<li><a href="/1">Red kettle</a> <span>twenty pounds</span></li>
<li><a href="/2">Blue teapot</a> <span>fifteen pounds</span></li>
<li><a href="/3">Green mug</a> <span>five pounds</span></li></ul></body></html>`;

// A congress site's list of articles: the gate takes it for news, yet it holds no article.
const LIST = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作动态 - 青山区人大常委会</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/dt/">工作动态</a> | <a href="/tz/">通知公告</a></div>
<h2>工作动态</h2><ul>
<li><a href="/dt/1.html">区人大常委会召开第二十三次主任会议</a> <span>2024-05-06</span></li>
<li><a href="/dt/2.html">区人大常委会开展优化营商环境条例执法检查</a> <span>2024-05-02</span></li>
<li><a href="/dt/3.html">区人大代表联络站开展“代表接待日”活动</a> <span>2024-04-28</span></li>
<li><a href="/dt/4.html">区人大常委会组织代表视察重点项目建设</a> <span>2024-04-20</span></li>
<li><a href="/dt/5.html">区人大常委会党组召开理论学习中心组学习会</a> <span>2024-04-15</span></li>
<li><a href="/dt/6.html">区人大常委会调研基层立法联系点工作</a> <span>2024-04-10</span></li>
</ul></body></html>`;

const PHRASE = 'The garden needs water every morning in July';
const INSIDE = 'water every morning';
const NOTES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garden notes</title></head><body>
<h1>Garden notes</h1>
<p>${PHRASE}, before the sun is high and the soil is still cool.</p>
<p>The roses want feeding once a month from May to August.</p>
</body></html>`;

/** The text under each yellow highlight painted through the Custom Highlight API. */
const paintedYellow = () =>
  [...(CSS.highlights.get('renda-hl-yellow')?.values() ?? [])].map((r) => (r as Range).toString());

/** Whether the point (viewport coordinates, "x,y") shows something of ours: our host, for
 * anything drawn in its shadow root. */
const oursAt = (xy: string) => {
  const [x, y] = xy.split(',').map(Number);
  return document.elementFromPoint(x as number, y as number)?.localName === 'renda-reader-ui';
};

/** Whether the keyboard focus is in our UI (the page sees our host as its active element). */
const focusedOurs = () => document.activeElement?.localName === 'renda-reader-ui';

describe.each<BrowserName>(['chromium', 'firefox'])('highlighting anywhere in %s', (name) => {
  const ctx = useExtension(name, {
    '/plain.html': PLAIN,
    '/shop.html': SHOP,
    '/list.html': LIST,
    '/notes.html': NOTES,
  });
  let page: Page;
  let probe: Page;

  beforeAll(async () => {
    // An extension page to send messages from, opened first: it looks at its own tab, not ours.
    probe = await ctx.ext.openExtensionPage('popup.html?tab=none');
    page = await ctx.ext.browser.newPage();
  });

  async function open(path: string): Promise<number> {
    await page.bringToFront();
    await visit(page, `${ctx.served.origin}${path}`);
    return ctx.ext.tabIdOf(page);
  }

  /** The page's highlights as the analyzer placed them (what the popup lists). */
  async function saved(tabId: number) {
    const answer = await askTab<PageAnnotations>(probe, tabId, { type: 'page/annotations' });
    if (!answer.ok) throw new Error(answer.error);
    return answer.value.saved.map((a) => ({
      quote: a.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact,
      note: a.note,
      tags: a.tags,
    }));
  }

  /**
   * The page's highlights once they are `want` (saves go through the background, which may lag
   * under load), or the last seen after the safety limit, for expect to show.
   */
  async function savedOnce(tabId: number, want: Awaited<ReturnType<typeof saved>>) {
    let last = await saved(tabId);
    await until(
      async () => JSON.stringify((last = await saved(tabId))) === JSON.stringify(want),
      'saved',
    ).catch(() => {});
    return last;
  }

  /** Closes the editor from the keyboard, once it has the focus (it takes it after it is drawn). */
  async function escapeEditor() {
    await page.bringToFront();
    await settle(page, focusedOurs, '', 10_000);
    await page.keyboard.press('Escape');
    await settle(page, () => document.activeElement?.localName !== 'renda-reader-ui', '', 10_000);
  }

  /** Selects text until the toolbar shows under it (the analyzer may still be starting), and
   * returns where its first (yellow) swatch is: 6px under the selection, 18px in, 16px down. */
  async function toolbarFor(text: string): Promise<{ x: number; y: number }> {
    await page.bringToFront();
    let at = '';
    await until(async () => {
      const box = await selectText(page, text);
      at = `${Math.max(4, box.left) + 18},${box.bottom + 22}`;
      await new Promise((r) => setTimeout(r, 100));
      return page.evaluate(oursAt, at);
    }, `the toolbar under "${text}"`);
    const [x, y] = at.split(',').map(Number);
    return { x: x as number, y: y as number };
  }

  /** Highlights the text with the toolbar's yellow swatch and closes the editor it opens. */
  async function highlightWithToolbar(text: string) {
    const swatch = await toolbarFor(text);
    await page.mouse.click(swatch.x, swatch.y);
    await settle(
      page,
      (t) => [...(CSS.highlights.get('renda-hl-yellow')?.values() ?? [])].some((r) => String(r) === t),
      text,
    );
    expect(await page.evaluate(paintedYellow)).toEqual([text]);
    await escapeEditor();
  }

  /** Clicks the popup's "Analyse anyway", as the reader does on a page that is not news. */
  async function analyseAnyway(tabId: number) {
    const popup = await ctx.ext.openExtensionPage(`popup.html?tab=${tabId}`);
    try {
      const label = await popup.evaluate(() => {
        const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
        return (g.browser ?? g.chrome).i18n.getMessage('popupAnalyseAnyway');
      });
      expect(label).not.toBe('');
      // Functions run in the popup one by one: each finds the button by its text itself.
      await settle(
        popup,
        (l) => [...document.querySelectorAll('button')].some((b) => b.textContent === l),
        label,
        15_000,
      );
      await popup.evaluate(
        (l) => [...document.querySelectorAll('button')].find((b) => b.textContent === l)?.click(),
        label,
      );
      // The popup has its answer once the page was read: the report says so from then on.
      await until(async () => {
        const report = await askTab<{ status: string; analysed?: boolean }>(probe, tabId, {
          type: 'page/report',
          force: false,
        });
        return report.ok && (report.value.status === 'article' || report.value.analysed === true);
      }, 'the page read after "Analyse anyway"');
    } finally {
      await popup.close();
    }
  }

  it.each([
    ['/plain.html', 'a page that is not news', 'Bake the loaf for forty minutes'],
    ['/shop.html', 'a list page that is not news', 'Spring sale on kitchenware'],
  ])(
    '%s (%s): after "Analyse anyway", a selection gets the toolbar and is highlighted',
    async (path, _, text) => {
      const tabId = await open(path);
      await analyseAnyway(tabId);
      await highlightWithToolbar(text);
      expect(await saved(tabId)).toEqual([{ quote: text, note: '', tags: [] }]);
    },
  );

  it('/list.html (a list page taken for news): the popup learns that no article was found, and highlighting works', async () => {
    const tabId = await open('/list.html');
    // What "Analyse anyway" asks: the page is read and found to hold no article, said as such.
    expect(await askTab(probe, tabId, { type: 'page/report', force: true })).toEqual({
      ok: true,
      value: { status: 'not-article', url: `${ctx.served.origin}/list.html`, analysed: true },
    });
    await highlightWithToolbar('工作动态');
    expect(await saved(tabId)).toEqual([{ quote: '工作动态', note: '', tags: [] }]);
  });

  describe('on a page the analyzer has not seen', () => {
    let tabId: number;
    /** What the context menu and the shortcut do, asked of the background as an extension page. */
    const menuHighlight = () => ask<boolean>(probe, null, { type: 'tab/highlightSelection', tabId });

    it('the menu (and the shortcut) inject the analyzer, then highlight the selection', async () => {
      tabId = await open('/notes.html');
      // Nothing of ours listens in the tab yet: the gate did not take the page for news.
      await expect(ask(probe, tabId, { type: 'page/annotations' })).rejects.toThrow(
        /Receiving end does not exist|Could not establish connection/,
      );
      await page.bringToFront();
      await selectText(page, PHRASE);
      expect(await menuHighlight()).toEqual({ ok: true, value: true });
      await settle(page, () => (CSS.highlights.get('renda-hl-yellow')?.size ?? 0) > 0);
      expect(await page.evaluate(paintedYellow)).toEqual([PHRASE]);
      expect(await saved(tabId)).toEqual([{ quote: PHRASE, note: '', tags: [] }]);
      await escapeEditor();
    });

    it('a selection inside the highlight opens it: its note field is under the selection', async () => {
      await page.bringToFront();
      await page.evaluate(() => getSelection()?.removeAllRanges());
      const box = await selectText(page, INSIDE);
      // The editor's note field, below its row of swatches; the toolbar for a new highlight is
      // one row high and ends above this point.
      const note = `${Math.max(4, box.left) + 60},${box.bottom + 70}`;
      await settle(page, oursAt, note, 10_000);
      const [x, y] = note.split(',').map(Number);
      await page.mouse.click(x as number, y as number);
      await settle(page, focusedOurs, '', 10_000);
      await page.keyboard.type('早上浇水');
      await escapeEditor();
      const want = [{ quote: PHRASE, note: '早上浇水', tags: [] }];
      expect(await savedOnce(tabId, want)).toEqual(want);
    });

    it('the menu on a selection inside the highlight opens it too, and saves no copy', async () => {
      await page.bringToFront();
      await selectText(page, INSIDE);
      expect(await menuHighlight()).toEqual({ ok: true, value: true });
      expect(await saved(tabId)).toHaveLength(1);
      // The editor it opened takes the focus, in the tag field.
      await page.bringToFront();
      await settle(page, focusedOurs, '', 10_000);
      await page.keyboard.type('花园,');
      await escapeEditor();
      const want = [{ quote: PHRASE, note: '早上浇水', tags: ['花园'] }];
      expect(await savedOnce(tabId, want)).toEqual(want);
      expect(await page.evaluate(paintedYellow)).toEqual([PHRASE]);
    });
  });
});
