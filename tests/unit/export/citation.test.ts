import { describe, expect, it } from 'vitest';
import { bylineAuthors, personName } from '../../../utils/export/authors';
import {
  buildCslJson,
  citationId,
  citationItem,
  type CitationSource,
  type CslItem,
  dateParts,
  isTraditional,
  recordCitation,
  siteNameFromTitle,
} from '../../../utils/export/citation';
import { NO_DATE, UNIT_BYLINE, WITH_BYLINE } from './citation-fixtures';
import { L1, page } from './fixtures';

const accessed = { 'date-parts': [[2026, 12, 1]] as [number[]] };

describe('citationItem', () => {
  it.each<[string, CitationSource, CslItem]>([
    [
      'a dated article with a byline naming two people, and the site’s name',
      WITH_BYLINE,
      {
        id: 'renda202207010e90820',
        type: 'article-newspaper',
        title: '区委召开人大工作会议:书写新时代高质量发展“人大答卷”',
        'container-title': '天宁区人大',
        publisher: '天宁人大',
        author: [
          { family: '张', given: '三' },
          { family: '欧阳', given: '修' },
        ],
        issued: { 'date-parts': [[2022, 7, 1]] },
        URL: 'https://rd.example.gov.cn/a/1.html',
        accessed,
        language: 'zh-CN',
      },
    ],
    [
      'a byline that is a unit: no author; no site name: the host',
      UNIT_BYLINE,
      {
        id: 'renda20220702c798db0',
        type: 'article-newspaper',
        title: '市人大常委会召开主任会议',
        'container-title': 'rd.example.gov.cn',
        publisher: '区人大办',
        author: [],
        issued: { 'date-parts': [[2022, 7, 2]] },
        URL: 'https://rd.example.gov.cn/a/2.html',
        accessed,
        language: 'zh-CN',
      },
    ],
    [
      'no date: a web page, with no issued and no publisher',
      NO_DATE,
      {
        id: 'renda8a5a94f',
        type: 'webpage',
        title: '代表名单',
        'container-title': 'rd.example.gov.cn',
        author: [],
        URL: 'https://rd.example.gov.cn/a/3.html',
        accessed,
        language: 'zh-CN',
      },
    ],
    [
      'a file:// address (the analyze command without --url): no URL, no host',
      { ...NO_DATE, url: 'file:///tmp/page.html', site: '', title: '  空格  ' },
      {
        id: 'rendafeae6f0',
        type: 'webpage',
        title: '空格',
        author: [],
        accessed,
        language: 'zh-CN',
      },
    ],
    [
      '来源 naming the site itself is no publisher; a traditional headline is zh-Hant',
      { ...NO_DATE, title: '區人大常委會舉行會議', source: '本站原创', siteName: ' 澳門人大 ' },
      {
        id: 'renda8a5a94f',
        type: 'webpage',
        title: '區人大常委會舉行會議',
        'container-title': '澳門人大',
        author: [],
        URL: 'https://rd.example.gov.cn/a/3.html',
        accessed,
        language: 'zh-Hant',
      },
    ],
  ])('%s', (_why, source, expected) => {
    const item = citationItem(source);
    expect(item).toEqual(expected);
    // The keys in the order of the analyze contract, so that the JSON line reads the same.
    expect(Object.keys(item)).toEqual(Object.keys(expected));
  });

  it('refuses an access date that is not a day', () => {
    expect(() => citationItem({ ...NO_DATE, accessed: '2026-12' })).toThrow(/YYYY-MM-DD/);
  });

  it('recordCitation: a saved page, accessed on the local day it was first saved', () => {
    const p = page({ created: L1 });
    expect(recordCitation(p, { byline: '王五' })).toEqual({
      id: citationId(p.url, '2022-07-01'),
      type: 'article-newspaper',
      title: '区委召开人大工作会议',
      'container-title': 'rd.example.gov.cn',
      publisher: '区人大常委会办公室',
      author: [{ family: '王', given: '五' }],
      issued: { 'date-parts': [[2022, 7, 1]] },
      URL: 'https://rd.example.gov.cn/a/1.html',
      accessed: { 'date-parts': [[2026, 11, 23]] },
      language: 'zh-CN',
    });
  });
});

