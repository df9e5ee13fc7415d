import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbError } from '../../../utils/core/errors';
import type { AnnotationRecord } from '../../../utils/core/records';
import {
  addAnnotation,
  allTags,
  annotationsForPage,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../../../utils/store/annotations';
import { clearAll, dumpAll, listPages } from '../../../utils/store/lists';
import { deletePage, getPage, restorePage, savePage } from '../../../utils/store/pages';
import type { RendaDb } from '../../../utils/store/schema';
import { annotationTermsKey } from '../../../utils/store/terms';
import { expectIndexInSync, openTestDb, pageInput, selectors } from './helpers';

let db: RendaDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  db.close();
});

async function rejection(p: Promise<unknown>): Promise<DbError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DbError);
  return err as DbError;
}

describe('savePage', () => {
  it('keys a page by its normalised address and fills site and dates', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_700_000_000_000);
    const p = await savePage(db, pageInput({ url: 'https://RD.example.gov.cn/a/1.html?utm_source=wx#x' }));
    expect(p).toMatchObject({
      url: 'https://rd.example.gov.cn/a/1.html',
      aliases: [],
      site: 'rd.example.gov.cn',
      created: 1_700_000_000_000,
      updated: 1_700_000_000_000,
    });
  });

  it('keys by the canonical link and keeps the own address as an alias', async () => {
    const p = await savePage(
      db,
      pageInput({
        url: 'https://m.news.cn/share/9?from=wx',
        canonical: 'https://rd.example.gov.cn/a/1.html',
      }),
    );
    expect(p.url).toBe('https://rd.example.gov.cn/a/1.html');
    expect(p.aliases).toEqual(['https://m.news.cn/share/9']);
    expect(p.site).toBe('rd.example.gov.cn');
  });

  it('updates the same page found through an alias, without a duplicate', async () => {
    await savePage(
      db,
      pageInput({ url: 'https://m.news.cn/share/9', canonical: 'https://rd.example.gov.cn/a/1.html' }),
    );
    // Seen again at the mirror, this time without a canonical link: still the same page.
    const again = await savePage(db, pageInput({ url: 'https://m.news.cn/share/9', title: '新标题' }));
    expect(again.url).toBe('https://rd.example.gov.cn/a/1.html');
    expect(again.title).toBe('新标题');
    expect(await db.pages.count()).toBe(1);
    await expectIndexInSync(db);
  });

  it('adopts a canonical learnt later as an alias of the first key', async () => {
    await savePage(db, pageInput({ url: 'https://a.cn/x' }));
    const p = await savePage(db, pageInput({ url: 'https://a.cn/x', canonical: 'https://b.cn/y' }));
    expect(p.url).toBe('https://a.cn/x');
    expect(p.aliases).toEqual(['https://b.cn/y']);
    expect((await getPage(db, 'https://b.cn/y'))?.url).toBe('https://a.cn/x');
  });

  it('merges two saved pages that the canonical link shows are one article', async () => {
    const onMirror = await addAnnotation(db, {
      page: pageInput({ url: 'https://m.x.cn/9' }),
      selectors: selectors('甲'),
      color: 'blue',
    });
    const onSite = await addAnnotation(db, {
      page: pageInput({ url: 'https://x.cn/a' }),
      selectors: selectors('乙', 5),
      color: 'blue',
    });
    const p = await savePage(db, pageInput({ url: 'https://m.x.cn/9', canonical: 'https://x.cn/a' }));
    expect(p.url).toBe('https://x.cn/a');
    expect(p.aliases).toEqual(['https://m.x.cn/9']);
    expect(await db.pages.count()).toBe(1);
    const ids = (await annotationsForPage(db, 'https://m.x.cn/9')).map((a) => a.id);
    expect(ids).toEqual([onMirror.id, onSite.id]);
    await expectIndexInSync(db);
  });

  it('finds a page saved over http when it is read over https, and the other way round', async () => {
    const a = await addAnnotation(db, {
      page: pageInput({ url: 'http://x.cn/a' }),
      selectors: selectors('甲'),
      color: 'blue',
    });
    expect(await annotationsForPage(db, 'https://x.cn/a')).toEqual([a]);
    const p = await savePage(db, pageInput({ url: 'https://x.cn/a' }));
    expect(p.url).toBe('http://x.cn/a');
    expect(p.aliases).toEqual(['https://x.cn/a']);
    expect(await db.pages.count()).toBe(1);
    expect(await annotationsForPage(db, 'https://other.cn/a')).toEqual([]);
  });

  it('keeps only the detection fields a page record holds', async () => {
    const p = await savePage(
      db,
      pageInput({
        officials: [
          { name: '许小波', titles: ['区委书记'], glosses: ['x'], mentions: [{ start: 0, end: 3 }] },
        ],
        meetings: [{ name: '会议', date: null, role: 'reported', mentions: [] }],
        slogans: [{ text: '强富美高', count: 1, kind: 'known', mentions: [] }],
      } as never),
    );
    expect(p.officials).toEqual([{ name: '许小波', titles: ['区委书记'] }]);
    expect(p.meetings).toEqual([{ name: '会议', date: null }]);
    expect(p.slogans).toEqual([{ text: '强富美高', count: 1 }]);
  });

  it.each([
    ['a bad meeting date', pageInput({ meetings: [{ name: 'x', date: '7月1日' }] }), /meetings\[0\]\.date/],
    [
      'an official without a name',
      pageInput({ officials: [{ titles: [] } as never] }),
      /officials\[0\]\.name/,
    ],
    [
      'a slogan count that is not a number',
      pageInput({ slogans: [{ text: 'x', count: '2' as never }] }),
      /slogans\[0\]\.count/,
    ],
    ['a bad address', pageInput({ url: 'chrome://newtab' }), /page key/],
    ['a bad date', pageInput({ published: '2022/07/01' }), /YYYY-MM-DD/],
    ['no title', { ...pageInput(), title: undefined as unknown as string }, /title/],
    ['officials not a list', { ...pageInput(), officials: null as unknown as [] }, /officials/],
  ])('rejects %s with an invalid-input error', async (_why, input, message) => {
    const err = await rejection(savePage(db, input));
    expect(err.code).toBe('invalid');
    expect(err.message).toMatch(message);
    expect(await db.pages.count()).toBe(0);
  });
});

