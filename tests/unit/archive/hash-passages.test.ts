// The identity of a version and the one way articles are cut into passages and sentences.
import { describe, expect, it } from 'vitest';
import { articleHash } from '../../../utils/archive/hash';
import { splitPassages, splitSentences } from '../../../utils/archive/passages';

const A = { title: '区人大常委会召开第十二次会议', text: '会议由王建国主持。\n会议听取了报告。' };

describe('articleHash', () => {
  it.each([
    ['line endings and trailing spaces', { ...A, text: '会议由王建国主持。  \r\n\r\n\n会议听取了报告。 ' }],
    ['a title with doubled spaces', { ...A, title: ' 区人大常委会召开第十二次会议 ' }],
    ['decomposed characters', { title: 'Café', text: 'e\u0301' }, { title: 'Caf\u00e9', text: '\u00e9' }],
  ])('is the same across %s', async (_name, a, b = A) => {
    expect(await articleHash(a)).toBe(await articleHash(b));
  });

  it.each([
    ['one character of the text', { ...A, text: A.text.replace('主持', '主待') }],
    ['the title', { ...A, title: '区人大常委会召开第十三次会议' }],
    ['a passage split in two', { ...A, text: '会议由王建国\n主持。\n会议听取了报告。' }],
  ])('differs by %s', async (_name, b) => {
    expect(await articleHash(b)).not.toBe(await articleHash(A));
  });

  it('is 64 hexadecimal digits', async () => {
    expect(await articleHash(A)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('splitPassages / splitSentences', () => {
  it.each([
    ['lines, trimmed, empties dropped', ' 甲。 \n\n\u3000乙。\r\n', ['甲。', '乙。']],
    ['inner runs of spaces collapsed', '甲  乙\t丙', ['甲 乙 丙']],
  ])('passages: %s', (_name, text, want) => expect(splitPassages(text)).toEqual(want));

  it.each([
    ['Chinese full stops', '会议开始。会议结束。', ['会议开始。', '会议结束。']],
    [
      'a closing quote kept with its sentence',
      '他说：“要抓落实。”随后散会。',
      ['他说：“要抓落实。”', '随后散会。'],
    ],
    ['question, exclamation, semicolon', '是吗？是！好；', ['是吗？', '是！', '好；']],
    ['Latin ? and !, not a full stop (decimals)', 'Up 3.5%. Did it? Yes!', ['Up 3.5%. Did it?', ' Yes!']],
    ['no final mark', '会议开始。未完', ['会议开始。', '未完']],
    ['an ellipsis', '等等……然后', ['等等……', '然后']],
  ])('sentences: %s', (_name, passage, want) => expect(splitSentences(passage)).toEqual(want));

  it('loses no character of a passage', () => {
    const p = '会议强调，“两个确立”具有决定性意义！要增强“四个意识”；做到“两个维护”。末尾';
    expect(splitSentences(p).join('')).toBe(p);
  });
});
