// Real browsers with the built extension loaded, and corpus pages served from
// 127.0.0.1. Recipes: ../shared/BROWSER-TESTS.md. Nothing here downloads a browser.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { Envelope } from '../../utils/messaging';
import { GECKO_ID } from '../../wxt.config';
import { findBrowser, type BrowserName } from './browsers';

export const CORPUS = path.resolve('../shared/corpus/pages');
const FIREFOX_UUID = '5b1b1e6e-4a1c-4d5e-9a3e-7f00d0c0ffee';

export type { BrowserName } from './browsers';

/**
 * The executable to launch: CHROMIUM_PATH / FIREFOX_PATH, else the first usual install location
 * found (tests/e2e/browsers.ts). `npm run check:browsers` says what to install when there is none.
 */
export function browserPath(name: BrowserName): string {
  const found = findBrowser(name, process.env, existsSync);
  if (found.path) return found.path;
  throw new Error(`${found.problem}: set ${found.envVar}, or see \`npm run check:browsers\``);
}

export interface Served {
  origin: string;
  /** Replaces what a path serves (to change a page between visits). */
  set(pathname: string, body: string | Buffer): void;
  /** Stops serving a path: it answers 404 from then on (a page deleted from its site). */
  remove(pathname: string): void;
  close(): Promise<void>;
}

