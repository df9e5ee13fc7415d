// The model end to end on plain strings, near twins first: a short quote must
// never move onto a look-alike beside it.
import { describe, expect, it } from 'vitest';
import { ModelMatcher } from '../../../utils/anchor/model/matcher';

const ORIGINAL =
  '十四届全国人大常委会第十次会议在北京闭幕。会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”。常委会组成人员认真审议了各项议案。';

function query(spec: string): { exact: string; prefix: string; suffix: string; start: number } {
  const [before = '', rest = ''] = spec.split('[');
  const [exact = '', after = ''] = rest.split(']');
  const start = ORIGINAL.indexOf(before + exact + after) + before.length;
  return {
    exact,
    prefix: ORIGINAL.slice(Math.max(0, start - 32), start),
    suffix: ORIGINAL.slice(start + exact.length, start + exact.length + 32),
    start,
  };
}

describe('the model on plain strings', () => {
  const cases: [string, string, string, string | null][] = [
    ['unchanged', '增强“[四个意识]”', ORIGINAL, '四个意识'],
    ['shifted', '增强“[四个意识]”', `【新华社】${ORIGINAL}`, '四个意识'],
    [
      '四个意识 deleted, 四个自信 beside it: orphan',
      '增强“[四个意识]”',
      ORIGINAL.replace('四个意识', ''),
      null,
    ],
    [
      '四个自信 deleted, 四个意识 beside it: orphan',
      '坚定“[四个自信]”',
      ORIGINAL.replace('四个自信', ''),
      null,
    ],
    [
      '四个意识 edited to 四个自信 in place: another phrase',
      '增强“[四个意识]”',
      ORIGINAL.replace('四个意识', '四个自信'),
      null,
    ],
    [
      'one of four characters edited, context standing',
      '增强“[四个意识]”',
      ORIGINAL.replace('四个意识', '四个意思'),
      '四个意思',
    ],
    [
      'long quote, one edit',
      '[常委会组成人员认真审议了各项议案]',
      ORIGINAL.replace('认真', '认证'),
      '常委会组成人员认证审议了各项议案',
    ],
  ];
  it.each(cases)('%s', (_name, spec, text, expected) => {
    const m = new ModelMatcher(text).match(query(spec));
    expect(m ? text.slice(m.start, m.end) : null).toBe(expected);
  });
});
