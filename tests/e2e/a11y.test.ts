// Accessibility in real browsers: axe-core run in the popup and the library (its cards opened, its
// two indexes) in Chromium and Firefox, English and Chinese, light and dark (English light and
// Chinese dark; A11Y_ALL=1 crosses them); no violation of impact serious or critical. A served page with known violations, and the same violations put into
// the library page itself, show that the check reports what it should. Then the keyboard: every
// action of a library card and of the popup a few Tab presses from the one before, each with a
// focus outline that can be seen.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { settle, useExtension, visit, type BrowserName, type ColorScheme, type Locale } from './harness';
import { openPopup, reviewFiles, reviewFixture, seedLibrary, type ReviewFixture } from './seed';

const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** A page with three violations axe rates serious or critical. */
const CANARY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Canary</title></head>
<body><main><h1>Canary</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
<button type="button"></button>
<p style="color:#9a9a9a;background:#ffffff">Grey on white, too faint to read.</p>
</main></body></html>`;

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

type AxeGlobal = { axe: { run: typeof import('axe-core').run } };

/** axe-core's violations in the page as it is now (its source evaluated in the page once). */
async function axeViolations(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as AxeGlobal;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.slice(0, 300)),
    }));
  });
}

const grave = (fs: Finding[]) => fs.filter((f) => f.impact === 'serious' || f.impact === 'critical');
const report = (fs: Finding[]) =>
  fs.map((f) => `${f.id} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');

/** Fails with the rule ids and targets of every serious or critical violation. */
async function expectNoGraveViolation(page: Page, where: string): Promise<void> {
  const found = grave(await axeViolations(page));
  expect(found, `${where}:\n${report(found)}`).toEqual([]);
}

/** Interface text in the page's own language. */
const msg = (page: Page, key: string) =>
  page.evaluate((k: string) => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    return (g.browser ?? g.chrome).i18n.getMessage(k);
  }, key);

/** What the page says of its language and colour scheme, as a reader's browser decides them. */
const pageSettings = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    return {
      ui: (g.browser ?? g.chrome).i18n.getUILanguage(),
      lang: document.documentElement.lang,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });

/** Relative luminance of a computed rgb()/rgba() colour (WCAG 2). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
    const c = Number(x) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/** The focused element as the reader sees it: its text or name, its box, its outline. */
interface Stop {
  text: string;
  tag: string;
  width: number;
  height: number;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  background: string;
}

const focused = (page: Page) =>
  page.evaluate((): Stop | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      text: (el.getAttribute('aria-label') ?? el.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
      tag: el.tagName.toLowerCase(),
      width: r.width,
      height: r.height,
      outlineStyle: s.outlineStyle,
      outlineWidth: parseFloat(s.outlineWidth),
      outlineColor: s.outlineColor,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });

/** Presses Tab until `done` says so (or `max` presses), returning every stop on the way. */
async function tabUntil(page: Page, done: (s: Stop) => boolean, max: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const s = await focused(page);
    if (!s) continue;
    stops.push(s);
    if (done(s)) break;
  }
  return stops;
}

/** Every stop is on screen with an outline that contrasts at least 3:1 with the page. */
function expectVisibleFocus(stops: Stop[]): void {
  for (const s of stops) {
    const where = `${s.tag} "${s.text}"`;
    expect(s.width * s.height, `${where} has no box`).toBeGreaterThan(0);
    expect(s.outlineStyle, `${where}: no focus outline`).not.toBe('none');
    expect(s.outlineWidth, `${where}: outline width`).toBeGreaterThanOrEqual(1);
    expect(contrast(s.outlineColor, s.background), `${where}: outline contrast`).toBeGreaterThanOrEqual(3);
  }
}

/** Where each wanted stop comes in the order pressed, and how many presses after the one before. */
function gaps(stops: Stop[], wanted: ((s: Stop) => boolean)[]): number[] {
  let at = -1;
  return wanted.map((w) => {
    const i = stops.findIndex((s, k) => k > at && w(s));
    const gap = i < 0 ? Infinity : i - at;
    at = i < 0 ? at : i;
    return gap;
  });
}

const trail = (stops: Stop[]) => stops.map((s) => `${s.tag}:${s.text.slice(0, 16)}`).join(' | ');

/** A few: at most this many presses from one action to the next. */
const FEW = 4;

// Each browser in each language and each scheme, paired (English light, Chinese dark) rather than
// crossed: contrast depends on the scheme and text on the language, not on the two together, and
// the full cross took two minutes of CI (`A11Y_ALL=1` runs it).
const PAIRS: readonly (readonly [Locale, ColorScheme])[] =
  process.env.A11Y_ALL === '1'
    ? (['en', 'zh-CN'] as Locale[]).flatMap((l) =>
        (['light', 'dark'] as ColorScheme[]).map((s) => [l, s] as const),
      )
    : [
        ['en', 'light'],
        ['zh-CN', 'dark'],
      ];
const CASES = (['chromium', 'firefox'] as BrowserName[]).flatMap((b) =>
  PAIRS.map(([l, s]) => [b, l, s] as const),
);