describe('annotations', () => {
  it('adds a highlight with its page in one go and finds it by any address', async () => {
    const a = await addAnnotation(db, {
      page: pageInput({ url: 'https://m.x.cn/9', canonical: 'https://x.cn/a' }),
      selectors: selectors('全过程人民民主', 5),
      color: 'green',
      tags: [' 民主 ', '民主', ''],
      note: '关键表述',
    });
    expect(a).toMatchObject({ pageUrl: 'https://x.cn/a', color: 'green', tags: ['民主'], note: '关键表述' });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    for (const url of ['https://x.cn/a', 'https://m.x.cn/9?spm=1', 'https://x.cn/a#top']) {
      expect(await annotationsForPage(db, url)).toEqual([a]);
    }
    expect(await annotationsForPage(db, 'https://other.cn/')).toEqual([]);
  });

  it('adds to a saved page by URL, and refuses an unknown one', async () => {
    await savePage(db, pageInput());
    const a = await addAnnotation(db, {
      page: 'https://rd.example.gov.cn/a/1.html?from=timeline',
      selectors: selectors('人大'),
      color: 'yellow',
    });
    expect(a.pageUrl).toBe('https://rd.example.gov.cn/a/1.html');
    await expectIndexInSync(db);
    const err = await rejection(
      addAnnotation(db, { page: 'https://nope.cn/', selectors: selectors('x'), color: 'blue' }),
    );
    expect(err.code).toBe('not-found');
  });

  it('stores selectors with their known fields only', async () => {
    const a = await addAnnotation(db, {
      page: pageInput(),
      selectors: [
        { type: 'TextQuoteSelector', exact: '人大', prefix: '', suffix: '', score: 1 },
        { type: 'TextPositionSelector', start: 0, end: 2, node: {} },
      ] as never,
      color: 'yellow',
    });
    expect(a.selectors).toEqual(selectors('人大'));
  });

  it('returns highlights in reading order', async () => {
    const page = pageInput();
    for (const [q, at] of [
      ['三', 30],
      ['一', 1],
      ['二', 20],
    ] as const) {
      await addAnnotation(db, { page, selectors: selectors(q, at), color: 'yellow' });
    }
    const got = await annotationsForPage(db, page.url);
    expect(got.map((a) => a.selectors[0]?.type === 'TextQuoteSelector' && a.selectors[0].exact)).toEqual([
      '一',
      '二',
      '三',
    ]);
  });

  it.each([
    ['no quote', { selectors: [{ type: 'TextPositionSelector', start: 0, end: 1 }] }, /TextQuoteSelector/],
    ['empty quote', { selectors: selectors('') }, /TextQuoteSelector/],
    ['bad colour', { color: 'red' }, /colour/],
    ['bad tags', { tags: 'a,b' }, /Tags/],
    ['bad note', { note: 3 }, /note/],
    [
      'an unknown selector',
      { selectors: [...selectors('x'), { type: 'XPathSelector', value: '/p' }] },
      /selectors\[2\]\.type/,
    ],
    [
      'bad offsets',
      { selectors: [...selectors('x'), { type: 'TextPositionSelector', start: 5, end: 2 }] },
      /start ≤ end/,
    ],
  ])('rejects %s', async (_why, patch, message) => {
    const input = { page: pageInput(), selectors: selectors('人大'), color: 'yellow', ...patch };
    const err = await rejection(addAnnotation(db, input as never));
    expect(err.code).toBe('invalid');
    expect(err.message).toMatch(message);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('updates colour, tags and note, and keeps the index current', async () => {
    const a = await addAnnotation(db, {
      page: pageInput(),
      selectors: selectors('人大'),
      color: 'yellow',
      note: '旧笔记',
    });
    const b = await updateAnnotation(db, a.id, { color: 'pink', tags: ['新标签'], note: '新笔记' });
    expect(b).toMatchObject({
      id: a.id,
      color: 'pink',
      tags: ['新标签'],
      note: '新笔记',
      created: a.created,
    });
    expect(b.updated).toBeGreaterThanOrEqual(a.updated);
    expect(await db.annotations.get(a.id)).toEqual(b);
    const row = await db.terms.get(annotationTermsKey(b));
    await expectIndexInSync(db);
    expect(row?.grams).toContain('笔记');
    expect(row?.grams).toContain('标签');
    expect(row?.grams).not.toContain('旧笔');
    const err = await rejection(updateAnnotation(db, 'missing', { note: 'x' }));
    expect(err.code).toBe('not-found');
  });

  it('deletes and restores a highlight exactly (undo)', async () => {
    const a = await addAnnotation(db, {
      page: pageInput(),
      selectors: selectors('人大'),
      color: 'blue',
      tags: ['t'],
    });
    const removed = await deleteAnnotation(db, a.id);
    expect(removed).toEqual(a);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.terms.count()).toBe(1);
    await expectIndexInSync(db);
    expect(await deleteAnnotation(db, a.id)).toBeNull();
    await restoreAnnotation(db, removed as AnnotationRecord);
    expect(await db.annotations.get(a.id)).toEqual(a);
    await expectIndexInSync(db);
  });

  it('will not restore a highlight whose page is gone', async () => {
    const a = await addAnnotation(db, { page: pageInput(), selectors: selectors('人大'), color: 'blue' });
    const removed = await deletePage(db, a.pageUrl);
    expect(removed?.annotations).toEqual([a]);
    expect(await db.terms.count()).toBe(0);
    const err = await rejection(restoreAnnotation(db, a));
    expect(err.code).toBe('not-found');
    await restorePage(db, removed as NonNullable<typeof removed>);
    expect(await annotationsForPage(db, a.pageUrl)).toEqual([a]);
    expect(await db.terms.count()).toBe(2);
    await expectIndexInSync(db);
  });

  it('lists every tag once, sorted', async () => {
    const page = pageInput();
    await addAnnotation(db, { page, selectors: selectors('a'), color: 'blue', tags: ['b', 'a'] });
    await addAnnotation(db, { page, selectors: selectors('b'), color: 'blue', tags: ['a', 'c'] });
    expect(await allTags(db)).toEqual(['a', 'b', 'c']);
  });
});

describe('errors from the browser', () => {
  it('turns a full disk into a quota error with a clear message, and writes nothing', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'terms') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const err = await rejection(
      addAnnotation(db, { page: pageInput(), selectors: selectors('人大'), color: 'blue' }),
    );
    expect(err.code).toBe('quota');
    expect(err.message).toMatch(/storage .* is full/);
    vi.restoreAllMocks();
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('rolls back the whole change when a later write fails', async () => {
    await savePage(db, pageInput({ title: '原标题' }));
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'annotations') throw new DOMException('Simulated failure', 'UnknownError');
      return add.apply(this, args);
    });
    const err = await rejection(
      addAnnotation(db, {
        page: pageInput({ title: '新标题' }),
        selectors: selectors('人大'),
        color: 'blue',
      }),
    );
    expect(err.code).toBe('failed');
    expect(err.message).toMatch(/Could not save the highlight: Simulated failure/);
    vi.restoreAllMocks();
    // The page update that ran before the failing write is undone too.
    expect((await dumpAll(db)).pages.map((p) => p.title)).toEqual(['原标题']);
    expect(await db.annotations.count()).toBe(0);
    await expectIndexInSync(db);
  });

  it('reports a closed database', async () => {
    db.close();
    const err = await rejection(savePage(db, pageInput()));
    expect(['closed', 'failed']).toContain(err.code);
  });
});

