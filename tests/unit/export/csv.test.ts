import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, csvCell, excelDateTime } from '../../../utils/export/csv';
import { buildOfficialsCsv } from '../../../utils/export/officials-csv';
import { annotation, group, L1, L2 } from './fixtures';

/** A minimal RFC 4180 parser, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last row not terminated by CRLF');
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['人大工作', '人大工作'],
    ['a,b', '"a,b"'],
    ['他说"好"', '"他说""好"""'],
    ['两行\n文字', '"两行\n文字"'],
    ['回车\r', '"回车\r"'],
    ['=1+1', "'=1+1"],
    ['+86 123', "'+86 123"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://evil","点我")', `"'=HYPERLINK(""http://evil"",""点我"")"`],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(csvCell(input)).toBe(expected));
});

describe('buildCsv', () => {
  it('writes a BOM, a header and one CRLF row per highlight; dates as Excel reads them', () => {
    const csv = buildCsv([
      group([
        annotation('坚持党的领导', {
          tags: ['人大', '党建'],
          note: '要点',
          color: 'green',
          created: L1,
          updated: L2,
        }),
      ]),
      group([], { title: '没有高亮' }),
    ]);
    expect(csv).toBe(
      BOM +
        'title,url,published,source,quote,tags,note,color,created,updated\r\n' +
        '区委召开人大工作会议,https://rd.example.gov.cn/a/1.html,2022-07-01,区人大常委会办公室,坚持党的领导,人大; 党建,要点,green,2026-11-23 12:05:06,2026-11-24 09:30:00\r\n',
    );
  });

  it('leaves empty cells for a missing date and source', () => {
    const csv = buildCsv([
      group([annotation('x', { created: L1, updated: L2 })], { published: null, source: null }),
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      '区委召开人大工作会议,https://rd.example.gov.cn/a/1.html,,,x,,,yellow,2026-11-23 12:05:06,2026-11-24 09:30:00',
    );
  });

  it.each<[number, string]>([
    [L1, '2026-11-23 12:05:06'],
    [new Date(2026, 0, 2, 3, 4, 5, 999).getTime(), '2026-01-02 03:04:05'],
    [new Date(2026, 11, 31, 23, 59, 59).getTime(), '2026-12-31 23:59:59'],
  ])('excelDateTime(%d) = %s: local time, no T, no zone, whole seconds', (ms, expected) => {
    expect(excelDateTime(ms)).toBe(expected);
    // What Excel turns into a date on opening: ISO date, a space, the time; never made inert.
    expect(csvCell(expected)).toBe(expected);
  });

  it('round-trips Chinese, quotes, commas, newlines; formulas come back inert', () => {
    const nasty = [
      annotation('“全过程人民民主”，是\n"最广泛"的民主', {
        tags: ['a,b', '=x'],
        note: '第一行\r\n第二行, "引号"',
      }),
      annotation("=cmd|' /C calc'!A0", { note: '-10', tags: ['@t'] }),
      annotation('𠮷野家', { note: '+' }),
    ];
    const csv = buildCsv([group(nasty, { title: '标题, 带逗号', source: '=来源' })]);
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    expect(rows[1]?.slice(0, 7)).toEqual([
      '标题, 带逗号',
      'https://rd.example.gov.cn/a/1.html',
      '2022-07-01',
      "'=来源",
      '“全过程人民民主”，是\n"最广泛"的民主',
      'a,b; =x',
      '第一行\r\n第二行, "引号"',
    ]);
    expect(rows[2]?.slice(4, 7)).toEqual(["'=cmd|' /C calc'!A0", "'@t", "'-10"]);
    expect(rows[3]?.slice(4, 7)).toEqual(['𠮷野家', '', "'+"]);
  });
});

describe('buildOfficialsCsv', () => {
  const page = {
    officials: [
      { name: '许小波', titles: ['区委书记', '区长'] },
      { name: '张凯奇', titles: [] },
    ],
  };

  it('one row per person and post, with what the detection adds when given', () => {
    const csv = buildOfficialsCsv([
      {
        ...group([], page),
        extras: {
          officials: {
            许小波: {
              pinyin: 'Xu Xiaobo',
              glosses: ['Secretary, Tianning District Committee of the CPC', null],
              places: [{ place: '天宁区', level: '区' }, null],
            },
          },
        },
      },
      group([], {
        ...page,
        officials: [{ name: '王五', titles: ['=SUM(A1)'] }],
        published: null,
        url: 'https://x.cn/b',
      }),
    ]);
    expect(csv).toBe(
      BOM +
        'name,pinyin,post,post_en,place,level,date,url\r\n' +
        '许小波,Xu Xiaobo,区委书记,"Secretary, Tianning District Committee of the CPC",天宁区,区,2022-07-01,https://rd.example.gov.cn/a/1.html\r\n' +
        '许小波,Xu Xiaobo,区长,,,,2022-07-01,https://rd.example.gov.cn/a/1.html\r\n' +
        '张凯奇,,,,,,2022-07-01,https://rd.example.gov.cn/a/1.html\r\n' +
        "王五,,'=SUM(A1),,,,,https://x.cn/b\r\n",
    );
    const rows = parseCsv(csv.slice(1));
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  it('only the header for pages without officials', () => {
    expect(buildOfficialsCsv([group([])])).toBe(BOM + 'name,pinyin,post,post_en,place,level,date,url\r\n');
  });
});
