// Keeping the article, in real browsers: a passage highlighted, then the served page changed (one
// paragraph edited, another deleted) and reopened: the popup says it changed and the library
// compares the two copies; then the page deleted (a 404): the popup says the article is gone, the
// library shows the saved copy with the highlight on it, and its search finds a phrase that was
// only in the deleted paragraph.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveStatus } from '../../utils/core/views';
import { askTab, selectText, settle, useExtension, visit, type BrowserName } from './harness';

const P = [
  '6月18日，青山区人大常委会召开第十二次会议，区人大常委会主任王建国主持会议，副主任李明、张华出席会议。',
  '会议听取和审议了区人民政府关于2023年度区级预算执行和其他财政收支审计工作情况的报告，对审计查出问题整改工作提出明确要求。',
  '会议强调，要坚持好、完善好、运行好人民代表大会制度，不断发展全过程人民民主，切实履行宪法法律赋予的职责。',
  '会议审议通过了关于批准2023年区级决算的决议，表决通过了人事任免事项，为新任命人员颁发了任命书并组织宪法宣誓。',
  '会议要求，全体组成人员要增强“四个意识”、坚定“四个自信”、做到“两个维护”，以高质量履职服务全区经济社会发展大局。',
];
const HIGHLIGHT = '不断发展全过程人民民主';
const DELETED_ONLY = '颁发了任命书并组织宪法宣誓';

function page(paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>青山区人大常委会召开第十二次会议 - 青山人大</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/dt/">工作动态</a></div>
<div class="article"><h1>青山区人大常委会召开第十二次会议</h1>
<p class="info">发布时间：2024-06-18 来源：区人大常委会办公室</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="footer">青山区人大常委会 版权所有</div></body></html>`;
}

/** The value, or a failed test when it is missing. */
function must<T>(x: T | null | undefined): T {
  if (x === null || x === undefined) throw new Error('missing value');
  return x;
}

const EDITED = [must(P[0]).replace('主持会议', '主持会议并讲话'), must(P[1]), must(P[2]), must(P[4])];

/** For review, beside the other screenshots (test-results/screenshots, not committed). */
const SCREENSHOTS = path.resolve('test-results/screenshots');

describe.each<BrowserName>(['chromium', 'firefox'])('keeping the article in %s', (name) => {
  const shot = async (page: Page, what: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({
      path: path.join(SCREENSHOTS, `archive-${what}-${name}.png`) as `${string}.png`,
      fullPage: true,
    });
  };
  const ctx = useExtension(name, { '/dt/12.html': page(P) });
  let tab: Page;
  let probe: Page;
  let tabId: number;
  const url = () => `${ctx.served.origin}/dt/12.html`;

  beforeAll(async () => {
    probe = await ctx.ext.openExtensionPage('popup.html?tab=none');
    tab = await ctx.ext.browser.newPage();
    await visit(tab, url());
    tabId = await ctx.ext.tabIdOf(tab);
  });

  /** The tab's saved page as compared with its copies (after a reload: once compared again). */
  async function archive(): Promise<ArchiveStatus | null> {
    const answer = await askTab<ArchiveStatus | null>(probe, tabId, { type: 'page/archive' });
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  }

  async function popupText(wanted: string, what: string): Promise<string> {
    const popup = await ctx.ext.openExtensionPage(`popup.html?tab=${tabId}`);
    try {
      await settle(popup, (w) => document.body.innerText.includes(w), wanted, 30_000);
      await shot(popup, what);
      return await popup.evaluate(() => document.body.innerText);
    } finally {
      await popup.close();
    }
  }

  it('keeps the article with the first highlight', async () => {
    await tab.bringToFront();
    await selectText(tab, HIGHLIGHT);
    const done = await askTab<boolean>(probe, tabId, { type: 'page/highlightSelection', color: 'yellow' });
    expect(done).toEqual({ ok: true, value: true });
    await settle(probe, () => true);
    // Reopened unchanged: one copy, nothing to report.
    await visit(tab, url());
    const status = await archive();
    expect(status?.versions).toHaveLength(1);
    expect(status?.archive.change).toBeUndefined();
  });

  it('says in the popup that the page changed, and how', async () => {
    ctx.served.set('/dt/12.html', page(EDITED));
    await visit(tab, url());
    const status = await archive();
    expect(status?.versions).toHaveLength(2);
    expect(status?.archive.change).toMatchObject({ edited: 1, removed: 1, added: 0 });
    const text = await popupText('Changed since', 'popup-changed');
    expect(text).toContain('1 passage edited, 1 removed, 0 added');
  });

  it('compares the two copies in the library, by characters', async () => {
    const lib = await ctx.ext.openExtensionPage(
      `options.html#${new URLSearchParams({ view: 'saved', url: url() }).toString()}`,
    );
    try {
      await settle(lib, () => document.querySelectorAll('.saved-copy select').length === 2, '', 30_000);
      // Compare the copy last seen with the first one.
      await lib.evaluate(() => {
        const select = document.querySelectorAll<HTMLSelectElement>('.saved-copy select')[1];
        const first = select?.options[1];
        if (!select || !first) throw new Error('no version to compare with');
        select.value = first.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle(lib, () => document.querySelector('.saved-copy del') !== null, '', 20_000);
      await shot(lib, 'library-diff');
      const { removed, added } = await lib.evaluate(() => ({
        removed: [...document.querySelectorAll('.saved-copy del')].map((e) => e.textContent ?? ''),
        added: [...document.querySelectorAll('.saved-copy ins')].map((e) => e.textContent ?? ''),
      }));
      expect(removed.join('')).toContain(DELETED_ONLY);
      // The edit inside the first paragraph is its inserted characters, not the whole paragraph.
      expect(added).toContain('并讲话');
    } finally {
      await lib.close();
    }
  });

  it('says the article is gone when the page answers 404, and points to the saved copy', async () => {
    ctx.served.remove('/dt/12.html');
    await visit(tab, url());
    const status = await archive();
    expect(status?.archive.gone?.reason).toBe('http');
    const text = await popupText('The article is gone', 'popup-gone');
    expect(text).toContain('Open the saved copy');
  });

  it('shows the saved copy with the highlight on it, and searches its text', async () => {
    const lib = await ctx.ext.openExtensionPage(
      `options.html#${new URLSearchParams({ view: 'saved', url: url() }).toString()}`,
    );
    try {
      await settle(
        lib,
        (h) => [...document.querySelectorAll('.saved-copy mark')].some((m) => m.textContent === h),
        HIGHLIGHT,
        30_000,
      );
      await shot(lib, 'library-copy');
      // The page list marks the page gone.
      await lib.evaluate(() => (location.hash = ''));
      await settle(lib, () => document.querySelector('.page-card .mark-gone') !== null, '', 20_000);
      // Search: a phrase that only the deleted paragraph held.
      await lib.evaluate((q) => (location.hash = `#${new URLSearchParams({ q }).toString()}`), DELETED_ONLY);
      await settle(lib, () => document.querySelector('.text-hit mark') !== null, '', 20_000);
      await shot(lib, 'library-search');
      const hit = await lib.evaluate(() => document.querySelector('.text-hit')?.textContent ?? '');
      expect(hit).toContain(DELETED_ONLY);
      expect(hit).toContain('Only in an earlier copy');
    } finally {
      await lib.close();
    }
  });
});
