// Storage faults on fake-indexeddb, at every write of every multi-record change: the browser
// refusing to store more when the transaction commits (quota), the connection closed under a
// running transaction (the service worker or the browser stopped), an abort after any single
// write. Each must leave the database exactly as it was, say why in a sentence, and let the next
// attempt succeed. Then the message layer: that sentence reaches the page as the error.
import { IDBObjectStore, IDBTransaction, forceCloseDatabase } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbError } from '../../../utils/core/errors';
import type { AnnotationRecord } from '../../../utils/core/records';
import {
  addAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../../../utils/store/annotations';
import { deletePage, savePage } from '../../../utils/store/pages';
import { SCHEMA_V1, openDb, type RendaDb } from '../../../utils/store/schema';
import { answer, unwrap } from '../../../utils/messaging';
import { IDBKeyRange, expectIndexInSync, freshName, indexedDB, pageInput, selectors } from '../store/helpers';

type Fault = 'quota-at-commit' | 'abort' | 'worker-stopped';

/**
 * Arms a fault at the n-th write (put, add or delete on any store) from now on. The write itself
 * goes through first, so the fault hits a transaction that has already changed something.
 */
interface FakeTransaction {
  _abort(name: string | null): void;
  _start(): void;
  _state: string;
  _requests: { request: { readyState: string } }[];
  db: IDBDatabase;
}

function faultAtWrite(n: number, fault: Fault): { fired: () => boolean } {
  let writes = 0;
  let fired = false;
  const doomed = new WeakSet<object>();
  // fake-indexeddb commits in _start when no request is left: that is where a full disk shows.
  const start = (IDBTransaction.prototype as unknown as FakeTransaction)._start;
  vi.spyOn(IDBTransaction.prototype as unknown as FakeTransaction, '_start').mockImplementation(function (
    this: FakeTransaction,
  ) {
    const committing = this._requests.every((r) => r.request.readyState === 'done');
    if (doomed.has(this) && committing && this._state !== 'finished') {
      doomed.delete(this);
      this._abort('QuotaExceededError');
      return;
    }
    start.call(this);
  });
  for (const method of ['put', 'add', 'delete'] as const) {
    const original = IDBObjectStore.prototype[method] as (...a: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      const request = original.apply(this, args);
      if (++writes === n && !fired) {
        fired = true;
        const tx = this.transaction as unknown as FakeTransaction;
        if (fault === 'quota-at-commit') {
          // What browsers do: the writes are accepted, then the commit fails and the transaction aborts.
          doomed.add(tx);
        } else if (fault === 'abort') {
          queueMicrotask(() => (this.transaction as IDBTransaction).abort());
        } else {
          // fake-indexeddb's forced close waits for running transactions; a stopped process does not:
          // its uncommitted transaction is gone, as an abort leaves it. Then the connection goes.
          queueMicrotask(() => {
            tx._abort('AbortError');
            forceCloseDatabase(tx.db as never);
          });
        }
      }
      return request;
    });
  }
  return { fired: () => fired };
}

/** Everything stored, as one comparable value. */
async function snapshot(db: RendaDb): Promise<string> {
  const [pages, annotations, terms] = await Promise.all([
    db.pages.orderBy('url').toArray(),
    db.annotations.orderBy('id').toArray(),
    db.terms.orderBy('key').toArray(),
  ]);
  return JSON.stringify({ pages, annotations, terms });
}

let name: string;
let db: RendaDb;
const open = () => openDb({ name, indexedDB, IDBKeyRange });

/** Two pages, three highlights: what a user has and cannot redo. */
async function seed(d: RendaDb): Promise<{ a: AnnotationRecord; b: AnnotationRecord }> {
  const page = pageInput();
  const a = await addAnnotation(d, {
    page,
    selectors: selectors('区委书记'),
    color: 'yellow',
    tags: ['人大'],
  });
  const b = await addAnnotation(d, { page, selectors: selectors('许小波', 4), color: 'blue', note: '注' });
  await addAnnotation(d, {
    page: pageInput({ url: 'https://rd.example.gov.cn/a/2.html', title: '第二篇' }),
    selectors: selectors('强富美高'),
    color: 'green',
  });
  return { a, b };
}

