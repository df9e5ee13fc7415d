import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';

const meetings = (title: string, text: string, published: string | null = '2022-07-01') =>
  detect({ title, text, published }).meetings.map((m) => [m.name, m.date, m.role]);

describe('meetings', () => {
  it.each([
    [
      'convening body joined to the meeting it held, month-day resolved',
      '区委召开人大工作会议',
      '7月1日上午，常州市天宁区委召开人大工作会议。',
      '2022-07-01',
      [['区委人大工作会议', '2022-07-01', 'reported']],
    ],
    [
      '第X次会议 with its convening body and a full date',
      '决议',
      '（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）',
      '2007-08-20',
      [['第十届全国人民代表大会常务委员会第二十八次会议', '2007-06-29', 'reported']],
    ],
    [
      'a bare day resolved to the previous month',
      '座谈会',
      '新华社上海11月30日电 习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会。',
      '2023-12-01',
      [['深入推进长三角一体化发展座谈会', '2023-11-30', 'reported']],
    ],
    [
      '昨天 resolved against the article date',
      '',
      '昨天，市政府召开防汛工作推进会。',
      '2022-07-01',
      [['市政府防汛工作推进会', '2022-06-30', 'reported']],
    ],
    [
      '日前 says the meeting was recent, not which day',
      '',
      '日前，县委召开全县经济工作会议。',
      '2022-07-01',
      [['县委全县经济工作会议', null, 'reported']],
    ],
    [
      'referenced meetings keep a null date',
      '',
      '按照中央经济工作会议和《政府工作报告》总体思路推出措施。',
      '2022-06-02',
      [['中央经济工作会议', null, 'referenced']],
    ],
    [
      'meeting cited for its spirit, with 和 inside its name',
      '',
      '认真落实中央和省市委人大工作会议精神。',
      '2022-07-01',
      [['中央和省市委人大工作会议', null, 'referenced']],
    ],
    [
      'two sessions joined by 和',
      '',
      '十三届全国人大五次会议和全国政协十三届五次会议胜利闭幕。',
      '2022-03-11',
      [
        ['十三届全国人大五次会议', null, 'referenced'],
        ['全国政协十三届五次会议', null, 'reported'],
      ],
    ],
    [
      'a meeting held in an earlier month is referenced, undated',
      '',
      '5月9日，国务院新闻办举行发布会。“今年3月，习近平总书记主持召开新时代推动中部地区崛起座谈会。”',
      '2024-05-10',
      [
        ['国务院新闻办发布会', '2024-05-09', 'reported'],
        ['新时代推动中部地区崛起座谈会', null, 'referenced'],
      ],
    ],
    [
      'a date after the name, and two forms of one session merged',
      '市人大常委会召开第二十三次会议',
      '6月28日上午，市十七届人大常委会召开第二十三次会议。十四届全国人大二次会议3月5日在北京开幕。',
      '2024-06-29',
      [
        ['市人大常委会第二十三次会议', '2024-06-28', 'reported'],
        ['十四届全国人大二次会议', '2024-03-05', 'reported'],
      ],
    ],
    [
      'ordinals in digits, numbered plenums, a meeting named inside a document title',
      '',
      '昨日，省长王浩主持召开省政府第28次常务会议。市委十三届五次全会召开。审议《关于召开区十八届人大四次会议的决定》。',
      '2024-06-01',
      [
        ['省政府第28次常务会议', '2024-05-31', 'reported'],
        ['市委十三届五次全会', '2024-05-31', 'reported'],
        ['区十八届人大四次会议', null, 'referenced'],
      ],
    ],
    [
      'the page stamp is not the event date',
      '区人大常委会召开主任会议',
      '发布时间：2024年6月20日 10:30\n本报讯 6月18日下午，会议听取了有关报告。',
      '2024-06-20',
      [['区人大常委会主任会议', '2024-06-18', 'reported']],
    ],
    [
      'a meeting cited for its spirit, next to the reported one, keeps no date; generic ones are dropped',
      '市政府召开常务会议',
      '7月3日，市长刘建明主持召开市政府第45次常务会议，传达学习省委十二届五次全会精神和上级会议精神。',
      '2024-07-04',
      [
        ['市政府第45次常务会议', '2024-07-03', 'reported'],
        ['省委十二届五次全会', null, 'referenced'],
      ],
    ],
    [
      'congress oversight sessions',
      '',
      '5月28日，市人大常委会举行专题询问会。会后召开满意度测评会。',
      '2024-05-29',
      [
        ['市人大常委会专题询问会', '2024-05-28', 'reported'],
        ['满意度测评会', '2024-05-28', 'reported'],
      ],
    ],
    [
      'party congress',
      '',
      '党的十八大以来，河南实现了转变。',
      '2024-05-10',
      [['党的十八大', null, 'referenced']],
    ],
    ['plenum', '', '深入学习十九届四中全会精神。', '2020-01-03', [['十九届四中全会', null, 'referenced']]],
    [
      'inspection visit in the headline',
      '周勤第调研人大工作',
      '9月22日,市委书记周勤第调研人大工作。',
      '2020-09-23',
      [['调研人大工作', '2020-09-22', 'reported']],
    ],
    [
      'visit to a place in the headline',
      '潘卓辉一行到众创金融街开展调研工作',
      '2019年2月27日下午，潘卓辉一行到众创金融街进行实地考察调研。',
      '2019-03-06',
      [['到众创金融街开展调研工作', '2019-02-27', 'reported']],
    ],
    [
      'a law-enforcement inspection in the headline',
      '市人大常委会开展食品安全法执法检查',
      '6月5日，市人大常委会副主任王立新带队开展执法检查。',
      '2024-06-06',
      [['食品安全法执法检查', '2024-06-05', 'reported']],
    ],
    [
      'unnamed meeting by its convener',
      '国务院下午召集会议 决策层倾向救市',
      '7月4日下午，国务院召集有关负责人开会。',
      '2015-07-04',
      [['国务院下午召集会议', '2015-07-04', 'reported']],
    ],
    [
      'a bare meeting word as the object of 召开, no date given',
      '',
      '各市专门召开协调会，安排演出。',
      '2012-06-04',
      [['协调会', null, 'reported']],
    ],
    [
      'variants of one meeting merged',
      '',
      '专家认为，元首会晤意义重大。中美元首会晤取得成果。中美元首旧金山会晤为改善关系指明方向。',
      '2023-11-17',
      [['中美元首会晤', null, 'referenced']],
    ],
  ])('%s', (_, title, text, published, expected) => {
    expect(meetings(title, text, published)).toEqual(expected);
  });

  it.each([
    ['the people’s congress as an institution', '坚持和完善人民代表大会制度。'],
    ['the standing committee as a body', '全国人民代表大会常务委员会决定。'],
    ['generic words', '会上，会议指出，要加强领导。'],
    ['a document', '审议《政府工作报告》。'],
    ['a forum that has a chair', '克罗地亚地缘经济论坛主席佩拉夫妮表示。'],
    ['CPPCC by its full name', '中国人民政治协商会议山东省青岛市委员会主席。'],
    ['a mechanism', '国务院联防联控机制发布。'],
    ['a parliament member', '印尼国会议员和国会议长发表声明。'],
    ['a workers’ congress as an institution', '健全以职工代表大会为基本形式的民主管理制度。'],
    ['meetings in a list of things', '进一步精简文件和会议。'],
  ])('no meeting: %s', (_, text) => {
    expect(meetings('', text)).toEqual([]);
  });

  it('lists every body offset of a meeting', () => {
    const text = '国务院召开常务会议。此次国务院常务会议要求加快落实。';
    const d = detect({ title: '', text, published: null });
    const m = d.meetings.find((x) => x.name === '国务院常务会议');
    expect(m?.mentions.map((s) => text.slice(s.start, s.end))).toEqual(['国务院常务会议']);
  });
});

