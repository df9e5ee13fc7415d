import { beforeEach, describe, expect, it } from 'vitest';
import { storeCallHandler } from '../../../utils/background/store-call';
import { createStoreApi } from '../../../utils/store/api';
import { addAnnotation } from '../../../utils/store/annotations';
import type { RendaDb } from '../../../utils/store/schema';
import { openTestDb, pageInput, selectors } from '../store/helpers';

const ORIGIN = 'chrome-extension://abc/';
const fromPage = (url: string) => ({ tabId: 3, frameId: 0, url });

describe('store/call: the client API over one message', () => {
  let db: RendaDb;
  let handle: ReturnType<typeof storeCallHandler>;
  beforeEach(async () => {
    db = await openTestDb();
    await addAnnotation(db, { page: pageInput(), selectors: selectors('全过程人民民主'), color: 'yellow' });
    handle = storeCallHandler(
      createStoreApi(async () => db),
      ORIGIN,
    );
  });

  it('answers an extension page with what the store holds', async () => {
    const list = (await handle(
      { type: 'store/call', method: 'listPages', args: [{}] },
      fromPage(`${ORIGIN}options.html`),
    )) as {
      total: number;
    };
    expect(list.total).toBe(1);
    const hits = (await handle(
      { type: 'store/call', method: 'search', args: ['过程人民'] },
      fromPage(`${ORIGIN}popup.html`),
    )) as unknown[];
    expect(hits.map((h) => (h as { kind: string }).kind)).toEqual(['annotation']);
  });

  it.each([
    [
      'a content script on a web page',
      'https://rd.example.gov.cn/a/1.html',
      'listPages',
      [{}],
      /extension pages only/,
    ],
    ['a sender without an address', undefined, 'listPages', [{}], /extension pages only/],
    [
      'another extension',
      'chrome-extension://other/options.html',
      'exportBackup',
      [],
      /extension pages only/,
    ],
    ['a method that is not one', `${ORIGIN}options.html`, 'clearAll', [], /No store method clearAll/],
    ['arguments that are not a list', `${ORIGIN}options.html`, 'search', '人大', /No store method/],
  ])('refuses %s', async (_why, url, method, args, message) => {
    expect(() =>
      handle({ type: 'store/call', method: method as never, args: args as never }, fromPage(url as string)),
    ).toThrow(message);
  });
});
