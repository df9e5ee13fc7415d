// The officials index keeps each post's jurisdiction: a post written without its place takes
// the page's place, and two places' posts of the same name never become one.
import { describe, expect, it } from 'vitest';
import {
  pagePlaces,
  placePost,
  placesIn,
  postKey,
  sourcePlace,
  type PlaceEvidence,
} from '../../../utils/core/jurisdiction';
import type { PageRecord } from '../../../utils/core/records';
import { buildPeopleIndex } from '../../../utils/store/indexes';
import { holdersByPost } from '../../../utils/library/posts';

describe('placesIn', () => {
  it.each<[string, string[]]>([
    ['中共常州市天宁区委', ['常州市', '天宁区']],
    ['常熟市人民政府', ['常熟市']],
    ['政协昆明市十四届一次会议', ['昆明市']],
    ['被控受贿超5.26亿 山东省青岛市政协原主席汲斌昌受审', ['山东省', '青岛市']],
    ['顺德区大良街道党工委委员', ['顺德区', '大良街道']],
    ['南县南洲镇长胜村治安主任', ['南县', '南洲镇']],
    ['常州市天宁区召开区委会议', ['常州市', '天宁区']],
    ['天宁区与武进区结对', ['天宁区', '武进区']],
    ['和平区人大', ['和平区']],
    // Headlines and meetings that start at a level, or with a verb, name no place.
    ['区委召开人大工作会议', []],
    ['召开区委人大工作会议', []],
    ['调研区人大工作', []],
    ['中央和省市委人大工作会议', []],
    ['全省人大工作会议', []],
    ['我区举行代表培训', []],
    ['副县长', []],
    ['习近平主持召开深入推进长三角一体化发展座谈会', []],
  ])('%s', (text, places) => {
    expect(placesIn(text).map((p) => p.place)).toEqual(places);
  });
});

describe('sourcePlace', () => {
  it.each<[string | null, string | null]>([
    ['天宁人大', '天宁'],
    ['掌上绥德', '绥德'],
    ['山西日报', '山西'],
    // A place with its level is read by placesIn, not here.
    ['常熟市人民政府', null],
    ['人民日报', null],
    ['经济日报', null],
    ['求是网', null],
    ['人民日报海外版', null],
    ['新华社', null],
    [null, null],
  ])('%s → %s', (source, place) => {
    expect(sourcePlace(source)).toBe(place);
  });
});

const evidence = (over: Partial<PlaceEvidence> = {}): PlaceEvidence => ({
  title: '区委召开人大工作会议',
  source: null,
  site: 'news.example.cn',
  officials: [],
  meetings: [],
  ...over,
});

