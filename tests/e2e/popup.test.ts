import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  askTab,
  corpusPage,
  selectText,
  settle,
  settleSelector,
  useExtension,
  visit,
  type BrowserName,
} from './harness';

// A phrase of the seed article, highlighted through the message the context menu sends.
const PHRASE = '为奋力谱写“强富美高”新天宁现代化建设新篇章';

/** Where an element showing exactly this text is, and how it is set. */
interface Box {
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
  fontSize: number;
  fontWeight: number;
  lineHeight: number;
}

/**
 * The innermost element whose whole text is each of `texts` (the first one in document order),
 * with its box and computed type: found by what the reader sees, not by class names.
 */
async function boxes(popup: Page, texts: string[]): Promise<Record<string, Box | null>> {
  return popup.evaluate((wanted: string[]) => {
    const out: Record<string, unknown> = {};
    for (const text of wanted) {
      out[text] = null;
      for (const el of document.body.querySelectorAll('*')) {
        if (el.textContent?.trim() !== text) continue;
        if ([...el.children].some((c) => c.textContent?.trim() === text)) continue;
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        const fontSize = parseFloat(s.fontSize);
        out[text] = {
          text,
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
          height: r.height,
          fontSize,
          fontWeight: Number(s.fontWeight),
          lineHeight: s.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(s.lineHeight),
        };
        break;
      }
    }
    return out;
  }, texts) as Promise<Record<string, Box | null>>;
}

/** The interface text of a message in the popup's own language. */
const msg = (popup: Page, key: string, subs: string[] = []) =>
  popup.evaluate(
    (k: string, s: string[]) => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      return (g.browser ?? g.chrome).i18n.getMessage(k, s);
    },
    key,
    subs,
  );

/** The top of the section whose heading starts with the text. */
const sectionTop = (popup: Page, heading: string) =>
  popup.evaluate((h: string) => {
    const found = [...document.querySelectorAll('h2')].find((e) => e.textContent?.trim().startsWith(h));
    return found ? found.getBoundingClientRect().top : null;
  }, heading);

/** Name and first post never overlap: the post is on the name's line after it, or on a line below. */
function besideOrBelow(name: Box, post: Box): boolean {
  const sameLine = Math.abs(name.top - post.top) < name.lineHeight / 2 && post.left >= name.right - 0.5;
  const below = post.top >= name.bottom - 0.5;
  return sameLine || below;
}

