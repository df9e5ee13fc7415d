// Keeping the article: versions by hash, what changed, gone pages, the budget, the text index,
// delete/undo, merging and backups carrying the copies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION_BUDGET_CHARS } from '../../../utils/archive/budget';
import { articleHash } from '../../../utils/archive/hash';
import type { ArticleSnapshot, Visit } from '../../../utils/core/views';
import { BackupError } from '../../../utils/export/backup';
import { addAnnotation } from '../../../utils/store/annotations';
import { archiveUsage, keepArticle, visitPage } from '../../../utils/store/archive';
import { exportBackup, importBackupText } from '../../../utils/store/backup';
import { deletePage, restorePage, savePage } from '../../../utils/store/pages';
import type { RendaDb } from '../../../utils/store/schema';
import { search } from '../../../utils/store/search';
import { indexGrams } from '../../../utils/store/terms';
import { getVersion, listVersions, putVersions } from '../../../utils/store/versions';
import { openTestDb, pageInput, selectors } from './helpers';

/** The value, or a failed test when it is missing. */
function must<T>(x: T | null | undefined): T {
  if (x === null || x === undefined) throw new Error('missing value');
  return x;
}

let db: RendaDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const URL = 'https://rd.example.gov.cn/a/1.html';
const P1 = '7月1日，区委召开人大工作会议，区委书记许小波出席会议并讲话。';
const P2 = '会议强调，要坚持好、完善好、运行好人民代表大会制度，发展全过程人民民主。';
const P3 = '会议要求，各级人大代表要密切联系群众，积极反映社情民意，为强富美高新天宁建设贡献力量。';

function snapshot(text: string, title = '区委召开人大工作会议'): ArticleSnapshot {
  return {
    title,
    text,
    published: '2022-07-01',
    source: '区人大常委会办公室',
    byline: null,
    officials: [{ name: '许小波', titles: ['区委书记'] }],
    meetings: [{ name: '区委人大工作会议', date: '2022-07-01' }],
    slogans: [{ text: '全过程人民民主', count: 1 }],
  };
}

function visit(s: ArticleSnapshot | null, extra: Partial<Visit> = {}): Visit {
  return { url: URL, canonical: null, title: s?.title ?? '', text: '', snapshot: s, ...extra };
}

const original = [P1, P2, P3].join('\n');
// P1 edited by a few characters, P2 deleted.
const edited = [P1.replace('出席会议并讲话', '出席并讲话'), P3].join('\n');

/** The text index holds exactly the bigrams of every saved version, and nothing else. */
async function expectTextIndexInSync(): Promise<void> {
  const expected = new Map<string, number[]>();
  for (const v of await db.versions.toArray()) {
    for (const g of indexGrams(v.text))
      expected.set(
        g,
        [...(expected.get(g) ?? []), v.n].sort((a, b) => a - b),
      );
  }
  const got = new Map<string, number[]>();
  for (const row of await db.textgrams.toArray()) {
    const gram = row.key.split('\u0000')[0] as string;
    got.set(
      gram,
      [...(got.get(gram) ?? []), ...row.ns].sort((a, b) => a - b),
    );
  }
  expect(got).toEqual(expected);
}

