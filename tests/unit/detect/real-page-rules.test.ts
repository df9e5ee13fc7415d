// Rules written from the misses of the fifth batch of labelled pages (tests/fixtures/detect-pages/f-*):
// each with the kind of text it handles and a text it must leave alone.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';
import { uncrossed } from '../../../utils/detect/official-list';

const meetings = (title: string, text: string, published: string | null = null) =>
  detect({ title, text, published }).meetings.map((m) => [m.name, m.role]);
const officials = (text: string) =>
  detect({ title: '', text, published: null }).officials.map((o) => [o.name, o.titles]);

describe('meetings: kinds, qualifiers, parts and short forms', () => {
  it.each([
    [
      'a qualifier in brackets inside a kind whose first word is a verb (学习(扩大)会议)',
      '10月15日,副主任妥保平主持召开县人大常委会党组理论学习中心组学习(扩大)会议。',
      [['县人大常委会党组理论学习中心组学习(扩大)会议', 'reported']],
    ],
    [
      'leaves alone: a verb before a bracket that opens no kind (学习(试行)办法)',
      '会议要求认真学习(试行)办法,抓好落实。',
      [],
    ],
    ['a generic qualifier a stop word cut short (各项会议)', '为今后各项会议的召开做好表率。', []],
    [
      'leaves alone: a part of a session named after 各 (各代表团召集人会议)',
      '各代表团召集人会议召开。',
      [['各代表团召集人会议', 'reported']],
    ],
    [
      'a short form inside a full name is part of it (县十五届党代会第五次会议)',
      '贯彻落实县十五届党代会第五次会议精神。',
      [['县十五届党代会第五次会议', 'referenced']],
    ],
    [
      'leaves alone: a short form named on its own (县第十五次党代会)',
      '学习贯彻县第十五次党代会精神。',
      [['县第十五次党代会', 'referenced']],
    ],
    [
      '人代会 for the one session the text names in full',
      '县十五届人大四次会议是一次十分重要的会议,确保人代会顺利召开。',
      [['县十五届人大四次会议', 'referenced']],
    ],
    [
      'leaves alone: 人代会 beside a standing-committee meeting only',
      '县十五届人大常委会第二十一次会议召开,为人代会作准备。',
      [
        ['县十五届人大常委会第二十一次会议', 'reported'],
        ['人代会', 'referenced'],
      ],
    ],
    [
      'a name that leaves out part of its body, numbered as the full one (七届八次常委会议)',
      '会议讨论了市政协七届八次常委会议的议程。七届八次常委会议是一次重要会议。',
      [['市政协七届八次常委会议', 'referenced']],
    ],
    [
      'leaves alone: the same short form with another ordinal',
      '会议讨论了市政协七届八次常委会议的议程。七届九次常委会议另行安排。',
      [
        ['市政协七届八次常委会议', 'referenced'],
        ['七届九次常委会议', 'referenced'],
      ],
    ],
    [
      'two meetings joined by 暨, the second read from inside the first',
      '3月21日,县长吴海宏主持召开县政府党组理论学习中心组学习会议暨党组会议。',
      [['县政府党组理论学习中心组学习会议暨党组会议', 'reported']],
    ],
    [
      'a numbered session and its own preparatory meeting (…二次会议预备会议)',
      '12月25日下午,县政协十届二次会议预备会议在玉立碧玉堂召开。',
      [
        ['县政协十届二次会议预备会议', 'reported'],
        ['县政协十届二次会议', 'referenced'],
      ],
    ],
    [
      'a session and its 大会主席团 holding a meeting',
      '3月11日下午,县十五届人大三次会议大会主席团第二次会议召开。',
      [
        ['县十五届人大三次会议大会主席团第二次会议', 'reported'],
        ['县十五届人大三次会议', 'referenced'],
      ],
    ],
    [
      'a numbered congress followed by a part of it (…全国代表大会秘书处)',
      '以及中国共产党第二十次全国代表大会秘书处负责人答记者问。',
      [['中国共产党第二十次全国代表大会', 'referenced']],
    ],
    [
      'leaves alone: a body, not a meeting (全国人民代表大会常务委员会)',
      '全国人民代表大会常务委员会通过决定。',
      [],
    ],
  ])('%s', (_, text, expected) => {
    const got = meetings('', text);
    // The session's own role depends on how its part was held; the names are what these rules give.
    expect(got.map(([n]) => n)).toEqual(expected.map(([n]) => n));
    for (const [name, role] of expected) if (role === 'reported') expect(got).toContainEqual([name, role]);
  });
});