/** Serves the given path → body map on 127.0.0.1 only, on a free port. */
export async function serve(files: Record<string, string | Buffer>): Promise<Served> {
  const table = new Map(Object.entries(files));
  const server = http.createServer((req, res) => {
    const body = table.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    // No charset in the header: the browser must find it in the page, as with saved GBK pages.
    res.writeHead(200, { 'content-type': 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (p, b) => void table.set(p, b),
    remove: (p) => void table.delete(p),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function corpusPage(name: string): Buffer {
  return readFileSync(path.join(CORPUS, name));
}

/**
 * Polls a page until fn returns true. Unlike waitForFunction it survives Firefox's remote
 * agent failing an evaluation while the page is between documents: use it for every wait that
 * follows a navigation (goto, visit, reload, openExtensionPage), in both browsers.
 */
export async function settle(
  page: Page,
  fn: (arg: string) => boolean,
  arg = '',
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      if (await page.evaluate(fn, arg)) return;
      lastError = null;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const what = `${String(fn).replace(/\s+/g, ' ').slice(0, 160)}${arg ? ` (${arg})` : ''}`;
      const why = lastError instanceof Error ? `; last evaluation failed: ${lastError.message}` : '';
      throw new Error(`page did not settle within ${timeoutMs} ms: ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Polls a condition of the test process (events recorded, a page's text) until it holds: for what
 * must happen, instead of a fixed pause that a loaded machine can outlast. timeoutMs is a safety
 * limit on the wait, not a figure; `what` names the condition in the error.
 */
export async function until(
  ok: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** settle() until the selector matches an element: waitForSelector that survives a navigation. */
export async function settleSelector(page: Page, selector: string, timeoutMs = 20_000): Promise<void> {
  await settle(page, (s) => document.querySelector(s) !== null, selector, timeoutMs);
}

/**
 * Opens a served page. Firefox reloads a page whose meta charset comes after the
 * first 1024 bytes, which WebDriver BiDi reports as a failed navigation: wait for the load instead.
 */
export async function visit(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch {
    await settle(page, (u) => location.href === u && document.readyState === 'complete', url, 15_000);
  }
}

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID */
  base: string;
  /**
   * Opens an extension page (popup.html?tab=…, options.html) and waits until it has loaded; in a
   * new tab, or in the page given (to listen to it from its first request).
   */
  openExtensionPage(pathAndQuery: string, page?: Page): Promise<Page>;
  /** The tab id the extension sees for a page opened by the test. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
  // Anything a page asks of the outside world fails at once (the machine is offline anyway);
  // loopback stays direct.
  '--proxy-server=http://127.0.0.1:9',
];

export type Locale = 'en' | 'zh-CN';
export type ColorScheme = 'light' | 'dark';

export interface LaunchOptions {
  /** Files the pages download are saved here, without asking. */
  downloadDir?: string;
  /** Runs before the extension is installed (to open tabs that predate it). */
  beforeInstall?: (browser: Browser) => Promise<void>;
  /**
   * The browser's interface language, which is what browser.i18n.getUILanguage() says and so the
   * extension's language. Unset: whatever the environment gives (as before).
   */
  locale?: Locale;
  /** What prefers-color-scheme says in every page. Unset: the browser's default (light). */
  colorScheme?: ColorScheme;
}

/**
 * Chromium on Linux takes its interface language from the environment (LANGUAGE, then LC_ALL,
 * LC_MESSAGES, LANG); the system locale need not be installed, but Chromium's own resources for
 * it must be (Debian: chromium-l10n, which puts zh-CN.pak in /usr/lib/chromium/locales), else it
 * falls back to en-US. Not --lang: on Linux that changes the extension's messages but not
 * getUILanguage(), so a page would be Chinese with lang="en-US".
 */
function chromiumEnv(locale: Locale | undefined): Record<string, string | undefined> | undefined {
  if (!locale) return undefined;
  const posix = locale === 'zh-CN' ? 'zh_CN' : 'en_US';
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return { ...env, LANGUAGE: posix, LANG: `${posix}.UTF-8` };
}

function chromiumArgs(options: LaunchOptions): string[] {
  const args = [...CHROMIUM_ARGS];
  // Dark: the browser's own theme and prefers-color-scheme in every page, extension pages too.
  if (options.colorScheme === 'dark') args.push('--force-dark-mode');
  return args;
}

/**
 * Firefox: the requested locale is used when a language pack for it is installed; the Debian
 * package firefox-esr-l10n-zh-cn puts one in the application's extensions folder, which puppeteer's
 * profile enables (extensions.enabledScopes 5, autoDisableScopes 0). Dark: the system theme is
 * said to be dark, and content (extension pages included) follows it.
 */
function firefoxLocaleAndSchemePrefs(options: LaunchOptions): Record<string, unknown> {
  return {
    ...(options.locale
      ? {
          'intl.locale.requested': options.locale === 'zh-CN' ? 'zh-CN' : 'en-US',
          'intl.multilingual.enabled': true,
          'intl.accept_languages': options.locale === 'zh-CN' ? 'zh-CN, zh, en' : 'en-US, en',
        }
      : {}),
    ...(options.colorScheme
      ? {
          'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
          'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
        }
      : {}),
  };
}

/** Firefox saves downloads to downloadDir without a dialog. */
function firefoxDownloadPrefs(dir: string | undefined): Record<string, unknown> {
  if (!dir) return {};
  return {
    'browser.download.dir': dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
  };
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: browserPath('chromium'),
      headless: true,
      pipe: true,
      enableExtensions: options.beforeInstall ? true : [path.resolve('.output/chrome-mv3')],
      args: chromiumArgs(options),
      ...(options.locale ? { env: chromiumEnv(options.locale) } : {}),
      ...(options.downloadDir
        ? { downloadBehavior: { policy: 'allow' as const, downloadPath: options.downloadDir } }
        : {}),
    });
    if (options.beforeInstall) {
      await options.beforeInstall(browser);
      await browser.installExtension(path.resolve('.output/chrome-mv3'));
    }
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 20_000 });
    const base = worker.url().replace(/^(chrome-extension:\/\/[^/]+).*/, '$1');
    return wrap(name, browser, base, async (page, url) => {
      await page.goto(url);
      return page;
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      ...firefoxDownloadPrefs(options.downloadDir),
      ...firefoxLocaleAndSchemePrefs(options),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
    },
  });
  await options.beforeInstall?.(browser);
  await browser.installExtension(path.resolve('.output/firefox-mv2'));
  return wrap(name, browser, `moz-extension://${FIREFOX_UUID}`, async (page, url) => {
    // goto on moz-extension:// never resolves under puppeteer although the page loads.
    page.goto(url).catch(() => {});
    await settle(page, () => location.protocol === 'moz-extension:' && document.readyState === 'complete');
    return page;
  });
}

function wrap(
  name: BrowserName,
  browser: Browser,
  base: string,
  open: (page: Page, url: string) => Promise<Page>,
): ExtensionBrowser {
  const self: ExtensionBrowser = {
    name,
    browser,
    base,
    openExtensionPage: async (p, page) => open(page ?? (await browser.newPage()), `${base}/${p}`),
    async tabIdOf(page) {
      // Without the "tabs" permission the extension cannot see tab URLs, so the test
      // brings the page to the front and asks an extension page for the active tab.
      const probe = await self.openExtensionPage('popup.html?tab=none');
      try {
        await page.bringToFront();
        return await probe.evaluate(async () => {
          const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
          const api = g.browser ?? g.chrome;
          const own = await api.tabs.getCurrent();
          const tabs = await api.tabs.query({ active: true });
          const tab = tabs.find((t) => t.id !== own?.id);
          if (!tab?.id) throw new Error('no active tab besides the probe');
          return tab.id;
        });
      } finally {
        await probe.close();
      }
    },
    close: () => browser.close(),
  };
  return self;
}

/**
 * Serves files and launches the browser with the extension for one describe block;
 * both are closed after it. Read the fields inside tests (they are set in beforeAll).
 */
export function useExtension(
  name: BrowserName,
  files: Record<string, string | Buffer>,
  options: (served: Served) => LaunchOptions = () => ({}),
): { served: Served; ext: ExtensionBrowser } {
  const ctx = {} as { served: Served; ext: ExtensionBrowser };
  beforeAll(async () => {
    ctx.served = await serve(files);
    ctx.ext = await launch(name, options(ctx.served));
  });
  afterAll(async () => {
    await ctx.ext?.close();
    await ctx.served?.close();
  });
  return ctx;
}

export interface Selected {
  left: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
  /** Whether the extension's toolbar host is on the page. */
  toolbar: boolean;
}

/**
 * Selects the first occurrence of text in the page's main world (outside links), scrolls it into
 * view, tells the page the mouse went up (as a user's selection would), and returns its box in
 * viewport coordinates.
 */
export async function selectText(page: Page, text: string): Promise<Selected> {
  return page.evaluate((p: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(p);
      if (at < 0 || n.parentElement?.closest('a')) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + p.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const sel = getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      const r = range.getBoundingClientRect();
      const toolbar = document.querySelector('renda-reader-ui') !== null;
      return { left: r.left, top: r.top, bottom: r.bottom, width: r.width, height: r.height, toolbar };
    }
    throw new Error(`not on the page: ${p}`);
  }, text);
}

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/;

/**
 * ask() a tab, retried while no content script of ours listens there yet: the analyzer is injected
 * after the gate asked the background, later on a loaded machine or a huge page. timeoutMs is a
 * safety limit on the wait, not a figure.
 */
export async function askTab<T>(
  probe: Page,
  tabId: number,
  msg: object,
  timeoutMs = 30_000,
): Promise<Envelope<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await ask<T>(probe, tabId, msg);
    } catch (err) {
      if (!NO_RECEIVER.test(String(err)) || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Sends a message from an extension page: to a tab's content script, or to the background. */
export async function ask<T>(probe: Page, tabId: number | null, msg: object): Promise<Envelope<T>> {
  return probe.evaluate(
    async (id: number | null, m: object) => {
      const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
      const api = g.browser ?? g.chrome;
      return id === null ? api.runtime.sendMessage(m) : api.tabs.sendMessage(id, m);
    },
    tabId,
    msg,
  ) as Promise<Envelope<T>>;
}
