import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addAnnotation, deleteAnnotation, updateAnnotation } from '../../../utils/store/annotations';
import { savePage } from '../../../utils/store/pages';
import type { RendaDb } from '../../../utils/store/schema';
import { search } from '../../../utils/store/search';
import type { SearchHit } from '../../../utils/core/views';
import { expectIndexInSync, openTestDb, pageInput, selectors } from './helpers';

let db: RendaDb;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const QUOTES = [
  '坚持和完善人民代表大会制度是全过程人民民主的重要制度载体',
  '增强四个意识、坚定四个自信、做到两个维护',
  '推动高质量发展，建设强富美高新江苏',
  'The NPC Standing Committee met in Beijing',
  '𠮷林省人大常委会',
];

async function seed(): Promise<void> {
  for (const [i, q] of QUOTES.entries()) {
    await addAnnotation(db, {
      page: pageInput({ url: `https://x.cn/${i}`, title: `第${i}篇 区人大常委会会议` }),
      selectors: selectors(q, 3),
      color: 'yellow',
      tags: i === 1 ? ['政治表述'] : [],
      note: i === 2 ? '注意：强富美高的最新提法' : '',
    });
  }
}

function describeHit(h: SearchHit): string {
  return h.kind === 'annotation'
    ? `a:${QUOTES.indexOf((h.annotation.selectors[0] as { exact: string }).exact)}`
    : `p:${h.page.title}`;
}

describe('search', () => {
  it.each([
    ['a 2-character query from the middle of a sentence', '民民', ['a:0']],
    ['a longer one', '代表大会制度', ['a:0']],
    ['a query longer than the sampled grams', '坚持和完善人民代表大会制度是全过程人民民主', ['a:0']],
    ['a single character', '𠮷', ['a:4']],
    ['a one-character Han query', '维', ['a:1']],
    ['a note', '最新提法', ['a:2']],
    ['a tag', '表述', ['a:1']],
    ['ASCII case-insensitively', 'npc standing', ['a:3']],
    ['fullwidth as ASCII', 'ＮＰＣ', ['a:3']],
    ['a page title', '第3篇', ['p:第3篇 区人大常委会会议']],
  ])('finds %s', async (_why, query, expected) => {
    await seed();
    expect((await search(db, query)).map(describeHit)).toEqual(expected);
  });

  it.each([
    ['bigrams all present but not in sequence', '意识自信'],
    ['四个意识 is not 四个自觉', '四个自觉'],
    ['across two fields', '载体注意'],
    ['nothing', '乡村振兴'],
    ['blank', '   '],
    ['empty', ''],
  ])('finds nothing for %s', async (_why, query) => {
    await seed();
    expect(await search(db, query)).toEqual([]);
  });

  it('finds words in several places, newest first, with offsets into each field', async () => {
    await seed();
    const hits = await search(db, '强富美高');
    expect(hits.map(describeHit)).toEqual(['a:2']);
    const h = hits[0];
    expect(h?.kind).toBe('annotation');
    if (h?.kind !== 'annotation') return;
    expect(h.page?.url).toBe('https://x.cn/2');
    expect(h.matches).toEqual([
      { field: 'quote', start: 10, end: 14 },
      { field: 'note', start: 3, end: 7 },
    ]);
    expect(QUOTES[2]?.slice(10, 14)).toBe('强富美高');
  });

  it('answers one-character queries by a scan, titles included', async () => {
    await seed();
    const hits = await search(db, '篇');
    expect(hits.map(describeHit).sort()).toEqual(
      [0, 1, 2, 3, 4].map((i) => `p:第${i}篇 区人大常委会会议`).sort(),
    );
    expect((await search(db, '载')).map(describeHit)).toEqual(['a:0']);
    expect((await search(db, 'Ｂ')).map(describeHit)).toEqual(['a:3']);
    expect(await search(db, '篇', { limit: 2 })).toHaveLength(2);
    expect(await search(db, '鑫')).toEqual([]);
  });

  it('finds text across the two scripts, with offsets into the text as written', async () => {
    const a = await addAnnotation(db, {
      page: pageInput({ url: 'https://hk.example/1', title: '立法會會議' }),
      selectors: selectors('區人大常委會主任出席', 0),
      color: 'blue',
      note: '全過程人民民主',
    });
    for (const q of ['区人大常委会', '區人大常委會', '全过程人民']) {
      const hits = await search(db, q);
      expect(hits.map((h) => (h.kind === 'annotation' ? h.annotation.id : h.page.url))).toEqual([a.id]);
    }
    const [hit] = await search(db, '人民民主');
    expect(hit?.kind === 'annotation' && hit.matches).toEqual([{ field: 'note', start: 3, end: 7 }]);
    expect((await search(db, '立法会')).map((h) => h.kind)).toEqual(['page']);
  });

  it('gives tag offsets with the tag index', async () => {
    await seed();
    const [h] = await search(db, '政治');
    expect(h?.matches).toEqual([{ field: 'tag', tag: 0, start: 0, end: 2 }]);
  });

  it('matches page titles and highlights, newest first', async () => {
    await seed();
    const hits = await search(db, '常委会');
    expect(hits.map((h) => h.kind).sort()).toEqual(['annotation', 'page', 'page', 'page', 'page', 'page']);
    const stamps = hits.map((h) => (h.kind === 'annotation' ? h.annotation.updated : h.page.updated));
    expect([...stamps].sort((a, b) => b - a)).toEqual(stamps);
    expect(await search(db, '常委会', { limit: 2 })).toHaveLength(2);
  });

  it('follows edits and deletions', async () => {
    await seed();
    const [hit] = await search(db, '最新提法');
    if (hit?.kind !== 'annotation') throw new Error('expected an annotation');
    await updateAnnotation(db, hit.annotation.id, { note: '改过的笔记' });
    expect(await search(db, '最新提法')).toEqual([]);
    expect((await search(db, '改过')).map(describeHit)).toEqual(['a:2']);
    await deleteAnnotation(db, hit.annotation.id);
    expect(await search(db, '改过')).toEqual([]);
    await savePage(db, pageInput({ url: 'https://x.cn/0', title: '换了标题' }));
    expect((await search(db, '换了')).map(describeHit)).toEqual(['p:换了标题']);
    expect((await search(db, '第0篇')).map(describeHit)).toEqual([]);
    await expectIndexInSync(db);
  });

  it('returns the newest hits first when there are more than one batch', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const page = pageInput({ title: '标题' });
    for (let i = 0; i < 250; i++) {
      vi.setSystemTime(1_700_000_000_000 + i * 1000);
      await addAnnotation(db, { page, selectors: selectors(`第${i}条人大代表建议`), color: 'yellow' });
    }
    vi.useRealTimers();
    const hits = await search(db, '人大', { limit: 120 });
    const numbers = hits.map((h) =>
      h.kind === 'annotation'
        ? Number(/\d+/.exec(h.annotation.note || (h.annotation.selectors[0] as { exact: string }).exact)?.[0])
        : -1,
    );
    expect(numbers).toEqual(Array.from({ length: 120 }, (_, i) => 249 - i));
    expect(await search(db, '代表建议', { limit: 1000 })).toHaveLength(250);
  });
});
