// The library's export files with the English layer and the citations wired in: Markdown with each
// page's citation line and its officials' pinyin and English posts, the officials CSV with pinyin,
// English post, place and level, and the reference files (RIS, BibTeX, CSL-JSON) by name and type.
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, PageRecord } from '../../../utils/core/records';
import { buildExportFile, exportFile, markdownLabelsFor, withExtras } from '../../../utils/library/exporting';

const SAVED = new Date(2026, 11, 1, 12).getTime();
const NOW = new Date(2026, 11, 2, 9);

function page(over: Partial<PageRecord> = {}): PageRecord {
  return {
    url: 'https://rd.example.gov.cn/a/1.html',
    aliases: [],
    title: '区委召开人大工作会议',
    published: '2022-07-01',
    source: '中共常州市天宁区委',
    site: 'rd.example.gov.cn',
    byline: '记者 张三',
    siteName: '天宁区人大',
    officials: [{ name: '许小波', titles: ['区委书记'] }],
    meetings: [{ name: '区十六届人大常委会第44次会议', date: '2022-07-01' }],
    slogans: [],
    created: SAVED,
    updated: SAVED,
    ...over,
  };
}

const ann: AnnotationRecord = {
  id: 'a1',
  pageUrl: 'https://rd.example.gov.cn/a/1.html',
  selectors: [{ type: 'TextQuoteSelector', exact: '加强新时代人大工作', prefix: '', suffix: '' }],
  color: 'yellow',
  tags: [],
  note: '',
  created: SAVED,
  updated: SAVED,
};
const groups = [{ page: page(), annotations: [ann] }];

describe('Markdown with the English layer', () => {
  it('officials with their pinyin, and in English their posts and meetings in English', () => {
    const en = buildExportFile('md', groups, { labels: markdownLabelsFor('en-US') }).text;
    expect(en).toContain('- 许小波 (Xu Xiaobo): 区委书记 (Secretary, District Party Committee)\n');
    expect(en).toContain(
      "- 区十六届人大常委会第44次会议 (44th Session of the Standing Committee of the 16th District People's Congress): 2022-07-01\n",
    );
    // The byline the page was saved with goes into the front matter.
    expect(en).toContain('byline: "记者 张三"\n');
    const zh = buildExportFile('md', groups, { labels: markdownLabelsFor('zh-CN') }).text;
    expect(zh).toContain('- 许小波（Xu Xiaobo）：区委书记\n');
  });

  it('keeps extras the caller already has', () => {
    const given = { page: page(), annotations: [], extras: { byline: '别人' } };
    expect(withExtras([given])[0]).toBe(given);
    expect(withExtras(groups)[0]?.extras?.officials?.['许小波']?.pinyin).toBe('Xu Xiaobo');
  });

  it.each([
    [
      'zh-CN',
      // Markdown escapes the brackets; the address is an autolink.
      '引用：张三. 区委召开人大工作会议\\[N/OL\\]. 天宁区人大, 2022-07-01\\[2026-12-01\\]. <https://rd.example.gov.cn/a/1.html>.',
    ],
    [
      'en-US',
      'Citation: 张三. “区委召开人大工作会议.” 天宁区人大, July 1, 2022. <https://rd.example.gov.cn/a/1.html>.',
    ],
  ])('in %s, each page’s citation line in the interface’s style', async (lang, line) => {
    const file = await exportFile('md', groups, {
      uiLanguage: lang,
      labels: markdownLabelsFor(lang),
      now: NOW,
    });
    expect(file.text.split('\n')).toContain(line);
    expect(file.fileName).toBe('renda-reader-2026-12-02.md');
  });
});

describe('the officials CSV', () => {
  it('one row per person and post: pinyin, English post, the place and level the page gives it', async () => {
    const file = await exportFile(
      'officials',
      [
        {
          page: page({ officials: [{ name: '许小波', titles: ['区委书记', '工作人员'] }] }),
          annotations: [],
        },
      ],
      { uiLanguage: 'en', now: NOW },
    );
    expect(file.fileName).toBe('renda-reader-officials-2026-12-02.csv');
    expect(file.mime).toBe('text/csv;charset=utf-8');
    expect(file.text).toBe(
      '\uFEFFname,pinyin,post,post_en,place,level,date,url\r\n' +
        '许小波,Xu Xiaobo,区委书记,"Secretary, District Party Committee",天宁区,区,2022-07-01,https://rd.example.gov.cn/a/1.html\r\n' +
        '许小波,Xu Xiaobo,工作人员,,,,2022-07-01,https://rd.example.gov.cn/a/1.html\r\n',
    );
  });
});

describe('reference files', () => {
  it.each([
    [
      'ris',
      'application/x-research-info-systems;charset=utf-8',
      '区委召开人大工作会议-2022-07-01.ris',
      /^TY {2}- NEWS\r\n/,
    ],
    [
      'bib',
      'application/x-bibtex;charset=utf-8',
      '区委召开人大工作会议-2022-07-01.bib',
      /^@article\{renda20220701/,
    ],
    [
      'csljson',
      'application/vnd.citationstyles.csl+json;charset=utf-8',
      '区委召开人大工作会议-2022-07-01.json',
      /^\[\n {2}\{\n {4}"id": "renda20220701/,
    ],
  ] as const)('one page as %s', async (format, mime, name, start) => {
    const file = await exportFile(format, groups, { uiLanguage: 'en', page: page(), now: NOW });
    expect(file.mime).toBe(mime);
    expect(file.fileName).toBe(name);
    expect(file.text).toMatch(start);
    expect(file.text).toContain('区委召开人大工作会议');
    expect(file.text).toContain('https://rd.example.gov.cn/a/1.html');
  });
});