describe.each(CASES)('accessibility in %s, %s, %s', (name, locale, scheme) => {
  const ctx = useExtension(name, { ...reviewFiles(), '/canary.html': CANARY }, () => ({
    locale,
    colorScheme: scheme,
  }));
  let fixture: ReviewFixture;
  let lib: Page;
  let popup: Page;

  beforeAll(async () => {
    fixture = reviewFixture(ctx.served.origin);
    lib = await seedLibrary(ctx.ext, fixture);
    ({ popup } = await openPopup(ctx.ext, ctx.served, fixture));
  });

  it('runs in the language and colour scheme asked for, and says the language in lang', async () => {
    for (const page of [popup, lib]) {
      const s = await pageSettings(page);
      if (locale === 'zh-CN') {
        expect(s.ui, 'Chromium needs chromium-l10n for zh-CN').toBe('zh-CN');
        expect(s.lang).toBe('zh-CN');
      } else {
        expect(s.ui).toMatch(/^en(-US)?$/);
        expect(s.lang).toMatch(/^en(-US)?$/);
      }
      expect(s.dark).toBe(scheme === 'dark');
      // The page follows the scheme: a dark background in dark mode, a light one in light.
      if (scheme === 'dark') expect(luminance(s.background)).toBeLessThan(0.1);
      else expect(luminance(s.background)).toBeGreaterThan(0.8);
    }
    const heading = await lib.$eval('h1', (h) => (h as HTMLElement).innerText);
    expect(heading).toBe(await msg(lib, 'libTitle'));
    expect(heading).toMatch(locale === 'zh-CN' ? /[\u4e00-\u9fff]/ : /^[A-Za-z ]+$/);
  });

  it('reports the known violations of a canary page, and of the same put into the library', async () => {
    const page = await ctx.ext.browser.newPage();
    await visit(page, `${ctx.served.origin}/canary.html`);
    const ids = grave(await axeViolations(page)).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'color-contrast']));
    await page.close();

    // In the extension page too (its CSP, its styles): the check is not blind there.
    await lib.bringToFront();
    await lib.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'canary';
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      img.width = img.height = 40;
      const button = document.createElement('button');
      const faint = document.createElement('p');
      faint.textContent = 'Faint text';
      // Line height to spare: a CJK fallback font's glyph box taller than the line makes axe say
      // "partially obscured" (incomplete) rather than judge the colours.
      faint.style.cssText = 'color: #9a9a9a; background: #ffffff; line-height: 2; margin: 0';
      box.append(img, button, faint);
      // Above everything, so that axe can tell the colours apart (nothing partly covers it).
      box.style.cssText = 'position: fixed; top: 0; left: 0; z-index: 100; background: #fff; padding: 8px';
      document.querySelector('main')?.append(box);
    });
    const inLibrary = grave(await axeViolations(lib));
    await lib.evaluate(() => document.getElementById('canary')?.remove());
    expect(inLibrary.map((f) => f.id)).toEqual(
      expect.arrayContaining(['image-alt', 'button-name', 'color-contrast']),
    );
  });

  it('finds no serious or critical violation in the popup', async () => {
    await popup.bringToFront();
    await expectNoGraveViolation(popup, 'popup');
  });

  it('finds none in the library: its list, a card opened, search marks, its indexes, an error', async () => {
    await lib.bringToFront();
    await expectNoGraveViolation(lib, 'library');
    // The first card with what a reader can open in it opened: its entities and the editor, then
    // its page menu (apart: the open menu covers what is under it, which axe then cannot judge).
    await lib.$eval('article details.entities summary', (s) => (s as HTMLElement).click());
    await lib.$eval('article .annotation button.edit', (b) => (b as HTMLElement).click());
    await settle(lib, () => document.querySelector('article form.editor textarea') !== null);
    await settle(lib, () => document.querySelector('article details.entities button') !== null);
    await expectNoGraveViolation(lib, 'library, first card: entities and editor opened');
    await lib.keyboard.press('Escape');
    const closeAll = () =>
      lib.evaluate(() =>
        document.querySelectorAll('details[open]').forEach((d) => ((d as HTMLDetailsElement).open = false)),
      );
    await closeAll();
    await lib.$eval('article details.menu summary', (s) => (s as HTMLElement).click());
    await expectNoGraveViolation(lib, 'library, page menu opened');
    await closeAll();
    await lib.$eval('.export-menu summary', (s) => (s as HTMLElement).click());
    await expectNoGraveViolation(lib, 'library, export menu opened');
    await lib.$eval('.export-menu', (d) => ((d as HTMLDetailsElement).open = false));
    // Search: the words found are marked in the quotes (a colour pair of its own).
    await lib.type('input[name=q]', '会议');
    await settle(lib, () => document.querySelector('.hits mark') !== null);
    await expectNoGraveViolation(lib, 'library, search results with marks');
    await lib.focus('input[name=q]');
    await lib.keyboard.press('Escape');
    await settle(lib, (n) => document.querySelectorAll('article').length === Number(n), '3');
    // The two indexes, an entry of each opened.
    await lib.click('.views .view:nth-child(2)');
    await settle(lib, () => document.querySelector('.people .entry summary') !== null);
    await lib.$eval('.people .entry summary', (s) => (s as HTMLElement).click());
    await expectNoGraveViolation(lib, 'library, people index');
    await lib.click('.views .view:nth-child(3)');
    await settle(lib, () => document.querySelector('.slogans .entry summary') !== null);
    await lib.$eval('.slogans .entry summary', (s) => (s as HTMLElement).click());
    await expectNoGraveViolation(lib, 'library, formulation index');
    await lib.click('.views .view:nth-child(1)');
    await settle(lib, (n) => document.querySelectorAll('article').length === Number(n), '3');
    // An error notice (a damaged backup), in its own colours.
    const dir = mkdtempSync(path.join(tmpdir(), 'renda-a11y-'));
    try {
      writeFileSync(path.join(dir, 'broken.json'), '{"format": "renda-reader-backup", ');
      const input = (await lib.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path.join(dir, 'broken.json'));
      await settle(lib, () => document.querySelector('.notice.error') !== null);
      await expectNoGraveViolation(lib, 'library, error notice');
      await lib.click('.notice .dismiss');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reaches every action of a library card by Tab, a few presses apart, each with a visible outline', async () => {
    const [edit, del, menu] = [
      await msg(lib, 'libEdit'),
      await msg(lib, 'libDelete'),
      await msg(lib, 'libPageMenu'),
    ];
    const first = fixture.pages[0]?.title as string;
    await lib.bringToFront();
    await lib.click('.views .view:nth-child(1)');
    await settle(lib, (n) => document.querySelectorAll('article').length === Number(n), '3');
    // From the card's title link (focused by script), by Tab only.
    await lib.evaluate((t: string) => {
      const card = [...document.querySelectorAll('article')].find(
        (a) => a.querySelector('h2')?.textContent === t,
      );
      (card?.querySelector('h2 a') as HTMLElement).focus();
    }, first);
    const stops = await tabUntil(lib, (s) => s.text === del, 14);
    const entityLine = /^\d+ (officials?|位人物)/;
    const steps = gaps(stops, [
      (s) => s.text === menu,
      (s) => entityLine.test(s.text),
      (s) => s.text === edit,
      (s) => s.text === del,
    ]);
    expect(
      steps.every((g) => g <= FEW),
      `${steps.join(', ')}: ${trail(stops)}`,
    ).toBe(true);
    expectVisibleFocus(stops);

    // The page menu opens with Enter; its first choice is the next Tab; Escape closes it.
    await lib.evaluate((t: string) => {
      const card = [...document.querySelectorAll('article')].find(
        (a) => a.querySelector('h2')?.textContent === t,
      );
      (card?.querySelector('details.menu summary') as HTMLElement).focus();
    }, first);
    await lib.keyboard.press('Enter');
    const inMenu = await tabUntil(lib, () => true, 1);
    expect(
      await lib.evaluate(() => document.activeElement?.closest('details.menu[open] .menu-body') !== null),
      trail(inMenu),
    ).toBe(true);
    expectVisibleFocus(inMenu);
    await lib.keyboard.press('Escape');
    expect((await focused(lib))?.text).toBe(menu);
    // The folded entity line opens with Enter, its first chip the next Tab.
    await lib.keyboard.press('Tab');
    expect((await focused(lib))?.text).toMatch(entityLine);
    await lib.keyboard.press('Enter');
    await settle(lib, () => document.querySelector('details.entities[open] button') !== null);
    const chip = await tabUntil(lib, () => true, 1);
    expect(chip[0]?.tag).toBe('button');
    expectVisibleFocus(chip);
    await lib.evaluate(() =>
      document.querySelectorAll('details[open]').forEach((d) => ((d as HTMLDetailsElement).open = false)),
    );
  });

  it('reaches the highlight, Open library and Export in the popup by Tab, with a visible outline', async () => {
    const quote = fixture.pages[0]?.quotes[0] as string;
    const [open, exportPage] = [await msg(popup, 'popupOpenLibrary'), await msg(popup, 'popupExportPage')];
    await popup.bringToFront();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops = await tabUntil(popup, (s) => s.text === exportPage, 80);
    const steps = gaps(stops, [
      (s) => s.text.includes(quote.slice(0, 10)),
      (s) => s.text === open,
      (s) => s.text === exportPage,
    ]);
    expect(
      steps.every((g) => g <= FEW),
      `${steps.join(', ')}: ${trail(stops)}`,
    ).toBe(true);
    expectVisibleFocus(stops);
    // The outline check sees an outline taken away (on the element focused last).
    await popup.evaluate(() => {
      const style = document.createElement('style');
      style.id = 'no-outline';
      style.textContent = ':focus-visible { outline: none !important; }';
      document.head.append(style);
    });
    const bare = (await focused(popup)) as Stop;
    await popup.evaluate(() => document.getElementById('no-outline')?.remove());
    expect(() => expectVisibleFocus([bare])).toThrow(/no focus outline/);
  });
});
