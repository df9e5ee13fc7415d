import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPeopleIndex, buildSloganIndex, facets } from '../../../utils/store/indexes';
import type { PageRecord } from '../../../utils/core/records';
import { addAnnotation } from '../../../utils/store/annotations';
import type { RendaDb } from '../../../utils/store/schema';
import { openTestDb, pageInput, selectors } from './helpers';

function page(
  url: string,
  published: string | null,
  officials: PageRecord['officials'],
  slogans: PageRecord['slogans'] = [],
): PageRecord {
  return {
    url,
    aliases: [],
    title: `T${url}`,
    published,
    source: null,
    site: 'x.cn',
    officials,
    meetings: [],
    slogans,
    created: new Date(2026, 0, 15, 12).getTime(),
    updated: 0,
  };
}

describe('buildPeopleIndex', () => {
  it('gives each official a timeline of posts with pages and dates', () => {
    const pages = [
      page('3', '2023-01-05', [{ name: '许小波', titles: ['区委书记'] }]),
      page('1', '2021-03-01', [
        { name: '许小波', titles: ['区长', '区委副书记'] },
        { name: '张三', titles: ['主任'] },
      ]),
      page('2', '2022-07-01', [{ name: '许小波', titles: ['区委书记', '区人大常委会主任'] }]),
      page('4', null, [{ name: '张三', titles: ['主任'] }]),
    ];
    const index = buildPeopleIndex(pages);
    expect(index.map((o) => o.name)).toEqual(['许小波', '张三']);
    const xu = index[0];
    expect(xu).toMatchObject({ first: '2021-03-01', last: '2023-01-05' });
    expect(xu?.pages.map((p) => p.url)).toEqual(['1', '2', '3']);
    // Posts by first appearance; on the same day, in pinyin order.
    expect(xu?.posts.map((p) => [p.title, p.first, p.last, p.pages.map((x) => x.url)])).toEqual([
      ['区委副书记', '2021-03-01', '2021-03-01', ['1']],
      ['区长', '2021-03-01', '2021-03-01', ['1']],
      ['区人大常委会主任', '2022-07-01', '2022-07-01', ['2']],
      ['区委书记', '2022-07-01', '2023-01-05', ['2', '3']],
    ]);
    // A page without a date is filed under the day it was saved.
    expect(index[1]?.pages.map((p) => p.date)).toEqual(['2021-03-01', '2026-01-15']);
    expect(index[1]?.pages[0]).toEqual({ url: '1', title: 'T1', date: '2021-03-01' });
  });

  it('is empty without officials', () => expect(buildPeopleIndex([page('1', null, [])])).toEqual([]));
});

describe('buildSloganIndex', () => {
  it('counts each slogan per month', () => {
    const pages = [
      page(
        '1',
        '2022-07-01',
        [],
        [
          { text: '强富美高', count: 2 },
          { text: '四个意识', count: 1 },
        ],
      ),
      page('2', '2022-07-20', [], [{ text: '强富美高', count: 1 }]),
      page('3', '2022-09-02', [], [{ text: '强富美高', count: 4 }]),
      page('4', '2021-12-31', [], [{ text: '四个意识', count: 1 }]),
    ];
    expect(buildSloganIndex(pages)).toEqual([
      {
        text: '强富美高',
        total: 7,
        pages: 3,
        months: [
          { month: '2022-07', count: 3, pages: 2 },
          { month: '2022-09', count: 4, pages: 1 },
        ],
      },
      {
        text: '四个意识',
        total: 2,
        pages: 2,
        months: [
          { month: '2021-12', count: 1, pages: 1 },
          { month: '2022-07', count: 1, pages: 1 },
        ],
      },
    ]);
  });
});

describe('facets', () => {
  let db: RendaDb;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(() => db.close());

  it('counts tags and colours by highlight, sites, officials and slogans by page', async () => {
    const a = pageInput({ url: 'https://a.cn/1' });
    const b = pageInput({
      url: 'https://b.cn/2',
      officials: [
        { name: '许小波', titles: [] },
        { name: '许小波', titles: ['x'] },
      ],
      slogans: [],
    });
    await addAnnotation(db, { page: a, selectors: selectors('一'), color: 'green', tags: ['人大', '民主'] });
    await addAnnotation(db, { page: a, selectors: selectors('二'), color: 'green', tags: ['人大'] });
    await addAnnotation(db, { page: b, selectors: selectors('三'), color: 'blue', tags: [] });
    expect(await facets(db)).toEqual({
      tags: [
        { value: '人大', count: 2 },
        { value: '民主', count: 1 },
      ],
      colors: [
        { value: 'green', count: 2 },
        { value: 'blue', count: 1 },
      ],
      sites: [
        { value: 'a.cn', count: 1 },
        { value: 'b.cn', count: 1 },
      ],
      officials: [{ value: '许小波', count: 2 }],
      slogans: [{ value: '强富美高', count: 1 }],
    });
  });
});
