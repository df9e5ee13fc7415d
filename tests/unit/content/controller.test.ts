// @vitest-environment jsdom
// What the analyzer answers the popup about a page that holds no article (a list page): before
// it is read, the popup may offer "Analyse anyway"; once read, the answer says so, and asking
// again reads the page again rather than repeating an old answer.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startContent } from '../../../utils/content/controller';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const URL = 'http://127.0.0.1/shop.html';
const LIST =
  '<h2>Spring sale</h2><ul><li><a href="/1">Red kettle</a> <span>£20</span></li>' +
  '<li><a href="/2">Blue teapot</a> <span>£15</span></li></ul>';
const ARTICLE = `<article><h1>Spring sale</h1>${'<p>The kettles are back in the shop, in red and in blue, and the teapots with them. '.repeat(12)}</p></article>`;

/** Sends the analyzer a message as the popup would, and waits for its answer. */
function ask(msg: object): Promise<unknown> {
  return new Promise((resolve) => {
    // Our listeners answer through sendResponse, the third argument, which the fake's type omits.
    void (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>)(
      msg,
      { url: 'chrome-extension://test/popup.html' },
      resolve,
    );
  });
}

describe('the analyzer on a page that holds no article', () => {
  beforeAll(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    document.title = 'Shop';
    document.body.innerHTML = LIST;
    startContent(document, URL);
  });

  it('is not read until asked: the popup may offer to read it', async () => {
    expect(await ask({ type: 'page/report', force: false })).toEqual({
      ok: true,
      value: { status: 'not-article', url: URL },
    });
  });

  it('read on "Analyse anyway", says it was read and found no article', async () => {
    const read = { ok: true, value: { status: 'not-article', url: URL, analysed: true } };
    expect(await ask({ type: 'page/report', force: true })).toEqual(read);
    // The popup opened again: the same answer, not the offer again.
    expect(await ask({ type: 'page/report', force: false })).toEqual(read);
  });

  it('reads the page again when asked again, and finds an article rendered since', async () => {
    document.body.innerHTML = ARTICLE;
    expect(await ask({ type: 'page/report', force: true })).toMatchObject({
      ok: true,
      value: { status: 'article', url: URL },
    });
  });
});