describe('bylineAuthors', () => {
  it.each<[string | null, ReturnType<typeof bylineAuthors>]>([
    [null, []],
    ['', []],
    ['张三', [{ family: '张', given: '三' }]],
    ['记者 张三', [{ family: '张', given: '三' }]],
    [
      '记者张三 通讯员：李四',
      [
        { family: '张', given: '三' },
        { family: '李', given: '四' },
      ],
    ],
    [
      '何苗 张梦洁',
      [
        { family: '何', given: '苗' },
        { family: '张', given: '梦洁' },
      ],
    ],
    [
      '邹多为、唐诗凝、丁乐',
      [
        { family: '邹', given: '多为' },
        { family: '唐', given: '诗凝' },
        { family: '丁', given: '乐' },
      ],
    ],
    ['观察者网专栏作者 王文', [{ family: '王', given: '文' }]],
    ['欧阳修', [{ family: '欧阳', given: '修' }]],
    ['欧阳', [{ family: '欧', given: '阳' }]],
    ['司马相如', [{ family: '司马', given: '相如' }]],
    ['陳海峰', [{ family: '陳', given: '海峰' }]],
    ['文天祥', [{ family: '文', given: '天祥' }]],
    ['文/张三', [{ family: '张', given: '三' }]],
    ['买买提·艾力', [{ literal: '买买提·艾力' }]],
    ['张三、张三', [{ family: '张', given: '三' }]],
    // Units, sites, pen names and screen names are not authors.
    ['区人大办', []],
    ['医技药剂党支部', []],
    ['网易', []],
    ['新京报', []],
    ['宣传部', []],
    ['研究室 2020-01-06', []],
    ['春春', []],
    ['alonliu', []],
    ['天宁区融媒体中心', []],
  ])('%j', (byline, expected) => expect(bylineAuthors(byline)).toEqual(expected));

  it('personName takes one token', () => {
    expect(personName('张三 李四')).toBeNull();
    expect(personName('通讯员李四')).toEqual({ family: '李', given: '四' });
  });
});

describe('siteNameFromTitle', () => {
  it.each<[string, string, string | null]>([
    ['区委召开人大工作会议_天宁区人大', '区委召开人大工作会议', '天宁区人大'],
    ['女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网', '女儿出嫁，郑板桥画了几笔兰花当嫁妆', '人民网'],
    [
      '山西品牌丝路行（南美站）正式启动 - 山西省人民政府门户网站',
      '山西品牌丝路行（南美站）正式启动',
      '山西省人民政府门户网站',
    ],
    ['新年伊始_中南海_澎湃新闻-The Paper', '新年伊始', '澎湃新闻'],
    ['Headline | Example News', 'Headline', 'Example News'],
    ['区委 召开 会议｜天宁人大', '区委召开会议', '天宁人大'],
    ['1-10月德清县固定资产投资结构趋稳趋优', '1-10月德清县固定资产投资结构趋稳趋优', null],
    ['另一个标题_天宁区人大', '区委召开人大工作会议', null],
    ['区委召开人大工作会议', '', null],
  ])('%j', (title, headline, expected) => expect(siteNameFromTitle(title, headline)).toBe(expected));
});

describe('small parts', () => {
  it.each<[string | null, unknown]>([
    ['2022-07-01', { 'date-parts': [[2022, 7, 1]] }],
    ['2022-7-1', null],
    [null, null],
  ])('dateParts(%j)', (day, expected) => expect(dateParts(day)).toEqual(expected));

  it('citationId: letters and digits, at most 20 (RIS keeps no more), stable, distinct by address', () => {
    const id = citationId('https://rd.example.gov.cn/a/1.html', '2022-07-01');
    expect(id).toBe('renda202207010e90820');
    expect(id).toMatch(/^[a-z0-9]{1,20}$/);
    expect(citationId('https://rd.example.gov.cn/a/1.html?x', '2022-07-01')).not.toBe(id);
  });

  it.each<[string, boolean]>([
    ['市人大常委会召开主任会议', false],
    ['宇航员在太空中喝酒会怎么样？', false],
    ['深圳市南山區桃源街道「人大代表之家」建成啟用', true],
    ['市人大常委會會議下周舉行', true],
  ])('isTraditional(%j) = %s', (text, expected) => expect(isTraditional(text)).toBe(expected));
});

describe('buildCslJson', () => {
  it('writes the items as a JSON array, the publisher also as a note for Zotero’s Extra', () => {
    const [a, , c] = [WITH_BYLINE, UNIT_BYLINE, NO_DATE].map(citationItem);
    const json = buildCslJson([a as CslItem, c as CslItem]);
    expect(json.endsWith('}\n]\n')).toBe(true);
    expect(JSON.parse(json)).toEqual([{ ...a, note: 'publisher: 天宁人大' }, c]);
    expect(buildCslJson([])).toBe('[]\n');
  });
});
