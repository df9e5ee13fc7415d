import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DbError } from '../../../utils/core/errors';
import { exportBackup, importBackup, importBackupText } from '../../../utils/store/backup';
import { addAnnotation, annotationsForPage, updateAnnotation } from '../../../utils/store/annotations';
import { clearAll, dumpAll } from '../../../utils/store/lists';
import { savePage } from '../../../utils/store/pages';
import type { RendaDb } from '../../../utils/store/schema';
import { search } from '../../../utils/store/search';
import { BackupError, parseBackup, type Backup } from '../../../utils/export/backup';
import { expectIndexInSync, openTestDb, pageInput, selectors } from './helpers';

/** No saved article in these backups. */
const NONE = { added: 0, updated: 0, skipped: 0 };

let db: RendaDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  db.close();
});

async function seed(): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_700_000_000_000);
  await addAnnotation(db, {
    page: pageInput({ url: 'https://m.x.cn/1', canonical: 'https://x.cn/1' }),
    selectors: selectors('全过程人民民主', 4, '发展', '，'),
    color: 'green',
    tags: ['民主', '人大'],
    note: '多行\n笔记 "引号", 逗号',
    codePoints: { start: 4, end: 11 },
  });
  vi.setSystemTime(1_700_000_100_000);
  await addAnnotation(db, {
    page: pageInput({ url: 'https://x.cn/2', published: null, source: null }),
    selectors: selectors('𠮷'),
    color: 'purple',
  });
  await savePage(
    db,
    pageInput({ url: 'https://x.cn/3', title: '没有高亮的页面', officials: [], slogans: [] }),
  );
  vi.useRealTimers();
}

