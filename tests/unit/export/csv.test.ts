import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, csvCell } from '../../../utils/export/csv';
import { annotation, group } from './fixtures';

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
  it('writes a BOM, a header and one CRLF row per highlight', () => {
    const csv = buildCsv([
      group([annotation('坚持党的领导', { tags: ['人大', '党建'], note: '要点', color: 'green' })]),
      group([], { title: '没有高亮' }),
    ]);
    expect(csv).toBe(
      BOM +
        'title,url,published,source,quote,tags,note,color,created,updated\r\n' +
        '区委召开人大工作会议,https://rd.example.gov.cn/a/1.html,2022-07-01,区人大常委会办公室,坚持党的领导,人大; 党建,要点,green,2026-11-23T04:05:06.007Z,2026-11-24T00:00:00.000Z\r\n',
    );
  });

  it('leaves empty cells for a missing date and source', () => {
    const csv = buildCsv([group([annotation('x')], { published: null, source: null })]);
    expect(csv.split('\r\n')[1]).toBe(
      '区委召开人大工作会议,https://rd.example.gov.cn/a/1.html,,,x,,,yellow,2026-11-23T04:05:06.007Z,2026-11-24T00:00:00.000Z',
    );
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