describe.each<BrowserName>(['chromium', 'firefox'])('popup in %s', (name) => {
  const ctx = useExtension(name, {
    '/tianning.html': corpusPage('seed_tianning_congress_meeting.html'),
    '/kepu.html': corpusPage('mh_kepu_xi_yangtze_symposium.html'),
    '/gbk.html': corpusPage('traf_he_xinhuanet_2012_gb2312.html'),
    '/plain.html':
      '<!doctype html><html lang="en"><title>Recipes</title><body><p>Bake the bread.</p></body></html>',
  });

  async function popupFor(path: string) {
    const { ext, served } = ctx;
    const page = await ext.browser.newPage();
    await visit(page, served.origin + path);
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    return { page, popup, tabId };
  }

  it('lists the officials of a congress article and counts them on the badge', async () => {
    const { popup, tabId } = await popupFor('/tianning.html');
    await settleSelector(popup, 'section .entity', 15_000);
    const text = await popup.$eval('main', (m) => m.textContent ?? '');
    expect(text).toContain('许小波');
    expect(text).toContain('区委书记');
    const badge = await popup.evaluate(async (id: number) => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      const api = g.browser ?? g.chrome;
      const action = api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction;
      return action.getBadgeText({ tabId: id });
    }, tabId);
    expect(Number(badge)).toBeGreaterThan(0);
  });

  it('lists a saved highlight first, on one line with its dot, in the largest type', async () => {
    const { page, popup: probe, tabId } = await popupFor('/tianning.html');
    await settleSelector(probe, 'section .entity', 15_000);
    await page.bringToFront();
    await selectText(page, PHRASE);
    const saved = await askTab<boolean>(probe, tabId, { type: 'page/highlightSelection', color: 'yellow' });
    expect(saved).toEqual({ ok: true, value: true });
    await probe.close();

    const popup = await ctx.ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await settle(popup, (p) => document.body.textContent?.includes(p) ?? false, PHRASE, 15_000);
    const [highlights, people] = [await msg(popup, 'popupHighlights'), await msg(popup, 'popupOfficials')];
    const [hlTop, peopleTop] = [await sectionTop(popup, highlights), await sectionTop(popup, people)];
    expect(hlTop).not.toBeNull();
    expect(peopleTop).not.toBeNull();
    expect(hlTop as number).toBeLessThan(peopleTop as number);

    const b = await boxes(popup, [PHRASE, '许小波', '区委书记']);
    const quote = b[PHRASE] as Box;
    expect(quote.fontSize).toBeGreaterThanOrEqual(14);
    for (const t of ['许小波', '区委书记']) expect(b[t]?.fontSize, t).toBeGreaterThanOrEqual(13);
    expect(b['许小波']?.fontWeight).toBeGreaterThanOrEqual(600);
    expect(quote.fontSize).toBeGreaterThan(b['区委书记']?.fontSize ?? Infinity);

    // The colour dot (named by its colour for screen readers) sits on the quote's first line, before it.
    const yellow = await msg(popup, 'colorYellow');
    const dot = await popup.evaluate((label: string) => {
      const el = document.querySelector(`[role="img"][aria-label="${label}"]`);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, right: r.right, width: r.width };
    }, yellow);
    expect(dot).not.toBeNull();
    const { top, bottom, right, width } = dot as {
      top: number;
      bottom: number;
      right: number;
      width: number;
    };
    expect(width).toBeGreaterThan(0);
    expect(right).toBeLessThanOrEqual(quote.left);
    expect(Math.abs(top - quote.top)).toBeLessThan(quote.lineHeight / 2);
    expect((top + bottom) / 2).toBeLessThan(quote.top + quote.lineHeight);
    // Two lines at most.
    expect(quote.height).toBeLessThanOrEqual(quote.lineHeight * 2 + 1);
  });

  it('shows one entry per person, a post and its shorter form as one post, names beside or above posts', async () => {
    const { popup } = await popupFor('/kepu.html');
    await settleSelector(popup, 'section .entity', 15_000);
    // Each row of the list that holds a part written exactly 习近平 (the name, with its pinyin beside it).
    const xi = await popup.$$eval('main li', (lis) =>
      lis
        .filter((li) => [...li.querySelectorAll('button *')].some((e) => e.textContent === '习近平'))
        .map((li) => li.textContent ?? ''),
    );
    expect(xi).toHaveLength(1);
    expect(xi[0]).toContain('中共中央总书记');
    // The name as English texts write it, shown with the name.
    expect(xi[0]).toContain('Xi Jinping');
    // 总书记 once: inside 中共中央总书记, not as a post of its own.
    expect((xi[0] as string).split('总书记').length - 1).toBe(1);

    const b = await boxes(popup, ['习近平', 'Xi Jinping', '中共中央总书记', '李强', '中共中央政治局常委']);
    // The pinyin sits under the name, readable (not a tooltip).
    const [name, pinyin] = [b['习近平'] as Box, b['Xi Jinping'] as Box];
    expect(pinyin.top).toBeGreaterThanOrEqual(name.top + name.height - 1);
    expect(Math.abs(pinyin.left - name.left)).toBeLessThan(2);
    expect(pinyin.fontSize).toBeGreaterThanOrEqual(12);
    for (const [person, post] of [
      ['习近平', '中共中央总书记'],
      ['李强', '中共中央政治局常委'],
    ] as const) {
      const n = b[person] as Box;
      const p = b[post] as Box;
      expect(n.fontSize, person).toBeGreaterThanOrEqual(13);
      expect(p.fontSize, post).toBeGreaterThanOrEqual(13);
      // The name is one line, not a column of characters.
      expect(n.height, person).toBeLessThan(n.lineHeight * 1.5);
      expect(besideOrBelow(n, p), `${person} / ${post}: ${JSON.stringify([n, p])}`).toBe(true);
    }
    const width = await popup.evaluate(() => document.body.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(380);
    expect(width).toBeLessThanOrEqual(400);
    // A page with no highlight says how to add one (the canary of the not-article test below).
    expect(await popup.$eval('body', (e) => e.textContent ?? '')).toContain(
      await msg(popup, 'popupNoHighlights'),
    );
  });

  it('ranks national formulations above local quoted phrases, and opens the rest on demand', async () => {
    const { popup } = await popupFor('/tianning.html');
    await settleSelector(popup, 'section .entity', 15_000);
    const [national, local] = [await msg(popup, 'popupNational'), await msg(popup, 'popupLocalQuoted')];
    const b = await boxes(popup, [national, local, '全过程人民民主', '两个确立', '大事']);
    for (const k of [national, local, '全过程人民民主', '两个确立', '大事']) expect(b[k], k).not.toBeNull();
    const top = (k: string) => (b[k] as Box).top;
    expect(top(national)).toBeLessThan(top('全过程人民民主'));
    expect(top('全过程人民民主')).toBeLessThan(top('两个确立'));
    expect(top('两个确立')).toBeLessThan(top(local));
    expect(top(local)).toBeLessThan(top('大事'));

    // The local group: its heading's items, and the button under them.
    const group = () =>
      popup.evaluate((heading: string) => {
        const h = [...document.querySelectorAll('h3')].find((e) => e.textContent === heading);
        const box = h?.parentElement;
        const button = box?.querySelector(':scope > button');
        return {
          items: [...(box?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''),
          button: button?.textContent ?? null,
        };
      }, local);
    const before = await group();
    const hidden = Number(/\d+/.exec(before.button ?? '')?.[0]);
    expect(hidden).toBeGreaterThan(0);
    expect(before.button).toBe(
      await msg(popup, hidden === 1 ? 'popupShowMore_one' : 'popupShowMore_other', [String(hidden)]),
    );
    await popup.evaluate((label: string) => {
      [...document.querySelectorAll('button')].find((e) => e.textContent === label)?.click();
    }, before.button as string);
    const fewer = await msg(popup, 'popupShowFewer');
    await settle(
      popup,
      (f) => [...document.querySelectorAll('button')].some((e) => e.textContent === f),
      fewer,
    );
    const after = await group();
    expect(after.items.length).toBe(before.items.length + hidden);
    expect(after.items.slice(0, before.items.length)).toEqual(before.items);
    expect(after.button).toBe(fewer);
  });

  it('scrolls the page to an official when the popup entry is clicked', async () => {
    const { page, popup } = await popupFor('/tianning.html');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const before = await page.evaluate(() => window.scrollY);
    await settleSelector(popup, 'section .entity', 15_000);
    await popup.evaluate(() => {
      const name = [...document.querySelectorAll('main li button *')].find((e) => e.textContent === '许小波');
      (name?.closest('button') as HTMLButtonElement).click();
    });
    await settle(page, (y) => String(window.scrollY) !== y, String(before), 5_000);
    expect(await page.evaluate(() => window.scrollY)).not.toBe(before);
  });

  it('copies the citation of the page it reads, saved or not, in GB/T 7714', async () => {
    const { popup } = await popupFor('/tianning.html');
    await settleSelector(popup, 'details.cite summary', 15_000);
    if (name === 'chromium') {
      // Reading the clipboard back needs the permission; writing it, as the popup does, does not.
      await ctx.ext.browser.defaultBrowserContext().overridePermissions(ctx.ext.base, ['clipboard-read']);
    }
    await popup.click('details.cite summary');
    // GB/T 7714 is the last of the English interface's styles (Chicago first); its engine is the quick one
    // to build, well within the user activation Firefox requires for a clipboard write.
    await popup.click('details.cite button:last-child');
    await settle(
      popup,
      () =>
        (document.querySelector('.cite [role="status"]')?.textContent ?? '') !== '' &&
        !document.querySelector('.cite button[disabled]'),
      undefined,
      30_000,
    );
    const status = await popup.$eval('.cite [role="status"]', (e) => e.textContent ?? '');
    expect(status).toMatch(/copied|已复制/i);
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('区委召开人大工作会议');
    expect(text).toContain('[N/OL]');
    expect(text).toContain(`${ctx.served.origin}/tianning.html`);
  });

  it('reads a GB2312 page as the browser decodes it', async () => {
    const { popup } = await popupFor('/gbk.html');
    await settleSelector(popup, 'main h1', 15_000);
    const gold = JSON.parse(readFileSync('../shared/corpus/gold/traf_he_xinhuanet_2012_gb2312.json', 'utf8'));
    expect(await popup.$eval('main h1', (h) => h.textContent)).toBe(gold.title);
  });

  it('says plainly that a page is not an article, offers to analyse it anyway, and offers no highlighting', async () => {
    const { popup } = await popupFor('/plain.html');
    await settleSelector(popup, '.status button', 15_000);
    expect(await popup.$eval('.status', (s) => s.textContent)).toMatch(/not look like|不是/);
    expect(await popup.$eval('body', (e) => e.textContent ?? '')).not.toContain(
      await msg(popup, 'popupNoHighlights'),
    );
  });
});
