import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DbError } from '../../../utils/core/errors';
import { annotationsForPage } from '../../../utils/store/annotations';
import { dumpAll } from '../../../utils/store/lists';
import {
  CURRENT_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  openDb,
  splitTags,
  upgradeAnnotationV1,
  upgradePageV1,
  type AnnotationV1,
  type PageV1,
} from '../../../utils/store/schema';
import { search } from '../../../utils/store/search';
import { checkAnnotationRecord, checkPageRecord } from '../../../utils/core/records';
import { IDBKeyRange, expectIndexInSync, freshName, indexedDB, selectors } from './helpers';

const v1Page: PageV1 = {
  url: 'https://rd.example.gov.cn/a/1.html',
  title: '区委召开人大工作会议',
  published: '2022-07-01',
  source: '区人大',
  site: 'rd.example.gov.cn',
  officials: [{ name: '许小波', titles: ['区委书记'] }],
  meetings: [],
  slogans: [],
  created: 1000,
  updated: 2000,
};

const v1Bare: PageV1 = { url: 'https://x.cn/b', title: '无日期', site: 'x.cn', created: 5000 };

const v1Annotations: AnnotationV1[] = [
  {
    id: 'a1',
    pageUrl: v1Page.url,
    selectors: selectors('坚持和完善人民代表大会制度', 10),
    color: 'green',
    tags: '人大工作, 基层治理，人大工作、 ',
    note: '重要',
    created: 1500,
    updated: 1600,
  },
  {
    id: 'a2',
    pageUrl: v1Bare.url,
    selectors: selectors('全过程人民民主', 3),
    color: '#ffeb3b',
    created: 6000,
  },
  {
    id: 'a3',
    pageUrl: v1Bare.url,
    selectors: selectors('依法履职', 30),
    tags: '',
    note: null,
    created: 7000,
  },
];

async function createV1(name: string): Promise<void> {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.table('pages').bulkAdd([v1Page, v1Bare]);
  await old.table('annotations').bulkAdd(v1Annotations);
  old.close();
}

describe('opening a version 2 database', () => {
  it('rebuilds the search index with the one folding scheme', async () => {
    const name = freshName();
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(2).stores(SCHEMA_V2);
    await old.open();
    const page = { ...upgradePageV1(v1Bare), title: '⼈⼤常委会会议' };
    await old.table('pages').add(page);
    // The row version 2 wrote: its folding left the Kangxi radicals as they were.
    await old.table('terms').add({ key: 'p:stale', grams: ['⼈⼤', '⼤常'] });
    old.close();

    const db = await openDb({ name, indexedDB, IDBKeyRange });
    expect(db.verno).toBe(CURRENT_VERSION);
    expect((await db.terms.toArray()).map((r) => r.key)).not.toContain('p:stale');
    expect((await search(db, '人大')).map((h) => h.page?.url)).toEqual([page.url]);
    db.close();
  });
});

describe('splitTags (version 1 tag strings)', () => {
  it.each([
    ['a,b', ['a', 'b']],
    ['人大工作，基层治理、 民生;法治；人大工作', ['人大工作', '基层治理', '民生', '法治']],
    ['  ', []],
    ['', []],
    [undefined, []],
    [42, []],
    [
      ['already', ' a list ', 'already'],
      ['already', 'a list'],
    ],
    ['two  words', ['two words']],
  ])('%j → %j', (input, expected) => {
    expect(splitTags(input)).toEqual(expected);
  });
});

describe('upgrade functions', () => {
  it('fills what version 1 lacked', () => {
    expect(upgradePageV1(v1Bare)).toEqual({
      url: 'https://x.cn/b',
      aliases: [],
      title: '无日期',
      published: null,
      source: null,
      site: 'x.cn',
      officials: [],
      meetings: [],
      slogans: [],
      created: 5000,
      updated: 5000,
    });
  });
  it('maps colours, tags and notes', () => {
    expect(upgradeAnnotationV1(v1Annotations[1] as AnnotationV1)).toEqual({
      id: 'a2',
      pageUrl: v1Bare.url,
      selectors: selectors('全过程人民民主', 3),
      color: 'yellow',
      tags: [],
      note: '',
      created: 6000,
      updated: 6000,
    });
  });
});

