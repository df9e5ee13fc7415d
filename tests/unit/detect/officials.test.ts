import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';

const officials = (text: string, title = '') =>
  detect({ title, text, published: '2022-07-01' }).officials.map((o) => [o.name, o.titles]);

describe('officials', () => {
  it.each([
    ['post then name', '区委书记许小波出席会议并讲话。', [['许小波', ['区委书记']]]],
    [
      'one post shared by a list',
      '市人大常委会副主任吴军、朱兴元参加调研。',
      [
        ['吴军', ['市人大常委会副主任']],
        ['朱兴元', ['市人大常委会副主任']],
      ],
    ],
    [
      'several posts before one name',
      '县委常委、政法委书记殷树斌出席。',
      [['殷树斌', ['县委常委', '政法委书记']]],
    ],
    ['posts joined by 兼', '副总理兼财政部长张三出席。', [['张三', ['副总理', '财政部长']]]],
    ['name then post', '深入学习贯彻习近平总书记重要讲话精神。', [['习近平', ['总书记']]]],
    ['name then short post, then a verb', '会上，许小波书记指出，要抓落实。', [['许小波', ['书记']]]],
    [
      'one-character given name',
      '县人武部部长刘政，副县长李光辉出席。',
      [
        ['刘政', ['县人武部部长']],
        ['李光辉', ['副县长']],
      ],
    ],
    ['given name ends before a verb', '安徽省委书记韩俊先后发言。', [['韩俊', ['安徽省委书记']]]],
    ['compound surname', '市委书记欧阳明华主持会议。', [['欧阳明华', ['市委书记']]]],
    ['compound surname, one-character given name', '副市长司马光出席。', [['司马光', ['副市长']]]],
    [
      'transliterated name after a foreign post',
      '法国总统希拉克和总理若斯潘会见。',
      [
        ['希拉克', ['法国总统']],
        ['若斯潘', ['总理']],
      ],
    ],
    [
      'transliterated name with a middle dot',
      '马来西亚副总理安瓦尔·易卜拉欣表示。',
      [['安瓦尔·易卜拉欣', ['马来西亚副总理']]],
    ],
    [
      'post in brackets after the name',
      '王立新（市人大常委会副主任）出席活动。',
      [['王立新', ['市人大常委会副主任']]],
    ],
    [
      'session chairs of a congress',
      '大会执行主席刘宝山、郑玉兰在主席台就座。',
      [
        ['刘宝山', ['大会执行主席']],
        ['郑玉兰', ['大会执行主席']],
      ],
    ],
    [
      'central bank and regulator heads',
      '中国人民银行行长潘功胜表示。证监会主席吴清出席。',
      [
        ['潘功胜', ['中国人民银行行长']],
        ['吴清', ['证监会主席']],
      ],
    ],
    [
      'a body before a rank is not a name',
      '全国政协副主席、民盟中央主席丁仲礼出席。',
      [['丁仲礼', ['全国政协副主席', '民盟中央主席']]],
    ],
    [
      'a discipline inspection group head',
      '党组成员、纪检监察组组长吴海参加会议。',
      [['吴海', ['党组成员', '纪检监察组组长']]],
    ],
    [
      'a department whose name starts with a verb-like word',
      '区委常委、组织部部长周敏出席。',
      [['周敏', ['区委常委', '组织部部长']]],
    ],
    [
      'a company name kept whole in a Party post',
      '中青旅控股股份有限公司党委书记、董事长倪阳平介绍。',
      [['倪阳平', ['中青旅控股股份有限公司党委书记', '董事长']]],
    ],
    [
      'rare surname with a plain word after it',
      '教育部部长怀进鹏日前表示，将持续实施计划。',
      [['怀进鹏', ['教育部部长']]],
    ],
    [
      'rare surname written twice',
      '青岛市政协原党组书记汲斌昌受审。被告人汲斌昌认罪。',
      [['汲斌昌', ['青岛市政协原党组书记']]],
    ],
    [
      'deictic 我院 dropped',
      '我院党委副书记、纪委书记郭建农出席。',
      [['郭建农', ['党委副书记', '纪委书记']]],
    ],
    [
      'later post after the name adds that form',
      '国务院总理李强出席。李强总理指出。',
      [['李强', ['国务院总理', '总理']]],
    ],
    [
      'bare 副主任 and 秘书长 in an article about a congress standing committee',
      '区人大常委会主任王建国主持会议，副主任李明、张华，秘书长刘洋出席。副区长赵刚列席会议。',
      [
        ['王建国', ['区人大常委会主任']],
        ['李明', ['副主任']],
        ['张华', ['副主任']],
        ['刘洋', ['秘书长']],
        ['赵刚', ['副区长']],
      ],
    ],
    [
      'a company post beside a public one is left out',
      '全国人大代表、某公司董事长王五表示。',
      [['王五', ['全国人大代表']]],
    ],
    [
      'a bare post after a Party post in the same body',
      '集团党委书记、董事长王六出席。',
      [['王六', ['集团党委书记', '董事长']]],
    ],
    [
      'official named in the headline',
      '周勤第强调。',
      [['周勤第', ['市委书记']]],
      '市委书记周勤第调研人大工作',
    ],
  ])('%s', (_, text, expected, title = '') => {
    expect(officials(text, title)).toEqual(expected);
  });

  it.each([
    [
      'a long list ending in a verb',
      '区人大常委会副主任王建斌、王振华、李屹出席会议。',
      [
        ['王建斌', ['区人大常委会副主任']],
        ['王振华', ['区人大常委会副主任']],
        ['李屹', ['区人大常委会副主任']],
      ],
    ],
    [
      'a list with surnames outside the list and 及 after it',
      '市人大常委会副主任刘斌、开桂兰、方祖中及秘书长刘长春出席会议。',
      [
        ['刘斌', ['市人大常委会副主任']],
        ['开桂兰', ['市人大常委会副主任']],
        ['方祖中', ['市人大常委会副主任']],
        ['刘长春', ['秘书长']],
      ],
    ],
    [
      'a list after a colon, with a note in brackets',
      '县人大会议开幕。本次大会的执行主席是（按姓名笔画排列）：旷立伟、戴立华（女）、戴新贤。',
      [
        ['旷立伟', ['执行主席']],
        ['戴立华', ['执行主席']],
        ['戴新贤', ['执行主席']],
      ],
    ],
    [
      'the presidium of a congress session is a public body',
      '主席团常务主席昌红梅、汪继宏等出席。',
      [
        ['昌红梅', ['主席团常务主席']],
        ['汪继宏', ['主席团常务主席']],
      ],
    ],
    [
      'people listed before 等 share the post after it',
      '县委书记陈礼洋、县人大常委会主任任中元、县政协主席段忠贤等本次大会执行主席站立监誓。',
      [
        ['陈礼洋', ['县委书记', '执行主席']],
        ['任中元', ['县人大常委会主任', '执行主席']],
        ['段忠贤', ['县政协主席', '执行主席']],
      ],
    ],
    ['a generic post after a name, in a public body', '县人大魏桂叶主任介绍了情况。', [['魏桂叶', ['主任']]]],
    [
      'a member addressed by post in a CPPCC article',
      '省政协召开全体会议。刘丹军委员代表致公党发言。',
      [['刘丹军', ['委员']]],
    ],
    ['a name ending in 和 before a verb', '政委夏志和出席会议。', [['夏志和', ['政委']]]],
    [
      'a bare rank between two names goes with the clearer one',
      '区委书记张三和区长李四出席。',
      [
        ['张三', ['区委书记']],
        ['李四', ['区长']],
      ],
    ],
    ['a bare rank after a name, words after it', '习近平总书记曾多次作出指示。', [['习近平', ['总书记']]]],
  ])('names in lists and around posts: %s', (_, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it.each([
    ['group labels are not posts', '县领导王五、李四出席。区四套班子领导和相关负责人参加。'],
    ['a listed item that is a word', '区人大常委会副主任出席，联络站、代表之家同时开放。'],
    ['a place and its head', '杨浦区区长由大会选举产生。'],
    ['a generic post after a name in a company', '某某有限公司王小明主任介绍。'],
    ['a transliteration-like word after a post', '市政府市长和大会副秘书长列席会议。'],
    ['an association before a name', '顺德区金融业联合会陈伊芬秘书长到场。'],
  ])('no official: %s', (_, text) => {
    expect(officials(text)).toEqual([]);
  });

  it.each([
    ['reporter byline', '（记者王吉瑛）本报讯'],
    ['photographer', '新华社记者谢环驰摄'],
    ['company staff', 'TCL集团西安分公司冰洗总监康敏参加了会议。'],
    ['association officer', '顺德区金融业联合会陈伊芬秘书长等一行八人到场。'],
    ['hospital department head', '比赛由药剂科主任田其学主持。'],
    ['expert', '中国人民大学教授王五认为。'],
    ['surname only', '长春市商务局曲局长介绍。'],
    ['place after a short post', '吉林省长春市做了尝试。'],
    ['a conjunction that is also a surname', '支持行政长官和特区政府依法施政。'],
    ['a preposition that is also a surname', '国家监察委员会主任由全国人民代表大会选举。'],
    ['a verb that is also a surname', '区委书记谈发展思路。'],
    ['a mailbox named after a post', '市长信箱回复群众来信。'],
    ['a rank inside place names', '城市赛区长沙赛区打响。4人落户在海口区长丰街道。'],
    ['surname and post addressing a reporter', '法院办公室王主任向记者透露。'],
    ['a counted post', '我与几位副县长商定。每位县长都要面对群众。'],
    ['a rank running into another word', '韩国财政经济部长官李揆成宣布。'],
    ['a country before a foreign rank', '保加利亚总理、印度总理出席。'],
    ['the tail of a transliterated name before a rank', '正如克莱斯蒂尔总统所说。'],
    ['a body ending in a rank-like character', '盐池县的林业局长还沉浸在兴奋中。'],
    ['name only inside a fixed phrase', '以习近平新时代中国特色社会主义思想为指导。'],
    ['post with no name', '区人大常委会主任出席会议。'],
    ['bare 副主任 with no public body in the article', '副主任李明介绍了产品。'],
  ])('no official: %s', (_, text) => {
    expect(officials(text)).toEqual([]);
  });

  it.each([
    [
      'Hong Kong posts',
      '香港特區行政長官李家超今日表示。立法會議員陳健波出席。',
      [
        ['李家超', ['香港特區行政長官']],
        ['陳健波', ['立法會議員']],
      ],
    ],
    ['a state post', '國務院總理李強主持會議。', [['李強', ['國務院總理']]]],
  ])('traditional characters: %s', (_, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('links later bare mentions to the official, with every offset in the body', () => {
    const text = '区委书记许小波出席会议。许小波指出，要统一思想。许小波强调，要聚焦中心。';
    const [o] = detect({ title: '许小波调研', text, published: null }).officials;
    expect(o?.mentions).toEqual([
      { start: 4, end: 7 },
      { start: 12, end: 15 },
      { start: 24, end: 27 },
    ]);
    for (const m of o?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe('许小波');
  });

  it('does not count a name inside a fixed formulation as a mention', () => {
    const text = '习近平总书记强调。以习近平新时代中国特色社会主义思想为指导。';
    const [o] = detect({ title: '', text, published: null }).officials;
    expect(o?.mentions).toEqual([{ start: 0, end: 3 }]);
  });

  it.each([
    [
      'a caption puts a space between post and name',
      '图为市委书记 张三（左二）在现场。',
      [['张三', ['市委书记']]],
    ],
    ['but not before a longer word', '市委书记 张家港市的发展', []],
  ])('%s', (_, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('glosses every post, in the order of the titles', () => {
    const [o] = detect({ title: '', text: '县委常委、县人武部政委赵山学出席。', published: null }).officials;
    expect(o?.glosses).toEqual([
      'Standing Committee Member, County Party Committee',
      "Political Commissar, County People's Armed Forces Department",
    ]);
  });
});
