import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../utils/core/script';
import { meetingEnglish } from '../../../utils/english/meetings';
import { labelledPages } from '../../support/labelled-pages';

const HAN = /[\u3400-\u9fff]/;

// Real meeting names, as labelled in tests/fixtures/detect-pages/*/expected.json (dev split only).
const LABELLED: readonly (readonly [string, string])[] = [
  [
    '市十五届人大常委会第三十二次主任会议',
    "32nd Council of Chairpersons' Meeting of the Standing Committee of the 15th Municipal People's Congress",
  ],
  ['市人大常委会第十六次会议', "16th Session of the Standing Committee of the Municipal People's Congress"],
  ['市十五届人大三次会议', "3rd Session of the 15th Municipal People's Congress"],
  ['十一届全国人大四次会议', "4th Session of the 11th National People's Congress"],
  [
    '市第十四届人大第一次会议预备会议',
    "Preparatory Meeting of the 1st Session of the 14th Municipal People's Congress",
  ],
  [
    '区十六届人大一次会议主席团第四次会议',
    "4th Meeting of the Presidium of the 1st Session of the 16th District People's Congress",
  ],
  [
    '县十六届人大二次会议预备会',
    "Preparatory Meeting of the 2nd Session of the 16th County People's Congress",
  ],
  [
    '区人大常委会2020年第7次主任会议',
    "7th Council of Chairpersons' Meeting of the Standing Committee of the District People's Congress (2020)",
  ],
  ['区十八届人民代表大会第四次会议', "4th Session of the 18th District People's Congress"],
  [
    '市五届人大常委会第23次主任会议',
    "23rd Council of Chairpersons' Meeting of the Standing Committee of the 5th Municipal People's Congress",
  ],
  ['衡山县第十四届人民代表大会第三次会议', "3rd Session of the 14th Hengshan County People's Congress"],
  [
    '市十七届人大四次会议主席团常务主席会议',
    "Meeting of the Executive Chairpersons of the Presidium of the 4th Session of the 17th Municipal People's Congress",
  ],
  ['州六屆人大六次會(huì)議', "6th Session of the 6th Prefectural People's Congress"],
  ['杨浦区第十六届人民代表大会第五次会议', "5th Session of the 16th Yangpu District People's Congress"],
  ['宝山区第八届人民代表大会第五次会议', "5th Session of the 8th Baoshan District People's Congress"],
  ['崇明区第一届人民代表大会第七次会议', "7th Session of the 1st Chongming District People's Congress"],
  [
    '市五届人大七次会议预备会议',
    "Preparatory Meeting of the 7th Session of the 5th Municipal People's Congress",
  ],
  [
    '区人大常委会第二十八次主任会议',
    "28th Council of Chairpersons' Meeting of the Standing Committee of the District People's Congress",
  ],
  ['调研桃源县漆河镇人大工作', "Research Visit on People's Congress Work in Qihe Town, Taoyuan County"],
  ['座谈会', 'Symposium'],
  [
    '省人大常委会党组扩大会议',
    "Enlarged Meeting of the Party Leadership Group of the Standing Committee of the Provincial People's Congress",
  ],
  ['党的十九大', '19th National Congress of the CPC'],
  ['代表团全体会议', 'Plenary Meeting of the Delegation'],
  [
    '区七届人大常委会第四十一次会议',
    "41st Session of the Standing Committee of the 7th District People's Congress",
  ],
  ['集中调研视察活动', 'Collective Research and Inspection Visit'],
  [
    '西工区人大常委会大气污染防治工作专题询问会议',
    "Special Inquiry Meeting of the Standing Committee of the Xigong District People's Congress on Air Pollution Prevention and Control",
  ],
  ['茅箭区人大常委会召开会议', "Session of the Standing Committee of the Maojian District People's Congress"],
  [
    '区人大常委会党组(扩大)会议暨理论学习中心组专题学习会',
    "Meeting of the Party Leadership Group of the Standing Committee of the District People's Congress (enlarged) and Thematic Study Session of its Theoretical Study Group",
  ],
  [
    '中共中央政治局常务委员会会议',
    'Meeting of the Standing Committee of the Political Bureau of the CPC Central Committee',
  ],
  [
    '中央政治局第三十八次集体学习',
    '38th Group Study Session of the Political Bureau of the CPC Central Committee',
  ],
  ['区委工作会', 'Work Conference of the District Party Committee'],
  ['专题询问会', 'Special Inquiry Meeting'],
  ['十七届四中全会', '4th Plenary Session of the 17th CPC Central Committee'],
  ['市五届人大二次会议', "2nd Session of the 5th Municipal People's Congress"],
  ['市两会', 'Municipal Two Sessions'],
  ['县政协十届一次会议', '1st Session of the 10th County CPPCC Committee'],
  ['市委常委会会议', 'Meeting of the Standing Committee of the Municipal Party Committee'],
  ['县委常委(扩大)会', 'Meeting of the Standing Committee of the County Party Committee (enlarged)'],
  ['市委四届八次全会', '8th Plenary Session of the 4th Municipal Party Committee'],
  ['中央经济工作会议', 'Central Economic Work Conference'],
  ['省委全会', 'Plenary Session of the Provincial Party Committee'],
  ['县政府第二次常务会议', '2nd Executive Meeting of the County Government'],
  ['第八屆立法會首次會議', '1st Meeting of the 8th Legislative Council'],
  ['县政府常务会议', 'Executive Meeting of the County Government'],
  ['区政府第2次区长办公会议', "2nd District Head's Office Meeting of the District Government"],
  ['市委常委扩大会议', 'Enlarged Meeting of the Standing Committee of the Municipal Party Committee'],
  [
    '区政协十三届二十次常委会会议',
    '20th Meeting of the Standing Committee of the 13th District CPPCC Committee',
  ],
  ['市第十届人民代表大会第四次会议', "4th Session of the 10th Municipal People's Congress"],
  [
    '區五屆人大六次會議主席團第一次會議',
    "1st Meeting of the Presidium of the 6th Session of the 5th District People's Congress",
  ],
  [
    '区一届人大常委会第46次会议',
    "46th Session of the Standing Committee of the 1st District People's Congress",
  ],
  ['区一届人大七次会议', "7th Session of the 1st District People's Congress"],
  ['全國政協主席會議', "Chairpersons' Meeting of the CPPCC National Committee"],
  [
    '市政协七届一次会议主席团第二次会议',
    '2nd Meeting of the Presidium of the 1st Session of the 7th Municipal CPPCC Committee',
  ],
  [
    '省政協十二屆四次會議第三次全體會議',
    '3rd Plenary Meeting of the 4th Session of the 12th Provincial CPPCC Committee',
  ],
];