describe('meetings: the day of a session, and the order they are listed in', () => {
  it.each([
    [
      'the session the article is about, its day given by 这次大会定于…开幕; its presidium first',
      '十三届全国人大三次会议主席团举行第一次会议',
      '十三届全国人大三次会议主席团5月21日晚在人民大会堂举行第一次会议。根据会议日程,这次大会定于5月22日上午开幕。',
      [
        ['十三届全国人大三次会议主席团第一次会议', '2020-05-21'],
        ['十三届全国人大三次会议', '2020-05-22'],
      ],
    ],
    [
      'leaves alone: a session whose day the text gives next to it',
      '',
      '3月5日,十四届全国人大二次会议开幕。这次大会定于3月11日闭幕。',
      [['十四届全国人大二次会议', '2020-03-05']],
    ],
  ])('%s', (_, title, text, expected) => {
    const got = detect({ title, text, published: '2020-05-22' }).meetings.map((m) => [m.name, m.date]);
    expect(got).toEqual(expected);
  });
});

describe('meetings: visits', () => {
  it.each([
    [
      'a page without a headline: the visit its first sentence reports, a quoted name inside',
      '',
      '8月下旬,省人大常委会秘书长王晓科率执法检查组到益阳市开展大气污染防治“一法一条例一规定”执法检查。',
      ['大气污染防治“一法一条例一规定”执法检查', 'reported'],
    ],
    [
      'a speech given on a visit is cited, not the visit reported',
      '专题学习习近平总书记视察甘肃重要讲话重要指示精神',
      '会议强调要认真学习。',
      undefined,
    ],
    [
      'leaves alone: a visit and its object in a headline',
      '周勤第调研人大工作',
      '周勤第一行来到区人大。',
      ['调研人大工作', 'reported'],
    ],
  ])('%s', (_, title, text, expected) => {
    const got = meetings(title, text);
    if (expected) expect(got).toContainEqual(expected);
    else expect(got.filter(([n]) => /视察|调研|检查/.test(n ?? ''))).toEqual([]);
  });
});

describe('officials: lists, rolls and names read twice', () => {
  it.each([
    [
      'names in a list after 选举, one of them also read from inside (王卫东 and 卫东为)',
      '会议选举张建国为县长,李明华、王卫东为副县长。',
      [
        ['张建国', ['县长']],
        ['李明华', ['副县长']],
        ['王卫东', ['副县长']],
      ],
    ],
    [
      'a roll set with spaces whose last name runs on into the verb',
      '县人大常委会副主任 张建国 李明华 王卫东出席会议。',
      [
        ['张建国', ['县人大常委会副主任']],
        ['李明华', ['县人大常委会副主任']],
        ['王卫东', ['县人大常委会副主任']],
      ],
    ],
    [
      'leaves alone: words after a spaced roll that are no name',
      '县人大常委会副主任 张建国 李明华 村民代表出席会议。',
      [
        ['张建国', ['县人大常委会副主任']],
        ['李明华', ['县人大常委会副主任']],
      ],
    ],
    [
      'a preposition before a post is not its body (受…委托)',
      '受县人大常委会党组书记、主任牟建林委托,会议由他人主持。',
      [['牟建林', ['县人大常委会党组书记', '主任']]],
    ],
    [
      'leaves alone: a body that starts a sentence',
      '县人大常委会党组书记、主任牟建林主持会议。',
      [['牟建林', ['县人大常委会党组书记', '主任']]],
    ],
    [
      'a recurring word after a post is no name (人大代表联络站 twice)',
      '深入杨米涧镇人大代表联络站参观考察,了解我县人大代表联络站硬件设施配备。',
      [],
    ],
    [
      'leaves alone: a recurring name with a surname outside the list',
      '市政协党组书记汲斌昌主持会议。汲斌昌表示,要抓好落实。',
      [['汲斌昌', ['市政协党组书记']]],
    ],
  ])('%s', (_, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it.each([
    [
      'a later reading that starts inside an earlier one is dropped',
      [
        [0, 3],
        [1, 4],
      ],
      [[0, 3]],
    ],
    [
      'leaves alone: readings side by side, or one inside another',
      [
        [0, 3],
        [3, 6],
        [0, 2],
      ],
      [
        [0, 3],
        [3, 6],
        [0, 2],
      ],
    ],
  ])('%s', (_, spans, kept) => {
    const hits = spans.map(([start = 0, end = 0]) => ({ start, end }));
    expect(uncrossed(hits).map((h) => [h.start, h.end])).toEqual(kept);
  });
});
