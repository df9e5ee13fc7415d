// RIS and BibTeX files, exactly, for the three citation pages and for a page whose fields hold
// everything that could break either format.
import { describe, expect, it } from 'vitest';
import { escapeLatex } from '../../../utils/export/bibtex';
import { citationItem } from '../../../utils/export/citation';
import { toBibtex, toRis } from '../../../utils/export/cite';
import { risDate } from '../../../utils/export/ris';
import { ITEMS, WITH_BYLINE } from './citation-fixtures';

const LONG_URL = `https://www.example.gov.cn/zwgk/2022-07/01/content_5698%E4%B8%AD.htm?a=1&b=2#${'x'.repeat(60)}`;
const NASTY = citationItem({
  ...WITH_BYLINE,
  url: LONG_URL,
  title: '50% & $x_1$ {y} #z ~ ^ \\ “引号”\n第二行',
  source: 'A&B',
  byline: '张三',
  siteName: '天宁_区人大',
});

describe('toRis', () => {
  it('writes NEWS and ELEC records as Zotero reads them, CRLF, a blank line between', () => {
    expect(toRis(ITEMS).split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - 张, 三',
      'AU  - 欧阳, 修',
      'TI  - 区委召开人大工作会议:书写新时代高质量发展“人大答卷”',
      'T2  - 天宁区人大',
      'PB  - 天宁人大',
      'DA  - 2022/07/01/',
      'PY  - 2022',
      'Y2  - 2026/12/01/',
      'UR  - https://rd.example.gov.cn/a/1.html',
      'LA  - zh-CN',
      'ID  - renda202207010e90820',
      'ER  - ',
      '',
      'TY  - NEWS',
      'TI  - 市人大常委会召开主任会议',
      'T2  - rd.example.gov.cn',
      'PB  - 区人大办',
      'DA  - 2022/07/02/',
      'PY  - 2022',
      'Y2  - 2026/12/01/',
      'UR  - https://rd.example.gov.cn/a/2.html',
      'LA  - zh-CN',
      'ID  - renda20220702c798db0',
      'ER  - ',
      '',
      'TY  - ELEC',
      'TI  - 代表名单',
      'T2  - rd.example.gov.cn',
      'Y2  - 2026/12/01/',
      'M1  - 2026/12/01/',
      'UR  - https://rd.example.gov.cn/a/3.html',
      'LA  - zh-CN',
      'ID  - renda8a5a94f',
      'ER  - ',
      '',
    ]);
  });

  it('keeps a long address and a title with a line break on one line each', () => {
    const lines = toRis([NASTY]).split('\r\n');
    expect(lines).toContain(`UR  - ${LONG_URL}`);
    expect(lines).toContain('TI  - 50% & $x_1$ {y} #z ~ ^ \\ “引号” 第二行');
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  });

  it.each<[number[], string]>([
    [[2022, 7, 1], '2022/07/01/'],
    [[2022, 12], '2022/12//'],
    [[2022], '2022///'],
  ])('risDate(%j) = %s', (parts, expected) => {
    expect(risDate({ 'date-parts': [parts] })).toBe(expected);
  });

  it('nothing for no items', () => expect(toRis([])).toBe(''));
});

describe('toBibtex', () => {
  it('writes @article for dated pages and @misc for the undated, Chinese kept', () => {
    expect(toBibtex(ITEMS)).toBe(
      `@article{renda202207010e90820,
\tauthor = {张, 三 and 欧阳, 修},
\ttitle = {区委召开人大工作会议:书写新时代高质量发展“人大答卷”},
\tjournal = {天宁区人大},
\tpublisher = {天宁人大},
\tyear = {2022},
\tmonth = jul,
\tdate = {2022-07-01},
\turl = {https://rd.example.gov.cn/a/1.html},
\turldate = {2026-12-01},
\tlanguage = {zh-CN},
\tnote = {[Online; accessed 2026-12-01]},
}

@article{renda20220702c798db0,
\ttitle = {市人大常委会召开主任会议},
\tjournal = {rd.example.gov.cn},
\tpublisher = {区人大办},
\tyear = {2022},
\tmonth = jul,
\tdate = {2022-07-02},
\turl = {https://rd.example.gov.cn/a/2.html},
\turldate = {2026-12-01},
\tlanguage = {zh-CN},
\tnote = {[Online; accessed 2026-12-01]},
}

@misc{renda8a5a94f,
\ttitle = {代表名单},
\turl = {https://rd.example.gov.cn/a/3.html},
\turldate = {2026-12-01},
\tlanguage = {zh-CN},
\tnote = {[Online; accessed 2026-12-01]},
\thowpublished = {https://rd.example.gov.cn/a/3.html},
}
`,
    );
  });

  it("escapes LaTeX's special characters in text, never in the address", () => {
    const bib = toBibtex([NASTY]);
    expect(bib).toContain(
      '\ttitle = {50\\% \\& \\$x\\_1\\$ \\{y\\} \\#z \\textasciitilde{} \\textasciicircum{} \\textbackslash{} “引号” 第二行},\n',
    );
    expect(bib).toContain('\tjournal = {天宁\\_区人大},\n');
    expect(bib).toContain('\tpublisher = {A\\&B},\n');
    expect(bib).toContain(`\turl = {${LONG_URL}},\n`);
  });

  it.each([
    ['a_b', 'a\\_b'],
    ['{x}', '\\{x\\}'],
    ['100%', '100\\%'],
    ['两行\n文字', '两行 文字'],
    ['人大', '人大'],
  ])('escapeLatex(%j) = %j', (input, expected) => expect(escapeLatex(input)).toBe(expected));

  it('nothing for no items', () => expect(toBibtex([])).toBe(''));
});