// Names in the dev split with a part no table knows (a quoted topic, a list of bodies): null, not half Chinese.
const UNKNOWN = [
  '市人大常委会与“一府两院”领导联席会议',
  '检查北京食品安全法贯彻情况',
  '中央、省委经济工作会议',
  '“推进湘南湘西承接产业转移示范区对接粤港澳大湾区产业融合发展”高峰论坛',
  '县人大常委会关于工信局等九家单位专项工作评议意见交办及满意度测评结果通报会',
  '两级党组理论学习中心组集中学习(扩大)会',
];

describe('meetingEnglish', () => {
  it.each(LABELLED)('%s → %s', (name, expected) => {
    expect(meetingEnglish(name)).toBe(expected);
  });

  it('takes its names from the dev split of the labelled pages', () => {
    const labelled = new Set(
      labelledPages('dev').flatMap((p) =>
        ((p.expected.meetings ?? []) as { name: string }[]).map((m) => m.name),
      ),
    );
    expect(LABELLED.length).toBeGreaterThanOrEqual(25);
    for (const [name] of LABELLED) expect(labelled.has(name), name).toBe(true);
    for (const name of UNKNOWN) expect(labelled.has(name), name).toBe(true);
  });

  it.each([
    // The brief's examples.
    [
      '区十六届人大常委会第44次会议',
      "44th Session of the Standing Committee of the 16th District People's Congress",
    ],
    [
      '天宁区十六届人大常委会第44次会议',
      "44th Session of the Standing Committee of the 16th Tianning District People's Congress",
    ],
    ['主任会议', "Council of Chairpersons' Meeting"],
    ['市政府第37次常务会议', '37th Executive Meeting of the Municipal Government'],
    [
      '区委理论学习中心组学习会',
      'Study Session of the Theoretical Study Group of the District Party Committee',
    ],
    [
      '市人大常委会党组会议',
      "Meeting of the Party Leadership Group of the Standing Committee of the Municipal People's Congress",
    ],
    ['食品安全法执法检查', 'Law-Enforcement Inspection of the Food Safety Law'],
    ['视察', 'Inspection Visit'],
    ['调研', 'Research Visit'],
    // Parts written the long way, or in traditional characters.
    [
      '中國人民政治協商會議第十三屆中山市委員會第一次會議',
      '1st Session of the 13th Zhongshan Municipal CPPCC Committee',
    ],
    ['政协昆明市十四届一次会议', '1st Session of the 14th Kunming Municipal CPPCC Committee'],
    [
      '中共上海市虹口區第十屆委員會第十五次全體會議',
      '15th Plenary Session of the 10th Hongkou District Party Committee, Shanghai',
    ],
    [
      '州六屆人大六次會(huì)議主席團(tuán)第四次會(huì)議',
      "4th Meeting of the Presidium of the 6th Session of the 6th Prefectural People's Congress",
    ],
    // The Party's congresses and plenums.
    ['中共二十大', '20th National Congress of the CPC'],
    ['中国共产党第二十次全国代表大会', '20th National Congress of the CPC'],
    ['区第十一次党代会', '11th District Party Congress'],
    // A congress of the Party not called national may be a local one.
    ['中国共产党第十二次代表大会', '12th Party Congress'],
    ['十一届三中全会', '3rd Plenary Session of the 11th CPC Central Committee'],
    ['国务院常务会议', 'Executive Meeting of the State Council'],
    // Two meetings joined by 暨.
    [
      '县政协十届五次常委会议暨月度协商座谈会',
      '5th Meeting of the Standing Committee of the 10th County CPPCC Committee and Monthly Consultation Symposium',
    ],
  ])('%s → %s', (name, expected) => {
    expect(meetingEnglish(name)).toBe(expected);
  });

  it.each([...UNKNOWN, '中美元首会晤', '提交第二次全体会议', '新时代推动中部地区崛起座谈会', '会议结束'])(
    '%s has no English',
    (name) => {
      expect(meetingEnglish(name)).toBeNull();
    },
  );

  it('reads a traditional name as its simplified form', () => {
    for (const name of ['區五屆人大六次會議主席團第一次會議', '全國政協主席會議', '第八屆立法會首次會議'])
      expect(meetingEnglish(name)).toBe(meetingEnglish(toSimplified(name)));
  });

  it('never leaves Chinese in its English', () => {
    for (const [name] of LABELLED) expect(meetingEnglish(name)).not.toMatch(HAN);
  });
});