beforeEach(async () => {
  name = freshName();
  db = await open();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** Each multi-record change of the data layer, run against the seeded database. */
const CHANGES: [string, (d: RendaDb, s: { a: AnnotationRecord; b: AnnotationRecord }) => Promise<unknown>][] =
  [
    [
      'add a highlight (page upsert, record, two index rows)',
      (d) =>
        addAnnotation(d, {
          page: pageInput({ title: '新标题' }),
          selectors: selectors('人大工作'),
          color: 'pink',
          tags: ['新'],
        }),
    ],
    [
      'update a highlight (record, index row)',
      (d, s) => updateAnnotation(d, s.a.id, { tags: ['改'], note: '新注' }),
    ],
    ['delete a highlight (record, index row)', (d, s) => deleteAnnotation(d, s.b.id)],
    [
      'restore a highlight over a changed one',
      (d, s) => restoreAnnotation(d, { ...s.a, tags: ['旧'], updated: s.a.updated + 1 }),
    ],
    ['save a page (record, index row)', (d) => savePage(d, pageInput({ title: '改过的标题' }))],
    [
      'merge two pages joined by a canonical link',
      (d) =>
        savePage(
          d,
          pageInput({
            url: 'https://rd.example.gov.cn/a/2.html',
            canonical: 'https://rd.example.gov.cn/a/1.html',
          }),
        ),
    ],
    ['delete a page with its highlights', (d) => deletePage(d, 'https://rd.example.gov.cn/a/1.html')],
  ];

/** How many writes a change makes when nothing goes wrong (run on a copy). */
async function writesOf(change: (typeof CHANGES)[number][1]): Promise<number> {
  const copy = await openDb({ name: freshName(), indexedDB, IDBKeyRange });
  try {
    const s = await seed(copy);
    let writes = 0;
    for (const method of ['put', 'add', 'delete'] as const) {
      const original = IDBObjectStore.prototype[method] as (...a: unknown[]) => IDBRequest;
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        writes++;
        return original.apply(this, args);
      });
    }
    await change(copy, s);
    return writes;
  } finally {
    vi.restoreAllMocks();
    copy.close();
  }
}

describe.each<Fault>(['quota-at-commit', 'abort', 'worker-stopped'])('%s at any write', (fault) => {
  it.each(CHANGES)('%s: all or nothing, a clear error, then it works', async (_, change) => {
    const total = await writesOf(change);
    expect(total).toBeGreaterThan(1);
    for (let n = 1; n <= total; n++) {
      const s = await seed(db);
      const before = await snapshot(db);
      const armed = faultAtWrite(n, fault);
      const err = await change(db, s).then(
        () => null,
        (e: unknown) => e,
      );
      vi.restoreAllMocks();
      expect(armed.fired()).toBe(true);
      expect(err, `write ${n} of ${total}`).toBeInstanceOf(DbError);
      const e = err as DbError;
      if (fault === 'quota-at-commit') {
        expect(e.code).toBe('quota');
        expect(e.message).toMatch(/storage for this extension is full.*Nothing was changed/);
      } else {
        expect(e.message).toMatch(/^Could not [a-z]/);
      }
      if (fault === 'worker-stopped') {
        // What a restarted background does: open again.
        db.close();
        db = await open();
      }
      expect(await snapshot(db), `write ${n} of ${total}`).toBe(before);
      await expectIndexInSync(db);
      // The fault is gone: the same change now goes through.
      await expect(change(db, s)).resolves.not.toThrow();
      await expectIndexInSync(db);
      // A fresh database for the next write position.
      db.close();
      name = freshName();
      db = await open();
    }
  });
});

describe('the error reaches the page as a sentence', () => {
  it('a quota failure in the background arrives in the content script as the same message', async () => {
    await seed(db);
    faultAtWrite(1, 'quota-at-commit');
    // The background answers every request through answer(); the page unwraps it (sendToBackground).
    const envelope = await answer(() =>
      addAnnotation(db, { page: pageInput(), selectors: selectors('人大'), color: 'yellow' }),
    );
    expect(envelope.ok).toBe(false);
    let thrown: unknown;
    try {
      unwrap(structuredClone(envelope));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(
      /^Could not save the highlight: the browser's storage for this extension is full\./,
    );
  });

  it('no answer at all (the background was stopped mid-request) is an error, not silence', () => {
    // runtime.sendMessage resolves undefined when the receiving end went away without answering.
    expect(() => unwrap(undefined)).toThrow(/No answer from the extension/);
  });
});

describe('an old database opened by the new code while an old tab holds it', () => {
  it('waits, says so, and upgrades with every record once the old tab lets go', async () => {
    db.close();
    const oldName = freshName();
    // Version 1 as the first release wrote it, still open in an old tab.
    const v1 = new Dexie(oldName, { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('pages').put({ url: 'https://a.example/1', title: '旧', site: 'a.example', created: 1 });
    await v1.table('annotations').put({
      id: 'x1',
      pageUrl: 'https://a.example/1',
      selectors: selectors('旧文'),
      color: 'yellow',
      tags: '人大,代表',
      created: 1,
    });
    // The old tab ignores versionchange (an old release that never closes its connection).
    v1.on('versionchange', () => false);
    const blocked = vi.fn();
    const opening = openDb({ name: oldName, indexedDB, IDBKeyRange, onBlocked: blocked });
    await new Promise((r) => setTimeout(r, 200));
    expect(blocked).toHaveBeenCalled();
    v1.close();
    db = await opening;
    expect(await db.annotations.get('x1')).toMatchObject({ tags: ['人大', '代表'], color: 'yellow' });
    expect(await db.pages.get('https://a.example/1')).toMatchObject({ title: '旧', aliases: [] });
    await expectIndexInSync(db);
  });
});
