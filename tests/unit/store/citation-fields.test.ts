// A page's byline and site name, kept for its citation: saved with the page, kept when a later save
// does not know them, carried by the backup, and absent (still valid) on pages saved before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPageRecord } from '../../../utils/core/records';
import { addAnnotation } from '../../../utils/store/annotations';
import { exportBackup, importBackupText } from '../../../utils/store/backup';
import { clearAll, dumpAll } from '../../../utils/store/lists';
import { getPage, savePage } from '../../../utils/store/pages';
import type { RendaDb } from '../../../utils/store/schema';
import { expectIndexInSync, openTestDb, pageInput, selectors } from './helpers';

let db: RendaDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const URL = 'https://rd.example.gov.cn/a/1.html';

describe('byline and site name of a saved page', () => {
  it('are saved with the page', async () => {
    await savePage(db, pageInput({ byline: '记者 张三', siteName: '天宁区人大' }));
    expect(await getPage(db, URL)).toMatchObject({ byline: '记者 张三', siteName: '天宁区人大' });
  });

  it('stay when a later save does not send them, and change when it does (null too)', async () => {
    await savePage(db, pageInput({ byline: '记者 张三', siteName: '天宁区人大' }));
    await savePage(db, pageInput({ title: '改过的标题' }));
    expect(await getPage(db, URL)).toMatchObject({
      title: '改过的标题',
      byline: '记者 张三',
      siteName: '天宁区人大',
    });
    await savePage(db, pageInput({ byline: null, siteName: '常州市天宁区人大' }));
    expect(await getPage(db, URL)).toMatchObject({ byline: null, siteName: '常州市天宁区人大' });
  });

  it('are absent, not undefined, on a page saved without them, which stays valid', async () => {
    await savePage(db, pageInput());
    const page = await getPage(db, URL);
    expect(page).not.toBeNull();
    expect(Object.keys(page ?? {})).not.toContain('byline');
    expect(Object.keys(page ?? {})).not.toContain('siteName');
    expect(() => checkPageRecord(page)).not.toThrow();
  });

  it('are refused when they are not text, with the field named', async () => {
    await expect(
      savePage(db, { ...pageInput(), byline: 7 } as unknown as Parameters<typeof savePage>[1]),
    ).rejects.toThrow(/byline is invalid/);
    expect((await dumpAll(db)).pages).toEqual([]);
  });

  it('travel through a backup: backup → clear → import restores them exactly', async () => {
    await addAnnotation(db, {
      page: pageInput({ byline: '记者 张三 欧阳修', siteName: '天宁区人大' }),
      selectors: selectors('全过程人民民主', 4),
      color: 'yellow',
    });
    await savePage(db, pageInput({ url: 'https://x.cn/old', title: '旧页面' }));
    const before = await dumpAll(db);
    const text = await exportBackup(db);
    expect(JSON.parse(text)).toMatchObject({ version: 3 });
    await clearAll(db);
    await importBackupText(db, text);
    expect(await dumpAll(db)).toEqual(before);
    expect((await getPage(db, URL))?.siteName).toBe('天宁区人大');
    await expectIndexInSync(db);
  });

  it('are not needed to import a version 1 backup', async () => {
    await addAnnotation(db, { page: pageInput(), selectors: selectors('强富美高'), color: 'green' });
    const v1 = (await exportBackup(db)).replace('"version":3', '"version":1');
    expect(v1).not.toContain('byline');
    await clearAll(db);
    const report = await importBackupText(db, v1);
    expect(report.pages.added).toBe(1);
    expect(report.added).toBe(1);
    const page = await getPage(db, URL);
    expect(page?.title).toBe('区委召开人大工作会议');
    expect(page).not.toHaveProperty('byline');
    await expectIndexInSync(db);
  });
});
