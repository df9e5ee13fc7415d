import { describe, expect, it } from 'vitest';
import { buildMarkdown, escapeLine, MARKDOWN_LABELS_EN } from '../../../utils/export/markdown';
import { annotation, group } from './fixtures';

describe('buildMarkdown', () => {
  it.each([
    ['nothing', [], {}, ''],
    [
      'one page with a plain highlight',
      [group([annotation('坚持党的领导')])],
      {},
      `# 区委召开人大工作会议

- 链接：<https://rd.example.gov.cn/a/1.html>
- 日期：2022-07-01
- 来源：区人大常委会办公室

> 坚持党的领导
`,
    ],
    [
      'tags and a multi-line note',
      [
        group([
          annotation('发展全过程人民民主', { tags: ['民主', '人大工作'], note: '第一行\n第二行\n\n新段落' }),
        ]),
      ],
      {},
      `# 区委召开人大工作会议

- 链接：<https://rd.example.gov.cn/a/1.html>
- 日期：2022-07-01
- 来源：区人大常委会办公室

> 发展全过程人民民主

标签：民主、人大工作

笔记：第一行\\
第二行

新段落
`,
    ],
    [
      'a heading, several pages, no date or source, no title',
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
      'markup in page text escaped',
      [
        group([annotation('# 不是标题\n- 不是列表\n1. 不是编号 *强调* [链接](x) <b>')], {
          title: '标题 *星* [x]',
        }),
      ],
      { labels: MARKDOWN_LABELS_EN },
      `# 标题 \\*星\\* \\[x\\]

- Link：<https://rd.example.gov.cn/a/1.html>
- Date：2022-07-01
- Source：区人大常委会办公室

> \\# 不是标题
> \\- 不是列表
> 1\\. 不是编号 \\*强调\\* \\[链接\\](x) \\<b\\>
`,
    ],
  ])('%s', (_why, groups, options, expected) => {
    expect(buildMarkdown(groups, options)).toBe(expected);
  });
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