describe('listPages', () => {
  const DAY = 86_400_000;
  const T0 = new Date(2026, 0, 10, 12).getTime();

  async function seed(): Promise<void> {
    vi.useFakeTimers({ toFake: ['Date'] });
    const pages = [
      {
        url: 'https://a.cn/1',
        title: 'A1',
        published: '2022-07-01',
        site: 'a',
        official: '许小波',
        slogan: '强富美高',
      },
      {
        url: 'https://a.cn/2',
        title: 'A2',
        published: null,
        site: 'a',
        official: '张三',
        slogan: '四个意识',
      },
      {
        url: 'https://b.cn/3',
        title: 'B3',
        published: '2023-03-05',
        site: 'b',
        official: '许小波',
        slogan: '四个自信',
      },
      {
        url: 'https://b.cn/4',
        title: 'B4',
        published: '2021-01-01',
        site: 'b',
        official: '李四',
        slogan: '强富美高',
      },
    ];
    for (const [i, p] of pages.entries()) {
      vi.setSystemTime(T0 + i * DAY);
      await addAnnotation(db, {
        page: pageInput({
          url: p.url,
          title: p.title,
          published: p.published,
          officials: [{ name: p.official, titles: ['x'] }],
          slogans: [{ text: p.slogan, count: 1 }],
        }),
        selectors: selectors(`${p.title}-q1`, 10),
        color: i % 2 ? 'green' : 'yellow',
        tags: i < 2 ? ['人大'] : ['政府'],
      });
      await addAnnotation(db, {
        page: p.url,
        selectors: selectors(`${p.title}-q0`, 1),
        color: 'blue',
        tags: ['all'],
      });
    }
    vi.useRealTimers();
  }

  const titles = (l: { items: { page: { title: string } }[] }) => l.items.map((i) => i.page.title);

  it('lists newest saved first, with highlights in reading order, by slices', async () => {
    await seed();
    const all = await listPages(db);
    expect(all.total).toBe(4);
    expect(titles(all)).toEqual(['B4', 'B3', 'A2', 'A1']);
    expect(
      all.items[0]?.annotations.map(
        (a) => a.selectors[0]?.type === 'TextQuoteSelector' && a.selectors[0].exact,
      ),
    ).toEqual(['B4-q0', 'B4-q1']);
    const slice = await listPages(db, { offset: 1, limit: 2 });
    expect(slice.total).toBe(4);
    expect(titles(slice)).toEqual(['B3', 'A2']);
    expect(titles(await listPages(db, { offset: 10 }))).toEqual([]);
  });

  it.each([
    ['page date, undated pages by their saved day', { sort: 'published' }, ['A2', 'B3', 'A1', 'B4']],
    ['site', { site: 'a.cn' }, ['A2', 'A1']],
    ['official', { official: '许小波' }, ['B3', 'A1']],
    ['slogan', { slogan: '强富美高' }, ['B4', 'A1']],
    ['tag', { tag: '政府' }, ['B4', 'B3']],
    ['colour', { color: 'green' }, ['B4', 'A2']],
    ['tag and colour', { tag: '人大', color: 'yellow' }, ['A1']],
    ['tag and site', { tag: 'all', site: 'b.cn' }, ['B4', 'B3']],
    ['page-date range', { sort: 'published', from: '2022-01-01', to: '2023-03-05' }, ['B3', 'A1']],
    ['saved-day range', { from: '2026-01-11', to: '2026-01-12' }, ['B3', 'A2']],
    ['sliced filter', { site: 'b.cn', sort: 'published', offset: 1, limit: 1 }, ['B4']],
    ['nothing matches', { tag: 'none' }, []],
  ] as const)('filters by %s', async (_why, query, expected) => {
    await seed();
    const got = await listPages(db, query);
    expect(titles(got)).toEqual(expected);
    if (!('offset' in query)) expect(got.total).toBe(expected.length);
  });

  it('gives only the matching highlights under a tag or colour filter', async () => {
    await seed();
    const got = await listPages(db, { color: 'blue' });
    expect(got.total).toBe(4);
    for (const item of got.items) expect(item.annotations.map((a) => a.color)).toEqual(['blue']);
  });

  it.each([
    [{ from: '2022-7-1' }, /from must be YYYY-MM-DD/],
    [{ limit: -1 }, /limit/],
    [{ offset: 1.5 }, /offset/],
    [{ color: 'red' }, /colour/],
  ])('rejects a bad query %j', async (query, message) => {
    const err = await rejection(listPages(db, query as never));
    expect(err.code).toBe('invalid');
    expect(err.message).toMatch(message);
  });

  it('clearAll empties every table', async () => {
    await seed();
    await clearAll(db);
    expect([await db.pages.count(), await db.annotations.count(), await db.terms.count()]).toEqual([0, 0, 0]);
  });
});
