// The grammar of a meeting's name (utils/detect/meetings.ts): convening body, session, ordinal,
// kind and qualifier; joins across 召开/举行; verbs of the clause left out; roles and dates.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';

const meetings = (title: string, text: string, published: string | null) =>
  detect({ title, text, published }).meetings.map((m) => [m.name, m.date, m.role]);

describe('meetings from a grammar', () => {
  it.each([
    [
      'a numbered session holding a part of itself: both are meetings, the part first',
      '区十六届人大一次会议主席团举行第四次会议',
      '1月14日上午，区十六届人大一次会议主席团举行第四次会议。',
      null,
      [
        ['区十六届人大一次会议主席团第四次会议', null, 'reported'],
        ['区十六届人大一次会议', null, 'reported'],
      ],
    ],
    [
      'a part held somewhere (在…召开): the place is not in the name',
      '',
      '12月13日下午，县十六届人大二次会议在大剧院召开预备会。',
      '2017-12-13',
      [
        ['县十六届人大二次会议预备会', '2017-12-13', 'reported'],
        ['县十六届人大二次会议', '2017-12-13', 'reported'],
      ],
    ],
    [
      'a qualifier in brackets, the Party committee joined to its study group',
      '',
      '5月20日，镇党委召开党委理论学习中心组（扩大）学习会。',
      '2024-05-21',
      [['镇党委理论学习中心组（扩大）学习会', '2024-05-20', 'reported']],
    ],
    [
      '常委(扩大)会 in the headline and the lead',
      '县委书记申文霞主持召开县委常委(扩大)会',
      '1月5日，县委书记申文霞主持召开县委常委(扩大)会。',
      '2021-01-06',
      [['县委常委(扩大)会', '2021-01-05', 'reported']],
    ],
    [
      'two meetings held as one (暨) are one name',
      '',
      '5月13日，区人大常委会党组书记主持召开区人大常委会党组(扩大)会议暨理论学习中心组专题学习会。',
      '2022-05-17',
      [['区人大常委会党组(扩大)会议暨理论学习中心组专题学习会', '2022-05-13', 'reported']],
    ],
    [
      'a year and an ordinal inside the name; the form with the ordinal is listed',
      '区人大常委会召开主任会议',
      '3月23日上午，区人大常委会召开2020年第7次主任会议。',
      '2020-03-24',
      [['区人大常委会2020年第7次主任会议', '2020-03-23', 'reported']],
    ],
    [
      'a meeting set for a later day is referenced, with that day',
      '',
      '3月23日，区人大常委会召开主任会议。会议决定，拟定于3月27日上午在区政务中心召开区十八届人大常委会第26次会议。',
      '2020-03-24',
      [
        ['区人大常委会主任会议', '2020-03-23', 'reported'],
        ['区十八届人大常委会第26次会议', '2020-03-27', 'referenced'],
      ],
    ],
    [
      'a standing-committee meeting is not the plenary session it prepares',
      '',
      '1月28日上午，区政协十三届二十次常委会会议召开，审议通过了召开区政协十三届五次会议的有关决议(草案)。',
      '2026-01-29',
      [
        ['区政协十三届二十次常委会会议', '2026-01-28', 'reported'],
        ['区政协十三届五次会议', null, 'referenced'],
      ],
    ],
    [
      'the Politburo and its standing committee are two bodies',
      '',
      '会议传达学习了4月29日中共中央政治局会议精神、5月5日中共中央政治局常务委员会会议精神。',
      '2022-05-17',
      [
        ['中共中央政治局会议', '2022-04-29', 'referenced'],
        ['中共中央政治局常务委员会会议', '2022-05-05', 'referenced'],
      ],
    ],
    [
      'a kind of meeting named as a body that acts (经主任会议研究) is referenced',
      '',
      '经主任会议研究，决定召开区人大常委会第十九次会议。',
      '2024-05-21',
      [
        ['主任会议', null, 'referenced'],
        ['区人大常委会第十九次会议', null, 'referenced'],
      ],
    ],
    [
      'a meeting held during the reported event, named by its kind (座谈会上)',
      '',
      '近日，市人大代表到漆河镇调研。座谈会上，镇人大主席汇报了工作。',
      null,
      [['座谈会', null, 'reported']],
    ],
    [
      'an unnamed meeting is named by the text’s words',
      '',
      '2月28日，茅箭区人大常委会召开会议，对区政府工作部门开展满意度测评。',
      '2025-03-05',
      [['茅箭区人大常委会召开会议', '2025-02-28', 'reported']],
    ],
    [
      'a topic noun (组织工作) is not the verb 组织',
      '',
      '23日，区委召开全区组织工作会议。',
      '2024-06-26',
      [['区委全区组织工作会议', '2024-06-23', 'reported']],
    ],
    [
      'an oversight meeting on a document’s carrying-out keeps the document',
      '',
      '9月27日，市人大常委会召开《关于推进养老服务发展的决定》贯彻落实情况专题询问会。',
      '2021-09-28',
      [['市人大常委会《关于推进养老服务发展的决定》贯彻落实情况专题询问会', '2021-09-27', 'reported']],
    ],
    [
      'the headline’s event told again in the lead with its topic written another way is one meeting',
      '市人大常委会举行养老服务工作专题询问会',
      '9月27日，市人大常委会召开《关于推进养老服务发展的决定》贯彻落实情况专题询问会。',
      '2021-09-28',
      [['市人大常委会养老服务工作专题询问会', '2021-09-27', 'reported']],
    ],
    [
      'bodies of a joint meeting joined by 与',
      '',
      '听取了关于召开市人大常委会与“一府两院”领导联席会议的汇报。',
      '2011-03-04',
      [['市人大常委会与“一府两院”领导联席会议', null, 'referenced']],
    ],
    [
      'two bodies that held one kind of meeting (中央、省委)',
      '',
      '传达学习中央、省委经济工作会议精神。',
      '2024-01-01',
      [['中央、省委经济工作会议', null, 'referenced']],
    ],
    [
      'a longer list of bodies names several meetings: the last body’s is named',
      '区委召开人大工作会议',
      '7月1日，区委召开人大工作会议，要求学习贯彻重要讲话和中央及省、市、区委人大工作会议精神。',
      '2022-07-01',
      [['区委人大工作会议', '2022-07-01', 'reported']],
    ],
    [
      'an anniversary meeting keeps its number',
      '',
      '习近平总书记在庆祝中国共青团成立100周年大会上的讲话。',
      '2022-05-17',
      [['庆祝中国共青团成立100周年大会', null, 'referenced']],
    ],
    [
      'a plenum is named by its body and ordinals, not the verb before',
      '',
      '据悉，各地报送了纪念十一届三中全会20周年的图书选题。深入学习省委全会精神。',
      '1998-06-01',
      [
        ['十一届三中全会', null, 'referenced'],
        ['省委全会', null, 'referenced'],
      ],
    ],
    [
      'the short form of the annual sessions, merged with the fuller one',
      '',
      '会议指出，即将召开的市两会是全市人民政治生活中的一件大事，要精心筹备两会。',
      '2024-12-25',
      [['市两会', null, 'referenced']],
    ],
    [
      'a second written form of one session (the long name) merged',
      '',
      '会议决定市五届人大七次会议于2016年1月中旬召开。审议了《关于召开宜昌市第五届人民代表大会第七次会议的决定(草案)》。',
      '2015-12-12',
      [['市五届人大七次会议', null, 'referenced']],
    ],
    [
      'a session named before an elliptical one (…一次会议至二次会议期间)',
      '',
      '审议了州十二届人大一次会议至二次会议期间常委会工作要点。',
      '2019-03-01',
      [['州十二届人大一次会议', null, 'referenced']],
    ],
  ])('%s', (_, title, text, published, expected) => {
    expect(meetings(title, text, published)).toEqual(expected);
  });

  it.each([
    [
      'verbs of the clause before a meeting word',
      '会议要求，要认真完成会议确定的各项任务，优质高效做好会议服务保障工作。王志宏宣布大会开幕。' +
        '确保大会圆满成功。全体代表要按时到大会报到。要学习领会会议精神，推动大会精神落地。',
    ],
    ['a kind of meeting named as a method', '我们采取召开座谈会、实地走访等方式广泛征求意见。'],
    ['kinds of meeting given as examples', '切实提高区政府常务会、区政府党组会等会议的规范性。'],
    ['a count of meetings', '他先后主持召开了12次专题会议。'],
    ['the members of a meeting', '不是代表的县委常委会议成员在主席台就座。'],
    ['a meeting’s format', '此次专题询问采用市、县“视联网”视频会议形式进行。'],
    ['the reported meeting named again', '听取了市委组织部关于提请本次常委会会议决定任免的说明。'],
    ['a campaign that is not a meeting', '在铁路大会战中，职工们挖掘潜力。'],
  ])('no meeting: %s', (_, text) => {
    expect(meetings('', text, '2024-01-01')).toEqual([]);
  });
});
