import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';

const slogans = (text: string, title = '') =>
  detect({ title, text, published: null }).slogans.map((s) => [s.text, s.kind, s.count]);

describe('slogans', () => {
  it.each([
    ['a quoted phrase', '为谱写“强富美高”新篇章凝聚力量。', [['强富美高', 'quoted', 1]]],
    ['quoted digits', '实施市“532”发展战略。', [['532', 'quoted', 1]]],
    [
      'a quoted list kept whole',
      '打造“长三角三新经济高地、现代化城乡治理样板”。',
      [['长三角三新经济高地、现代化城乡治理样板', 'quoted', 1]],
    ],
    [
      'a quote nested in direct speech is kept, the speech is not',
      '“习近平总书记寄予河南‘奋勇争先、更加出彩’的殷切期望。”王凯说。',
      [['奋勇争先、更加出彩', 'quoted', 1]],
    ],
    ['direct speech after a colon', '他说：“我们一定完成任务”。', []],
    ['direct speech before its speaker', '“这项工作必须按时完成好”王凯说。', []],
    ['first-person speech', '群众纷纷表示“我们感到很满意”。', []],
    ['speech introduced by a verb and a comma', '他表示，“这一政策将惠及更多群众”。', []],
    ['speech with its speaker after a comma', '“目前还没有确定上报项目的时间”，当地官员表示。', []],
    ['a short formulation before a speaker is kept', '坚持“共同富裕”，他表示。', [['共同富裕', 'quoted', 1]]],
    ['a full sentence in quotes', '“事机一失应难再，时乎时乎不我待！”国务院总理出席。', []],
    [
      'a requirement written as a clause',
      '无论是“新增1400多亿元留抵退税，要在7月份基本退到位”，都体现明晰。',
      [],
    ],
    ['a work title in quotes', '观看了“《觉醒年代》”。', []],
    ['a company name in quotes', '参观了“皓月集团”。', []],
    ['too long', `提出“${'很'.repeat(31)}”。`, []],
    ['a single character', '突出一个“实”字。', []],
    ['a numbered formula, unquoted', '形成问题、任务、责任三张清单。', [['三张清单', 'numbered', 1]]],
    [
      'a quoted numbered formula is listed once, as quoted',
      '增强“四个意识”，树牢四个意识。',
      [['四个意识', 'quoted', 2]],
    ],
    ['位 counts people', '五位代表发言，坚持五位一体总体布局。', [['五位一体', 'numbered', 1]]],
    ['counting phrases are not formulas', '用好三个月时间，两个小时，五个乡镇，四个项目，这两个关键词。', []],
    ['a known formulation, unquoted', '推动高质量发展。', [['高质量发展', 'known', 1]]],
    [
      'a known formulation written with a space',
      '',
      [['不忘初心 牢记使命', 'known', 1]],
      '【不忘初心 牢记使命】我院举办大赛',
    ],
    [
      'a known formulation in quotes is quoted',
      '共建“一带一路”，一带一路倡议。',
      [['一带一路', 'quoted', 2]],
    ],
    [
      'nested quotes: both listed, every occurrence counted',
      '“深化‘放管服’改革”，推动“放管服”改革。',
      [
        ['深化‘放管服’改革', 'quoted', 1],
        ['放管服', 'quoted', 2],
      ],
    ],
  ])('%s', (_, text, expected, title = '') => {
    expect(slogans(text, title)).toEqual(expected);
  });

  it('counts the headline and the body; mentions are body offsets', () => {
    const text = '“稳经济”政策。稳经济一揽子措施。';
    const [s] = detect({ title: '“稳经济”需要加速度', text, published: null }).slogans;
    expect(s?.count).toBe(3);
    expect(s?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['稳经济', '稳经济']);
  });

  it('a quoted person name is not a slogan', () => {
    expect(slogans('区委书记许小波出席。“许小波”三个字。').filter((s) => s[0] === '许小波')).toEqual([]);
  });
});

describe('the closed list of known formulations', () => {
  it('has no entry inside or overlapping another (one alternation finds them all)', async () => {
    const { knownSlogans } = await import('../../../utils/detect/data/lists');
    const overlaps = (a: string, b: string) => {
      for (let k = 1; k < Math.min(a.length, b.length); k++) if (a.endsWith(b.slice(0, k))) return true;
      return a.includes(b);
    };
    const bad = knownSlogans.flatMap((a) =>
      knownSlogans.filter((b) => a !== b && overlaps(a, b)).map((b) => `${a}/${b}`),
    );
    expect(bad).toEqual([]);
  });
});