describe('keeping versions', () => {
  it('keeps the first copy, then the same article once, moving its last-seen date', async () => {
    const first = await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    expect(first.versions).toHaveLength(1);
    expect(first.archive.change).toBeUndefined();
    const again = await visitPage(db, visit(snapshot(`${original}\n\n  `)));
    expect(again?.versions).toHaveLength(1);
    expect(must(must(again).versions[0]).lastSeen).toBeGreaterThanOrEqual(must(first.versions[0]).lastSeen);
    expect(again?.archive.change).toBeUndefined();
    await expectTextIndexInSync();
  });

  it('saves a changed article as a new version and says what changed since when', async () => {
    const first = await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    const status = await visitPage(db, visit(snapshot(edited, '区委召开人大工作会议（更新）')));
    expect(status?.versions).toHaveLength(2);
    expect(status?.archive.change).toMatchObject({ edited: 1, removed: 1, added: 0 });
    expect(status?.archive.change?.since).toBe(must(first.versions[0]).lastSeen);
    // The record describes the article as it now reads.
    expect((await db.pages.get(URL))?.title).toBe('区委召开人大工作会议（更新）');
    const [old, current] = await listVersions(db, URL);
    expect((await getVersion(db, must(old).n)).text).toBe(original);
    expect((await getVersion(db, must(current).n)).text).toBe(edited);
    await expectTextIndexInSync();
  });

  it('answers null for a page that is not saved, and keeps nothing', async () => {
    expect(await visitPage(db, visit(snapshot(original)))).toBeNull();
    expect(await db.versions.count()).toBe(0);
  });

  it('gives a page saved before articles were kept its first copy, not a change', async () => {
    await savePage(db, pageInput({ url: URL }));
    const status = await visitPage(db, visit(snapshot(original)));
    expect(status?.versions).toHaveLength(1);
    expect(status?.archive.change).toBeUndefined();
  });

  it('records the version a highlight was made on', async () => {
    const a = await addAnnotation(db, {
      page: pageInput({ url: URL }),
      selectors: selectors('全过程人民民主', 60),
      color: 'yellow',
      article: { snapshot: snapshot(original), hash: await articleHash(snapshot(original)) },
    });
    expect(a.version).toBe(await articleHash(snapshot(original)));
    expect(await listVersions(db, URL)).toHaveLength(1);
  });
});

describe('an article gone', () => {
  it.each<[string, Partial<Visit>, ArticleSnapshot | null, string]>([
    ['a 404', { status: 404, title: '404 Not Found', text: '404 Not Found nginx' }, null, 'http'],
    ['a soft 404', { title: '提示', text: '对不起，您访问的页面不存在！' }, null, 'not-found-page'],
  ])('is said for %s, and the copies stay', async (_name, extra, s, reason) => {
    await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    const status = await visitPage(db, visit(s, extra));
    expect(status?.archive.gone?.reason).toBe(reason);
    expect(status?.versions).toHaveLength(1);
    // Seen again later: no longer gone; the first time it was seen gone is kept while it is.
    const again = await visitPage(db, visit(snapshot(original)));
    expect(again?.archive.gone).toBeUndefined();
  });
});

describe('the budget', () => {
  it('does not keep a version over the per-version budget, and says so on the page', async () => {
    const huge = '人大'.repeat(Math.ceil(VERSION_BUDGET_CHARS / 2) + 1);
    const status = await keepArticle(db, pageInput({ url: URL }), snapshot(huge));
    expect(status.versions).toHaveLength(0);
    expect(status.archive.notKept?.reason).toBe('version-too-large');
    expect(must(status.archive.notKept).size).toBeGreaterThan(must(status.archive.notKept).limit);
    // A version that fits clears the notice.
    const ok = await visitPage(db, visit(snapshot(original)));
    expect(ok?.versions).toHaveLength(1);
    expect(ok?.archive.notKept).toBeUndefined();
    expect((await archiveUsage(db)).usedBytes).toBe(
      must(ok).versions.length > 0 ? must((await db.versions.toArray())[0]).bytes : 0,
    );
  });
});

describe('search in saved text', () => {
  it('finds a phrase that only an earlier copy holds, and says so', async () => {
    await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    await visitPage(db, visit(snapshot(edited)));
    const hits = await search(db, '运行好人民代表大会');
    const text = hits.filter((h) => h.kind === 'text');
    expect(text).toHaveLength(1);
    const [hit] = text;
    if (hit?.kind !== 'text') throw new Error('no text hit');
    expect(hit.current).toBe(false);
    expect(hit.excerpt.slice(must(hit.matches[0]).start, must(hit.matches[0]).end)).toBe(
      '运行好人民代表大会',
    );
    // In the current copy: current.
    const now = (await search(db, '密切联系群众')).find((h) => h.kind === 'text');
    expect(now?.kind === 'text' && now.current).toBe(true);
    // Either script: the traditional form finds the simplified text.
    expect((await search(db, '密切聯繫群眾')).some((h) => h.kind === 'text')).toBe(true);
  });
});

