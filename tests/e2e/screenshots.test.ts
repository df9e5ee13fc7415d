// Screenshots of the popup and the library for review, in Chromium and Firefox, English and
// Chinese, light and dark: written to test-results/screenshots/ (not committed), e.g.
// popup-chromium-zh-dark.png. The test checks that each file is a PNG of the page's size and that
// the page shown says its heading in the language asked for; looking at them is for a person.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { settle, useExtension, type BrowserName, type ColorScheme, type Locale } from './harness';
import { openPopup, reviewFiles, reviewFixture, seedLibrary } from './seed';

const SCREENSHOTS = path.resolve('test-results/screenshots');

/** The popup as the browser shows it (384 px wide), and the library in a laptop's window. */
const VIEWPORT = {
  popup: { width: 384, height: 600 },
  library: { width: 1200, height: 900 },
};

const CASES = (['chromium', 'firefox'] as BrowserName[]).flatMap((b) =>
  (['en', 'zh-CN'] as Locale[]).flatMap((l) =>
    (['light', 'dark'] as ColorScheme[]).map((s) => [b, l, s] as const),
  ),
);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const b = readFileSync(file);
  if (b.subarray(1, 4).toString('latin1') !== 'PNG' || b.subarray(12, 16).toString('latin1') !== 'IHDR')
    return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Sets the page's viewport. Firefox 140 sets the size but does not know the screen orientation
 * command puppeteer sends with it: that one error is let pass once the width is seen to hold.
 */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
  } catch (err) {
    if (!/setScreenOrientationOverride/.test(String(err))) throw err;
  }
  await settle(page, (w) => window.innerWidth === Number(w), String(size.width));
}

/**
 * The page at rest for a picture: fonts loaded, nothing focused, scrolled to the top, the import's
 * notice dismissed (it floats over the last card until then).
 */
async function still(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    document.querySelector<HTMLButtonElement>('.notice button.dismiss')?.click();
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
}

/** What the reader sees as text, and the interface's own word for the heading that must be there. */
const seen = (page: Page, key: string) =>
  page.evaluate((k: string) => {
    const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
    return {
      text: document.body.innerText,
      heading: (g.browser ?? g.chrome).i18n.getMessage(k),
      width: document.documentElement.clientWidth,
    };
  }, key);

describe.each(CASES)('screenshots in %s, %s, %s', (name, locale, scheme) => {
  const ctx = useExtension(name, reviewFiles(), () => ({ locale, colorScheme: scheme }));
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const file = (what: string) => path.join(SCREENSHOTS, `${what}-${name}-${lang}-${scheme}.png`);
  let lib: Page;
  let popup: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const fixture = reviewFixture(ctx.served.origin);
    lib = await seedLibrary(ctx.ext, fixture);
    ({ popup } = await openPopup(ctx.ext, ctx.served, fixture));
  });

  it.each([
    ['popup', 'popupHighlights'],
    ['library', 'libTitle'],
  ] as const)('writes the %s', async (what, headingKey) => {
    const page = what === 'popup' ? popup : lib;
    await page.bringToFront();
    await resize(page, VIEWPORT[what]);
    await still(page);
    const { text, heading, width } = await seen(page, headingKey);
    expect(text).toContain(heading);
    // The heading is in the language asked for, not the other one.
    expect(heading).toMatch(locale === 'zh-CN' ? /^[\u4e00-\u9fff]+$/ : /^[A-Za-z ]+$/);
    await page.screenshot({ path: file(what) as `${string}.png`, fullPage: true });

    const size = pngSize(file(what));
    expect(size, file(what)).not.toBeNull();
    // The viewport's width, less Firefox's scrollbar when the page scrolls.
    expect(size?.width).toBeGreaterThanOrEqual(width);
    expect(size?.width).toBeLessThanOrEqual(VIEWPORT[what].width);
    expect(size?.height).toBeGreaterThanOrEqual(VIEWPORT[what].height);
    // A page of text, not a blank: far more than an empty PNG of that size takes.
    expect(statSync(file(what)).size).toBeGreaterThan(20_000);
  });
});