describe('upgrading damaged version 1 records', () => {
  it.each([
    [
      'a page with broken fields',
      {
        url: 'https://x.cn/a',
        title: 7,
        published: '2022/7/1',
        officials: [null, { name: '许', titles: 'x' }],
        meetings: 'x',
        slogans: [{ text: 's', count: -1 }],
        created: 'yesterday',
      },
    ],
    ['a bare page', { url: 'https://x.cn/b' }],
  ])('repairs %s into a valid record', (_why, raw) => {
    const p = upgradePageV1(raw as unknown as PageV1);
    expect(checkPageRecord(p)).toEqual(p);
    expect(p.site).toBe('x.cn');
  });

  it.each([
    [
      'bad selectors',
      {
        id: 'a',
        pageUrl: 'https://x.cn/a',
        selectors: [
          { type: 'TextQuoteSelector', exact: 'x' },
          { type: 'TextPositionSelector', start: 5, end: 1 },
          'junk',
        ],
        created: 1,
      },
    ],
    ['no selectors at all', { id: 'b', pageUrl: 'https://x.cn/a', created: 1 }],
    ['a bad time', { id: 'c', pageUrl: 'https://x.cn/a', selectors: [], created: -5, updated: 1.5 }],
  ])('repairs an annotation with %s into a valid record', (_why, raw) => {
    const a = upgradeAnnotationV1(raw as unknown as AnnotationV1);
    expect(checkAnnotationRecord(a)).toEqual(a);
  });

  it('keeps what can be kept', () => {
    const a = upgradeAnnotationV1({
      id: 'a',
      pageUrl: 'https://x.cn/a',
      selectors: [{ type: 'TextQuoteSelector', exact: 'x' }] as never,
      created: 1,
    });
    expect(a.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }]);
  });
});

describe('opening a version 1 database', () => {
  it('upgrades the data in place', async () => {
    const name = freshName();
    await createV1(name);
    const db = await openDb({ name, indexedDB, IDBKeyRange });
    expect(db.verno).toBe(CURRENT_VERSION);
    const { pages, annotations } = await dumpAll(db);
    expect(pages.find((p) => p.url === v1Page.url)).toEqual({ ...v1Page, aliases: [] });
    expect(annotations.find((a) => a.id === 'a1')).toEqual({
      ...v1Annotations[0],
      tags: ['人大工作', '基层治理'],
    });
    expect(annotations.find((a) => a.id === 'a3')?.note).toBe('');
    expect(annotations.map((a) => a.tags)).toEqual([['人大工作', '基层治理'], [], []]);
    // The new indexes work on migrated data.
    expect(await db.annotations.where('tags').equals('基层治理').primaryKeys()).toEqual(['a1']);
    expect(await db.pages.where('published').equals('2022-07-01').count()).toBe(1);
    expect(await db.terms.count()).toBe(5);
    await expectIndexInSync(db);
    db.close();
  });

  it('builds the search index during the upgrade', async () => {
    const name = freshName();
    await createV1(name);
    const db = await openDb({ name, indexedDB, IDBKeyRange });
    const hits = await search(db, '民代表');
    expect(hits.map((h) => (h.kind === 'annotation' ? h.annotation.id : h.page.url))).toEqual(['a1']);
    expect((await search(db, '基层')).length).toBe(1);
    expect((await search(db, '人大工作会')).map((h) => h.kind)).toEqual(['page']);
    expect(await annotationsForPage(db, 'https://x.cn/b#frag')).toHaveLength(2);
    db.close();
  });

  it('waits for an old connection, says so, and upgrades once it closes', async () => {
    const name = freshName();
    await createV1(name);
    // An old tab: a raw connection that ignores versionchange.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    let blocked = 0;
    const opening = openDb({ name, indexedDB, IDBKeyRange, onBlocked: () => blocked++ });
    await new Promise((r) => setTimeout(r, 50));
    expect(blocked).toBeGreaterThan(0);
    raw.close();
    const db = await opening;
    expect((await dumpAll(db)).annotations).toHaveLength(3);
    db.close();
  });
});

describe('another connection upgrading', () => {
  it('closes this connection on versionchange so the other can go on', async () => {
    const name = freshName();
    let told = 0;
    const db = await openDb({ name, indexedDB, IDBKeyRange, onVersionChange: () => told++ });
    const upgraded = await new Promise<number>((resolve, reject) => {
      const req = indexedDB.open(name, (CURRENT_VERSION + 1) * 10);
      req.onsuccess = () => {
        const v = req.result.version;
        req.result.close();
        resolve(v);
      };
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked: the old connection did not close'));
    });
    expect(upgraded).toBe((CURRENT_VERSION + 1) * 10);
    expect(told).toBe(1);
    expect(db.isOpen()).toBe(false);
    // Reopening by itself on the next query, it finds a newer database and refuses it.
    const err = await dumpAll(db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).code).toBe('version');
  });

  it('refuses a database from a newer version with a clear error', async () => {
    const name = freshName();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, (CURRENT_VERSION + 1) * 10);
      req.onupgradeneeded = () => {
        const d = req.result;
        d.createObjectStore('pages', { keyPath: 'url' });
        d.createObjectStore('annotations', { keyPath: 'id' });
        d.createObjectStore('terms', { keyPath: 'key' });
        d.createObjectStore('future', { keyPath: 'id' });
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const err = await openDb({ name, indexedDB, IDBKeyRange }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).code).toBe('version');
  });
});