describe('the text index in blocks', () => {
  it('finds versions whose keys are far apart (rows of different blocks)', async () => {
    const other = 'https://rd.example.gov.cn/a/2.html';
    await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    await savePage(db, pageInput({ url: other }));
    const [first] = await db.versions.toArray();
    await putVersions(db, [{ ...must(first), n: 500, pageUrl: other }]);
    const pages = (await search(db, '运行好人民代表大会'))
      .filter((h) => h.kind === 'text')
      .map((h) => h.page.url);
    expect(pages.sort()).toEqual([URL, other].sort());
    await expectTextIndexInSync();
    await deletePage(db, other);
    await expectTextIndexInSync();
  });
});

describe('delete, undo and merge', () => {
  it('deletes the copies with the page and puts them back on undo', async () => {
    await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    await visitPage(db, visit(snapshot(edited)));
    const removed = await deletePage(db, URL);
    expect(removed?.versions).toHaveLength(2);
    expect(await db.versions.count()).toBe(0);
    expect(await db.textgrams.count()).toBe(0);
    await restorePage(db, must(removed));
    expect(await listVersions(db, URL)).toHaveLength(2);
    await expectTextIndexInSync();
    expect((await search(db, '运行好人民代表大会')).some((h) => h.kind === 'text')).toBe(true);
  });

  it('moves the copies when a canonical link shows two saved pages to be one article', async () => {
    const other = 'https://rd.example.gov.cn/print/1.html';
    await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    await keepArticle(db, pageInput({ url: other }), snapshot(original));
    await keepArticle(db, pageInput({ url: other, canonical: URL }), snapshot(edited));
    const versions = await db.versions.toArray();
    expect(new Set(versions.map((v) => v.pageUrl))).toEqual(new Set([URL]));
    // The one article both held is kept once.
    expect(versions.map((v) => v.text).sort()).toEqual([edited, original].sort());
    await expectTextIndexInSync();
  });
});

describe('backups carry the copies', () => {
  it('restores them into an empty database, and a second import adds nothing', async () => {
    await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    await visitPage(db, visit(snapshot(edited)));
    const file = await exportBackup(db);
    expect(JSON.parse(file).version).toBe(3);
    const target = await openTestDb();
    try {
      const report = await importBackupText(target, file);
      expect(report.versions).toEqual({ added: 2, updated: 0, skipped: 0 });
      expect((await importBackupText(target, file)).versions).toEqual({ added: 0, updated: 0, skipped: 2 });
      const texts = (await target.versions.toArray()).map((v) => v.text).sort();
      expect(texts).toEqual([edited, original].sort());
      expect((await search(target, '运行好人民代表大会')).some((h) => h.kind === 'text')).toBe(true);
      expect((await target.pages.get(URL))?.archive?.change).toMatchObject({ edited: 1, removed: 1 });
    } finally {
      target.close();
    }
  });

  it.each<[string, (b: { versions: Record<string, unknown>[] }) => void, string]>([
    ['a bad hash', (b) => (must(b.versions[0]).hash = 'abc'), 'versions[0].hash'],
    [
      'a copy of a page not in the file',
      (b) => (must(b.versions[0]).pageUrl = 'https://else.cn/'),
      'versions[0].pageUrl',
    ],
    ['one copy twice', (b) => b.versions.push({ ...must(b.versions[0]) }), 'versions[1].hash'],
  ])('refuses a file with %s and changes nothing', async (_name, damage, path) => {
    await keepArticle(db, pageInput({ url: URL }), snapshot(original));
    const backup = JSON.parse(await exportBackup(db));
    damage(backup);
    const target = await openTestDb();
    try {
      const err = await importBackupText(target, JSON.stringify(backup)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as BackupError).path).toBe(path);
      expect(await target.pages.count()).toBe(0);
      expect(await target.versions.count()).toBe(0);
    } finally {
      target.close();
    }
  });
});
