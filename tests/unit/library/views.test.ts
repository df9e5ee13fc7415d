import { describe, expect, it } from 'vitest';
import type { OfficialEntry, SearchHit } from '../../../utils/core/views';
import type { AnnotationRecord, PageRecord } from '../../../utils/core/records';
import { markdownLabelsFor, buildExportFile, backupFile } from '../../../utils/library/exporting';
import { dateSpan, filterByText, holdersByPost, hostOf } from '../../../utils/library/posts';
import { filterHits, groupHits, matchesIn } from '../../../utils/library/search';
import type { Filters } from '../../../utils/library/state';
import { errorMessage } from '../../../utils/library/errors';
import { DbError } from '../../../utils/core/errors';
import { BackupError } from '../../../utils/export/backup';

function page(over: Partial<PageRecord> = {}): PageRecord {
  return {
    url: 'https://rd.example.gov.cn/a/1.html',
    aliases: [],
    title: '区委召开人大工作会议',
    published: '2022-07-01',
    source: null,
    site: 'rd.example.gov.cn',
    officials: [{ name: '许小波', titles: ['区委书记'] }],
    meetings: [],
    slogans: [{ text: '强富美高', count: 1 }],
    created: Date.UTC(2023, 0, 1),
    updated: Date.UTC(2023, 0, 2),
    ...over,
  };
}

function ann(over: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return {
    id: 'a1',
    pageUrl: 'https://rd.example.gov.cn/a/1.html',
    selectors: [{ type: 'TextQuoteSelector', exact: '加强新时代人大工作', prefix: '', suffix: '' }],
    color: 'yellow',
    tags: ['人大工作'],
    note: '',
    created: 1,
    updated: 1,
    ...over,
  };
}

const quoteHit = (a: AnnotationRecord, p: PageRecord | null): SearchHit => ({
  kind: 'annotation',
  annotation: a,
  page: p,
  matches: [{ field: 'quote', start: 5, end: 7 }],
});
const titleHit = (p: PageRecord): SearchHit => ({
  kind: 'page',
  page: p,
  matches: [{ field: 'title', start: 4, end: 6 }],
});

describe('filterHits', () => {
  const p1 = page();
  const p2 = page({
    url: 'https://b.example.cn/2',
    site: 'b.example.cn',
    published: '2021-03-05',
    officials: [],
    slogans: [],
  });
  const hits = [
    quoteHit(ann(), p1),
    quoteHit(ann({ id: 'a2', color: 'green', tags: [] }), p2),
    titleHit(p1),
    quoteHit(ann({ id: 'a3' }), null),
  ];
  const ids = (f: Filters) =>
    filterHits(hits, f).map((h) => (h.kind === 'annotation' ? h.annotation.id : `page:${h.page.site}`));

  it.each<[string, Filters, string[]]>([
    ['no filter', { sort: 'published' }, ['a1', 'a2', 'page:rd.example.gov.cn', 'a3']],
    ['tag drops title hits', { sort: 'published', tag: '人大工作' }, ['a1', 'a3']],
    ['colour', { sort: 'published', color: 'green' }, ['a2']],
    ['site', { sort: 'published', site: 'b.example.cn' }, ['a2']],
    ['official', { sort: 'published', official: '许小波' }, ['a1', 'page:rd.example.gov.cn']],
    ['slogan', { sort: 'published', slogan: '强富美高' }, ['a1', 'page:rd.example.gov.cn']],
    [
      'date range on page date',
      { sort: 'published', from: '2022-01-01', to: '2022-12-31' },
      ['a1', 'page:rd.example.gov.cn'],
    ],
    ['date range on saved day', { sort: 'saved', from: '2022-01-01', to: '2022-12-31' }, []],
  ])('%s', (_name, f, expected) => {
    expect(ids(f)).toEqual(expected);
  });

  it('picks the matches of one field and one tag', () => {
    const m = [
      { field: 'quote' as const, start: 0, end: 2 },
      { field: 'tag' as const, tag: 1, start: 0, end: 2 },
      { field: 'tag' as const, tag: 0, start: 1, end: 3 },
    ];
    expect(matchesIn(m, 'quote')).toEqual([m[0]]);
    expect(matchesIn(m, 'tag', 0)).toEqual([m[2]]);
  });
});