describe('meetings: parts of a session, the same kind on two days, what a meeting hands on', () => {
  it('names a part of a session after the session (…第二次会议各代表团召集人会议), and the session itself, the part first', () => {
    const text =
      '7月1日，县第十八届人民代表大会第二次会议各代表团召集人会议在县宾馆召开。会议通报了县第十八届人民代表大会第二次会议日程。';
    expect(meetings('', text).map(([name]) => name)).toEqual([
      '县第十八届人民代表大会第二次会议各代表团召集人会议',
      '县第十八届人民代表大会第二次会议',
    ]);
  });

  it.each([
    [
      'a meeting without an ordinal held on two days is two meetings',
      '10月26日召开的国务院常务会议研究了甲。11月22日召开的国务院常务会议部署了乙。',
      [
        ['国务院常务会议', '2022-10-26', 'referenced'],
        ['国务院常务会议', '2022-11-22', 'referenced'],
      ],
    ],
    [
      'a numbered session that opens and closes on two days is one',
      '3月5日，十四届全国人大二次会议开幕。3月11日，十四届全国人大二次会议闭幕。',
      [['十四届全国人大二次会议', '2022-03-05', 'reported']],
    ],
    ['studying a meeting’s documents is no 学习会', '代表们反复认真地学习会议文件。', []],
    [
      'a study session named 学习会议 is one',
      '7月1日，区委理论学习中心组学习会议召开。',
      [['区委理论学习中心组学习会议', '2022-07-01', 'reported']],
    ],
  ])('%s', (_, text, expected) => {
    expect(meetings('', text)).toEqual(expected);
  });
});