describe('backup and import', () => {
  it('restores exactly: backup → clear → import', async () => {
    await seed();
    const before = await dumpAll(db);
    const text = await exportBackup(db, new Date('2026-11-23T00:00:00Z'));
    await clearAll(db);
    const report = await importBackupText(db, text);
    expect(report).toEqual({
      added: 2,
      updated: 0,
      skipped: 0,
      pages: { added: 3, updated: 0, skipped: 0 },
      versions: NONE,
    });
    expect(await dumpAll(db)).toEqual(before);
    // The search index is rebuilt too.
    expect((await search(db, '民民')).length).toBe(1);
    expect((await search(db, '高亮的页')).length).toBe(1);
    expect(await annotationsForPage(db, 'https://m.x.cn/1')).toHaveLength(1);
    await expectIndexInSync(db);
  });

  it('merges without duplicates: newer wins, the rest is skipped', async () => {
    await seed();
    const backup = parseBackup(await exportBackup(db));
    const [a0] = (await dumpAll(db)).annotations.filter((a) => a.color === 'green');
    if (!a0) throw new Error('seed');
    // Edited after the backup: the stored copy is newer and must be kept.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_800_000_000_000);
    await updateAnnotation(db, a0.id, { note: '备份之后改的' });
    vi.useRealTimers();
    const newer: Backup = {
      ...backup,
      annotations: backup.annotations.map((a) =>
        a.color === 'purple' ? { ...a, note: '来自备份', updated: a.updated + 1 } : a,
      ),
    };
    const report = await importBackup(db, newer);
    expect(report).toEqual({
      added: 0,
      updated: 1,
      skipped: 1,
      pages: { added: 0, updated: 0, skipped: 3 },
      versions: NONE,
    });
    const after = await dumpAll(db);
    expect(after.annotations).toHaveLength(2);
    expect(after.annotations.find((a) => a.id === a0.id)?.note).toBe('备份之后改的');
    expect(after.annotations.find((a) => a.color === 'purple')?.note).toBe('来自备份');
    await expectIndexInSync(db);
  });

  it('files a page saved elsewhere under an alias into the existing page', async () => {
    await seed();
    const backup = parseBackup(await exportBackup(db));
    await clearAll(db);
    // The same article, saved here under its mirror address with the canonical as alias.
    await savePage(db, pageInput({ url: 'https://x.cn/1', canonical: 'https://mirror.cn/1' }));
    const report = await importBackup(db, backup);
    expect(report.pages).toEqual({ added: 2, updated: 0, skipped: 1 });
    const { pages, annotations } = await dumpAll(db);
    expect(pages.map((p) => p.url).sort()).toEqual([
      'https://mirror.cn/1',
      'https://x.cn/2',
      'https://x.cn/3',
    ]);
    expect(annotations.find((a) => a.color === 'green')?.pageUrl).toBe('https://mirror.cn/1');
    await expectIndexInSync(db);
  });

  it.each([
    ['truncated JSON', (t: string) => t.slice(0, t.length - 40), /not complete JSON/, null],
    ['not JSON at all', () => 'hello', /not complete JSON/, null],
    ['a JSON array', () => '[]', /not a Renda Reader backup/, null],
    [
      'another format',
      (t: string) => t.replace('renda-reader-backup', 'other'),
      /not a Renda Reader backup/,
      'format',
    ],
    [
      'a newer version',
      (t: string) => t.replace('"version":3', '"version":4'),
      /version 4; this extension reads versions 1, 2 and 3 \(update the extension/,
      'version',
    ],
    [
      'an invalid colour',
      (t: string) => t.replace('"color":"purple"', '"color":"red"'),
      /invalid at annotations\[\d\]\.color/,
      /annotations\[\d\]\.color/,
    ],
    [
      'a bad selector',
      (t: string) => t.replace('"type":"TextQuoteSelector"', '"type":"Quote"'),
      /invalid at annotations\[\d\]\.selectors\[0\]\.type/,
      /selectors\[0\]\.type/,
    ],
    [
      'a bad date',
      (t: string) => t.replace('"published":"2022-07-01"', '"published":"July"'),
      /invalid at pages\[\d\]\.published: Expected a date/,
      /pages\[\d\]\.published/,
    ],
    [
      'a negative time',
      (t: string) => t.replace('"created":1700000100000', '"created":-1'),
      /invalid at/,
      /\.created$/,
    ],
    [
      'an unknown field',
      (t: string) => t.replace('"note":""', '"note":"","extra":1'),
      /invalid at annotations\[\d\]\.extra/,
      /\.extra$/,
    ],
    [
      'a highlight without its page',
      (t: string) => t.replace('"pageUrl":"https://x.cn/2"', '"pageUrl":"https://gone.cn/"'),
      /page missing from the backup/,
      /annotations\[\d\]\.pageUrl/,
    ],
  ])('a file with %s changes nothing and says what is wrong', async (_why, damage, message, path) => {
    await seed();
    const good = await exportBackup(db);
    const before = await dumpAll(db);
    const bad = damage(good);
    expect(bad).not.toBe(good);
    const err = await importBackupText(db, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).message).toMatch(message);
    if (path === null) expect((err as BackupError).path).toBeNull();
    else if (typeof path === 'string') expect((err as BackupError).path).toBe(path);
    else expect((err as BackupError).path).toMatch(path);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a full disk during import changes nothing and says so', async () => {
    await seed();
    const text = await exportBackup(db);
    await clearAll(db);
    await savePage(db, pageInput({ url: 'https://keep.cn/' }));
    const before = await dumpAll(db);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'annotations')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const err = await importBackupText(db, text).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).code).toBe('quota');
    expect((err as DbError).message).toMatch(/^Could not import the backup: .*full.*Nothing was changed/);
    expect(await dumpAll(db)).toEqual(before);
    await expectIndexInSync(db);
  });

  it('rejects a file listing the same highlight twice', async () => {
    await seed();
    const b = JSON.parse(await exportBackup(db)) as Backup;
    b.annotations.push(b.annotations[0] as Backup['annotations'][number]);
    expect(() => parseBackup(JSON.stringify(b))).toThrow(/twice/);
  });
});
