import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  buildMarkdown,
  escapeLine,
  MARKDOWN_LABELS_EN,
  type MarkdownOptions,
} from '../../../utils/export/markdown';
import type { ExportGroup } from '../../../utils/export/types';
import { yamlString } from '../../../utils/export/yaml';
import { annotation, group, L1 } from './fixtures';

/** A page saved at local noon, so that its saved day is the same in every time zone. */
const at = (g: ExportGroup): ExportGroup => ({ ...g, page: { ...g.page, created: L1 } });

const FRONT = `---
title: "区委召开人大工作会议"
url: "https://rd.example.gov.cn/a/1.html"
published: 2022-07-01
source: "区人大常委会办公室"
saved: 2026-11-23
---`;

describe('buildMarkdown', () => {
  it.each<[string, ExportGroup[], MarkdownOptions, string]>([
    ['nothing', [], {}, ''],
    [
      'one page with a plain highlight: front matter, no field list',
      [at(group([annotation('坚持党的领导')]))],
      {},
      `${FRONT}

# 区委召开人大工作会议

> 坚持党的领导
`,
    ],
    [
      'tags and a multi-line note',
      [
        at(
          group([
            annotation('发展全过程人民民主', {
              tags: ['民主', '人大工作'],
              note: '第一行\n第二行\n\n新段落',
            }),
          ]),
        ),
      ],
      {},
      `${FRONT}

# 区委召开人大工作会议

> 发展全过程人民民主

标签：民主、人大工作

笔记：第一行\\
第二行

新段落
`,
    ],
    [
      'a heading, several pages, no date or source, no title: fields as a list, no front matter',
      [
        group([annotation('一段\n\n两段')], {
          title: '',
          published: null,
          source: null,
          url: 'https://x.cn/a',
        }),
        group([annotation('甲'), annotation('乙')], { title: '第二篇' }),
      ],
      { heading: '我的摘录' },
      `# 我的摘录

## （无标题）

- 链接：<https://x.cn/a>

> 一段
>
> 两段

## 第二篇

- 链接：<https://rd.example.gov.cn/a/1.html>
- 日期：2022-07-01
- 来源：区人大常委会办公室

> 甲

> 乙
`,
    ],
    [
      'markup in page text escaped (English labels)',
      [
        at(
          group([annotation('# 不是标题\n- 不是列表\n1. 不是编号 *强调* [链接](x) <b>')], {
            title: '标题 *星* [x]',
          }),
        ),
      ],
      { labels: MARKDOWN_LABELS_EN, frontMatter: false },
      `# 标题 \\*星\\* \\[x\\]

- Link: <https://rd.example.gov.cn/a/1.html>
- Date: 2022-07-01
- Source: 区人大常委会办公室

> \\# 不是标题
> \\- 不是列表
> 1\\. 不是编号 \\*强调\\* \\[链接\\](x) \\<b\\>
`,
    ],
  ])('%s', (_why, groups, options, expected) => {
    expect(buildMarkdown(groups, options)).toBe(expected);
  });

  const researched: ExportGroup = {
    ...at(
      group([annotation('坚持党的领导', { tags: ['人大'], note: '要点' })], {
        url: 'http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm',
        officials: [
          { name: '许小波', titles: ['区委书记', '区长'] },
          { name: '张凯奇', titles: [] },
        ],
        meetings: [
          { name: '区委人大工作会议', date: '2022-07-01' },
          { name: '主任会议', date: null },
        ],
      }),
    ),
    extras: {
      byline: '记者 张三',
      officials: {
        许小波: { pinyin: 'Xu Xiaobo', glosses: ['Secretary, Tianning District Committee of the CPC', null] },
      },
      meetings: { 区委人大工作会议: "District Committee's Conference on People's Congress Work" },
    },
  };
  // What cite.ts gives for this page (tested there); a stand-in keeps this builder's test fast.
  const GB =
    '张三. 区委召开人大工作会议[N/OL]. rd.example.gov.cn, 2022-07-01[2026-11-23]. http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm.';
  const CHICAGO =
    '张三. “区委召开人大工作会议.” rd.example.gov.cn, July 1, 2022. http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm.';

  it('a researcher’s note in Chinese: citation line (GB/T 7714), officials with pinyin, meetings, highlights', () => {
    expect(buildMarkdown([researched], { citation: () => GB })).toBe(`---
title: "区委召开人大工作会议"
url: "http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm"
published: 2022-07-01
source: "区人大常委会办公室"
byline: "记者 张三"
saved: 2026-11-23
---

# 区委召开人大工作会议

引用：张三. 区委召开人大工作会议\\[N/OL\\]. rd.example.gov.cn, 2022-07-01\\[2026-11-23\\]. <http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm>.

## 人物

- 许小波（Xu Xiaobo）：区委书记、区长
- 张凯奇

## 会议

- 区委人大工作会议：2022-07-01
- 主任会议

## 摘录

> 坚持党的领导

标签：人大

笔记：要点
`);
  });

  it('the same in English: Chicago (its bibliography entry), English posts and meeting names beside the Chinese', () => {
    expect(buildMarkdown([researched], { labels: MARKDOWN_LABELS_EN, citation: () => CHICAGO })).toBe(`---
title: "区委召开人大工作会议"
url: "http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm"
published: 2022-07-01
source: "区人大常委会办公室"
byline: "记者 张三"
saved: 2026-11-23
---

# 区委召开人大工作会议

Citation: 张三. “区委召开人大工作会议.” rd.example.gov.cn, July 1, 2022. <http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm>.

## Officials

- 许小波 (Xu Xiaobo): 区委书记 (Secretary, Tianning District Committee of the CPC); 区长
- 张凯奇

## Meetings

- 区委人大工作会议 (District Committee's Conference on People's Congress Work): 2022-07-01
- 主任会议

## Highlights

> 坚持党的领导

Tags: 人大

Note: 要点
`);
  });

  it('several pages: sections one level down, no front matter even when asked for', () => {
    const out = buildMarkdown([researched, at(group([], { title: '第二篇' }))], { frontMatter: true });
    expect(out.startsWith('# 区委召开人大工作会议\n\n- 链接：<http://www.gov.cn/')).toBe(true);
    expect(out).toContain('\n- 作者：记者 张三\n\n## 人物\n');
    expect(out).not.toContain('---');
  });

  it.each([
    'Breaking: "人大" 会议 #1',
    "它's - @ * & ! % | > { } [ ]: 冒号",
    '- 以破折号开头',
    '第一行\n第二行\t制表',
    'C:\\路径\\文件',
    '控制\u0001字符\u007f和\u0085与\u009f',
    '孤\ud800代理',
    'yes',
    '2022-07-01',
    '   ',
  ])('front matter stays valid YAML for the title %j', (title) => {
    const md = buildMarkdown([at(group([], { title, source: `${title}来源` }))]);
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? '';
    const data = load(yaml) as Record<string, unknown>;
    const kept = title.trim() ? title.replace(/[\ud800-\udfff]/g, '\ufffd') : undefined;
    expect(data.title).toBe(kept);
    expect(data.source).toBe(`${title}来源`.trim().replace(/[\ud800-\udfff]/g, '\ufffd'));
    expect(data.url).toBe('https://rd.example.gov.cn/a/1.html');
    // Dates are read as dates (Obsidian's date properties), the rest as strings.
    expect(data.published).toEqual(new Date('2022-07-01T00:00:00Z'));
    expect(data.saved).toEqual(new Date('2026-11-23T00:00:00Z'));
  });
});

describe('yamlString', () => {
  it.each([
    ['plain', '"plain"'],
    ['a: b', '"a: b"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['\u007f', '"\\u007f"'],
  ])('%j → %s', (input, expected) => expect(yamlString(input)).toBe(expected));
});

describe('escapeLine', () => {
  it.each([
    ['普通文字', '普通文字'],
    ['    缩进', '缩进'],
    ['+ 加号', '\\+ 加号'],
    ['= 等号', '\\= 等号'],
    ['12) 编号', '12\\) 编号'],
    ['2022.7.1', '2022.7.1'],
    ['a_b`c|d~e\\f', 'a\\_b\\`c\\|d\\~e\\\\f'],
    ['-1℃', '-1℃'],
  ])('%j → %j', (input, expected) => expect(escapeLine(input)).toBe(expected));
});
