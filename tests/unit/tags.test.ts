import { describe, expect, it } from 'vitest';
import { addTags, enterCommits, splitTagInput, suggestTags } from '../../utils/tags';

describe('splitTagInput', () => {
  it.each([
    ['人大', [], '人大'],
    ['人大,', ['人大'], ''],
    ['人大，许小波，', ['人大', '许小波'], ''],
    ['人大、强富美高，四个', ['人大', '强富美高'], '四个'],
    [' a , ,b', ['a'], 'b'],
    ['', [], ''],
  ])('%j', (input, tags, rest) => {
    expect(splitTagInput(input)).toEqual({ tags, rest });
  });
});

describe('addTags', () => {
  it.each([
    [['人大'], ['人大', ' 许小波 '], ['人大', '许小波']],
    [[], ['', ' '], []],
    [['a'], ['b', 'a', 'b'], ['a', 'b']],
  ])('%j + %j', (existing, added, out) => expect(addTags(existing, added)).toEqual(out));
});

describe('suggestTags', () => {
  const pool = ['人大工作', '许小波', '全过程人民民主', '人大', '区委书记'];
  it.each([
    ['人大', [], ['人大工作', '人大']],
    ['民主', [], ['全过程人民民主']],
    ['人大', ['人大'], ['人大工作']],
    ['', ['许小波'], ['人大工作', '全过程人民民主', '人大', '区委书记']],
    ['xyz', [], []],
  ])('%j (chosen %j)', (typed, chosen, out) => expect(suggestTags(typed, pool, chosen)).toEqual(out));
  it.each([
    ['人大', ['區人大常委會', '人大工作'], [], ['人大工作', '區人大常委會']],
    ['區委', ['区委书记', '县委'], [], ['区委书记']],
    ['ＮＰＣ', ['npc 观察'], [], ['npc 观察']],
    // A tag set in one script is not suggested again in the other.
    ['', ['許小波', '人大'], ['许小波'], ['人大']],
  ])('across scripts and widths: %j in %j (chosen %j)', (typed, candidates, chosen, out) =>
    expect(suggestTags(typed, candidates, chosen)).toEqual(out),
  );
  it('puts prefix matches before inner matches', () => {
    expect(suggestTags('书记', ['区委书记', '书记处'], [])).toEqual(['书记处', '区委书记']);
  });
});

describe('enterCommits', () => {
  it.each([
    [{ key: 'Enter', isComposing: false, keyCode: 13 }, true],
    [{ key: 'Enter', isComposing: true, keyCode: 13 }, false],
    [{ key: 'Enter', isComposing: false, keyCode: 229 }, false],
    [{ key: 'a', isComposing: false, keyCode: 65 }, false],
  ])('%j → %s', (e, out) => expect(enterCommits(e)).toBe(out));
});
