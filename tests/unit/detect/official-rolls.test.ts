import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';

const officials = (text: string) =>
  detect({ title: '', text, published: '2022-07-01' }).officials.map((o) => [o.name, o.titles]);

describe('names under a heading that gives their post (rolls)', () => {
  it.each([
    [
      'members of a presidium, set with spaces on the next line',
      '县第十八届人民代表大会第三次会议主席团成员名单（按姓氏笔画排列）\n丁国华　王小明　李建军',
      '县第十八届人民代表大会第三次会议主席团成员',
      ['丁国华', '王小明', '李建军'],
    ],
    [
      'standing chairs after a colon, joined by 、',
      '大会主席团常务主席名单：王小明、李建军、张红梅。',
      '大会主席团常务主席',
      ['王小明', '李建军', '张红梅'],
    ],
    [
      'members of a standing committee, a count in brackets',
      '县人大常委会委员名单（4名）\n丁国华 王小明 李建军 张红梅',
      '县人大常委会委员',
      ['丁国华', '王小明', '李建军', '张红梅'],
    ],
  ])('%s', (_, text, post, names) => {
    expect(officials(text)).toEqual(names.map((n) => [n, [post]]));
  });

  it.each([
    ['a list of candidates', '主席团成员候选人名单：王小明、李建军'],
    ['a draft list', '大会主席团成员名单（草案）：王小明、李建军'],
    ['a list adopted, no names printed', '会议通过了大会主席团和秘书长名单。'],
    ['one name only', '大会秘书长名单：王小明。会议结束。'],
    ['a roll of a company', '公司董事会成员名单：王小明、李建军'],
  ])('none: %s', (_, text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('members of a public body', () => {
  it.each([
    [
      'presidium members share the post',
      '大会主席团成员董方平、刘珈、叶文华出席会议。',
      [
        ['董方平', ['大会主席团成员']],
        ['刘珈', ['大会主席团成员']],
        ['叶文华', ['大会主席团成员']],
      ],
    ],
    ['a family member is no post', '他的家庭成员张三出席。', []],
    ['a leadership team is a group label (GUIDELINES)', '县政府领导班子成员张三出席。', []],
  ])('%s', (_, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('names listed after a post with spaces between them', () => {
  it.each([
    [
      '委员张红梅 陈志强 周卫东',
      '出席会议的还有市人大常委会委员张红梅 陈志强 周卫东',
      ['张红梅', '陈志强', '周卫东'],
    ],
    ['a caption space, then the sentence goes on', '市委书记 张三 出席会议', ['张三']],
  ])('%s', (_, text, names) => {
    expect(officials(text).map(([n]) => n)).toEqual(names);
  });
});

describe('a list after a shared post read as a whole', () => {
  it('takes a name that reads weakly alone (单坚) when the list around it reads as names', () => {
    const text = '市人大常委会主任叶海燕出席。副主任单坚、赵跃进、沈宛如参加会议。';
    expect(officials(text).map(([n]) => n)).toEqual(['叶海燕', '单坚', '赵跃进', '沈宛如']);
  });
  it('takes nothing from a list of words', () => {
    expect(officials('市人大常委会主任叶海燕出席。副主任会议、调研、座谈参加会议。').map(([n]) => n)).toEqual(
      ['叶海燕'],
    );
  });
});