describe('holdersByPost', () => {
  const at = (date: string, n: number) => ({ url: `https://x.cn/${n}`, title: `t${n}`, date });
  const people: OfficialEntry[] = [
    {
      name: '乙',
      first: '2023-01-01',
      last: '2023-06-01',
      pages: [at('2023-01-01', 3), at('2023-06-01', 4)],
      posts: [
        {
          title: '区长',
          first: '2023-01-01',
          last: '2023-06-01',
          pages: [at('2023-01-01', 3), at('2023-06-01', 4)],
        },
      ],
    },
    {
      name: '甲',
      first: '2021-01-01',
      last: '2023-02-01',
      pages: [at('2021-01-01', 1), at('2023-02-01', 2)],
      posts: [
        { title: '区长', first: '2021-01-01', last: '2021-01-01', pages: [at('2021-01-01', 1)] },
        { title: '区委书记', first: '2023-02-01', last: '2023-02-01', pages: [at('2023-02-01', 2)] },
      ],
    },
  ];

  it('lists who held each post, earliest first, posts with most holders first', () => {
    const out = holdersByPost(people);
    expect(out.map((p) => p.title)).toEqual(['区长', '区委书记']);
    expect(out[0]?.holders.map((h) => [h.name, h.first, h.last])).toEqual([
      ['甲', '2021-01-01', '2021-01-01'],
      ['乙', '2023-01-01', '2023-06-01'],
    ]);
  });
  it('keeps posts of one name apart by what tells their places apart', () => {
    const person = (name: string, where: string | undefined, n: number): OfficialEntry => {
      const post = {
        title: '区委书记',
        first: '2023-01-01',
        last: '2023-01-01',
        pages: [at('2023-01-01', n)],
      };
      return { ...post, name, posts: [where === undefined ? post : { ...post, where }] };
    };
    const out = holdersByPost([person('甲', '天宁', 1), person('乙', '武进', 2), person('丙', '天宁', 3)]);
    expect(out.map((p) => [p.title, p.where, p.holders.map((h) => h.name)])).toEqual([
      ['区委书记', '天宁', ['丙', '甲']],
      ['区委书记', '武进', ['乙']],
    ]);
    expect('where' in (holdersByPost([person('丁', undefined, 4)])[0] ?? {})).toBe(false);
  });
  it('filters by any of the given texts, case-insensitively', () => {
    expect(filterByText(people, '书记', (p) => p.posts.map((x) => x.title)).map((p) => p.name)).toEqual([
      '甲',
    ]);
    expect(filterByText(['Abc', 'xyz'], 'aB', (s) => [s])).toEqual(['Abc']);
    expect(filterByText(['a', 'b'], '  ', (s) => [s])).toEqual(['a', 'b']);
  });
  it('names the host of a page, or nothing for a bad address', () => {
    expect(hostOf('https://rd.example.gov.cn/a/1.html')).toBe('rd.example.gov.cn');
    expect(hostOf('not a url')).toBe('');
  });
  it('shows one date when a span has one day', () => {
    expect(dateSpan('2022-01-01', '2022-01-01')).toBe('2022-01-01');
    expect(dateSpan('2022-01-01', '2022-03-01')).toBe('2022-01-01 – 2022-03-01');
  });
});

describe('export files', () => {
  const now = new Date(2026, 10, 23, 12);
  const groups = [{ page: page(), annotations: [ann({ note: '重要' })] }];

  it.each([
    ['md', 'text/markdown;charset=utf-8', '区委召开人大工作会议-2022-07-01.md'],
    ['csv', 'text/csv;charset=utf-8', '区委召开人大工作会议-2022-07-01.csv'],
    ['jsonld', 'application/ld+json;charset=utf-8', '区委召开人大工作会议-2022-07-01.jsonld'],
  ] as const)('one page as %s carries its title and date', (format, mime, name) => {
    const f = buildExportFile(format, groups, { page: groups[0]?.page, now });
    expect(f.mime).toBe(mime);
    expect(f.fileName).toBe(name);
    expect(f.text).toContain('加强新时代人大工作');
  });
  it('names a set of pages by the date', () => {
    expect(buildExportFile('md', groups, { now }).fileName).toBe('renda-reader-2026-11-23.md');
    expect(backupFile('{}', now).fileName).toBe('renda-reader-backup-2026-11-23.json');
  });
  it('writes Markdown labels in the interface language', () => {
    expect(buildExportFile('md', groups, { labels: markdownLabelsFor('zh-CN') }).text).toContain(
      '笔记：重要',
    );
    expect(buildExportFile('md', groups, { labels: markdownLabelsFor('en-US') }).text).toContain('Note');
    expect(markdownLabelsFor('zh_TW').note).toBe('笔记');
    expect(markdownLabelsFor('fr').note).toBe('Note');
  });
});

describe('errorMessage', () => {
  const zh = (code: string) => (code === 'quota' ? '存储空间已满。' : null);
  it.each([
    [new DbError('quota', 'Could not save: storage is full.'), '存储空间已满。'],
    [new DbError('not-found', 'This highlight no longer exists.'), 'This highlight no longer exists.'],
    [new Error('quota exceeded'), 'quota exceeded'],
  ])('translates by code where it can: %s', (err, text) => {
    expect(errorMessage(err, zh)).toBe(text);
  });

  it.each([
    [new DbError('quota', 'Could not save: storage is full.'), 'Could not save: storage is full.'],
    [
      new BackupError('The backup is invalid at pages[0].url', 'pages[0].url'),
      'The backup is invalid at pages[0].url',
    ],
    ['plain text', 'plain text'],
    [42, '42'],
  ])('%s', (err, text) => {
    expect(errorMessage(err)).toBe(text);
  });
});

describe('groupHits', () => {
  it('gathers hits by page in order of first hit, title matches included', () => {
    const p1 = page();
    const p2 = page({ url: 'https://b.example.cn/2' });
    const a1 = ann({ id: 'x1' });
    const a2 = ann({ id: 'x2', pageUrl: p2.url });
    const a3 = ann({ id: 'x3' });
    const groups = groupHits([quoteHit(a1, p1), quoteHit(a2, p2), titleHit(p1), quoteHit(a3, p1)]);
    expect(
      groups.map((g) => [g.pageUrl, g.annotations.map((a) => a.annotation.id), g.titleMatches.length]),
    ).toEqual([
      [p1.url, ['x1', 'x3'], 1],
      [p2.url, ['x2'], 0],
    ]);
  });
  it('keeps a hit whose page is gone under its address', () => {
    const groups = groupHits([quoteHit(ann({ id: 'y' }), null)]);
    expect(groups[0]).toMatchObject({ page: null, pageUrl: 'https://rd.example.gov.cn/a/1.html' });
  });
});