describe('placePost', () => {
  it.each<[string, string, Partial<PlaceEvidence>, string[], { title: string; where?: string }]>([
    ['names its place', '天宁区委书记', {}, [], { title: '天宁区委书记' }],
    ['names no level', '总书记', { source: '天宁人大' }, [], { title: '总书记' }],
    ['an institution', '副院长', {}, [], { title: '副院长' }],
    ['the source names the place', '市委书记', { source: '常熟市人民政府' }, [], { title: '常熟市委书记' }],
    [
      'a meeting names it',
      '区委书记',
      { meetings: [{ name: '天宁区委人大工作会议' }] },
      [],
      { title: '天宁区委书记' },
    ],
    ['the headline names it', '区长', { title: '武进区召开代表座谈会' }, [], { title: '武进区长' }],
    ['a deputy keeps the level', '副区长', { source: '中共常州市天宁区委' }, [], { title: '天宁区副区长' }],
    ['executive deputy', '常务副省长', { title: '河南省发布会' }, [], { title: '河南省常务副省长' }],
    [
      'an office of the level',
      '县人武部部长',
      { title: '绥德县双拥大会' },
      [],
      { title: '绥德县人武部部长' },
    ],
    ['the official’s own title', '省长', {}, ['河南省委副书记', '省长'], { title: '河南省长' }],
    [
      'the level matters',
      '区委书记',
      { source: '常熟市人民政府' },
      [],
      { title: '区委书记', where: 'news.example.cn' },
    ],
    [
      'two places of the level: neither',
      '区委书记',
      { title: '天宁区与武进区结对', source: '常州日报' },
      [],
      { title: '区委书记', where: '常州' },
    ],
    [
      'the source’s place without level',
      '区委书记',
      { source: '天宁人大' },
      [],
      { title: '区委书记', where: '天宁' },
    ],
    ['else the site', '区委书记', {}, [], { title: '区委书记', where: 'news.example.cn' }],
    ['not a level: 市场', '市场监管局局长', { source: '常熟市人民政府' }, [], { title: '市场监管局局长' }],
  ])('%s: %s', (_why, title, over, own, expected) => {
    expect(placePost(title, pagePlaces(evidence(over)), own)).toEqual(expected);
  });

  it('never takes the place from another official on the page', () => {
    // A page on eight ministries writes one province's governor with the place, another's secretary without.
    const places = pagePlaces(
      evidence({ source: '21世纪经济报道', officials: [{ titles: ['四川省长'] }, { titles: ['省委书记'] }] }),
    );
    expect(placePost('省委书记', places)).toEqual({ title: '省委书记', where: 'news.example.cn' });
  });

  it('keys a post by its name and what tells it apart', () => {
    expect(postKey({ title: '区委书记', where: '天宁' })).not.toBe(
      postKey({ title: '区委书记', where: '武进' }),
    );
    expect(postKey({ title: '区委书记', where: '天宁' })).not.toBe(postKey({ title: '区委书记' }));
    expect(postKey({ title: '天宁区委书记' })).toBe(postKey({ title: '天宁区委书记' }));
  });
});

function page(url: string, over: Partial<PageRecord>): PageRecord {
  return {
    url,
    aliases: [],
    title: '会议',
    published: '2023-01-01',
    source: null,
    site: 'news.example.cn',
    officials: [],
    meetings: [],
    slogans: [],
    created: 0,
    updated: 0,
    ...over,
  };
}

describe('the officials index by post', () => {
  const pages = [
    page('https://a.cn/1', {
      published: '2022-07-01',
      source: '中共常州市天宁区委',
      officials: [{ name: '许小波', titles: ['区委书记'] }],
    }),
    page('https://a.cn/2', {
      published: '2023-02-01',
      meetings: [{ name: '武进区委全会', date: null }],
      officials: [{ name: '李四', titles: ['区委书记'] }],
    }),
    page('https://a.cn/3', {
      published: '2023-03-01',
      title: '天宁区召开人大工作会议',
      officials: [{ name: '王五', titles: ['天宁区委书记'] }],
    }),
  ];

  it('keeps two districts’ 区委书记 apart and one district’s together', () => {
    const posts = holdersByPost(buildPeopleIndex(pages));
    expect(posts.map((p) => [p.title, p.holders.map((h) => h.name)])).toEqual([
      ['天宁区委书记', ['许小波', '王五']],
      ['武进区委书记', ['李四']],
    ]);
  });

  it('gives each person the post with its place', () => {
    const xu = buildPeopleIndex(pages).find((o) => o.name === '许小波');
    expect(xu?.posts.map((p) => p.title)).toEqual(['天宁区委书记']);
  });

  it('keeps a bare post apart by site when no page says the place', () => {
    const bare = [
      page('https://x.cn/1', {
        site: 'www.tianning.gov.cn',
        officials: [{ name: '甲', titles: ['区委书记'] }],
      }),
      page('https://y.cn/1', { site: 'www.wj.gov.cn', officials: [{ name: '乙', titles: ['区委书记'] }] }),
    ];
    const posts = holdersByPost(buildPeopleIndex(bare));
    expect(posts.map((p) => [p.title, p.where, p.holders.map((h) => h.name)])).toEqual([
      ['区委书记', 'www.tianning.gov.cn', ['甲']],
      ['区委书记', 'www.wj.gov.cn', ['乙']],
    ]);
  });
});
