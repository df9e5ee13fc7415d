import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../utils/core/script';
import * as L from '../../../utils/detect/data/lists';
import { postEnglish, unknownParts } from '../../../utils/english/posts';
import * as tables from '../../../utils/english/words/tables';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const HAN = /[\u3400-\u9fff]/;

describe('postEnglish', () => {
  it.each([
    // The examples: Chinese left in, or wrong, before.
    ['法国外长', 'Foreign Minister of France'],
    ['商务部研究院院长', 'President, Research Institute, Ministry of Commerce'],
    ['港特首', 'Chief Executive of Hong Kong'],
    ['上海市交通委主任', 'Director, Shanghai Municipal Transport Commission'],
    ['副市長', 'Vice-Mayor'],
    // Places in pinyin, with their level.
    ['上海市委书记', 'Secretary, Shanghai Municipal Party Committee'],
    ['安徽省委书记', 'Secretary, Anhui Provincial Party Committee'],
    ['陕西省委书记', 'Secretary, Shaanxi Provincial Party Committee'],
    ['天宁区委书记', 'Secretary, Tianning District Party Committee'],
    ['中共中山市委書記', 'Secretary, Zhongshan Municipal Party Committee'],
    ['四川省长', 'Governor of Sichuan'],
    ['宝山区区长', 'Head of Baoshan District'],
    ['闵行区监察委员会主任', 'Director, Minhang District Supervisory Commission'],
    ['周口市人大常委会副主任', "Vice-Chair, Standing Committee of the Zhoukou Municipal People's Congress"],
    [
      '山东省青岛市政协原党组书记',
      'Former Secretary, Party Leadership Group, Qingdao Municipal CPPCC Committee, Shandong Province',
    ],
    [
      '佛山顺德区大良街道党工委委员',
      'Member, Daliang Subdistrict Party Working Committee, Shunde District, Foshan',
    ],
    ['南县南洲镇长胜村治安主任', 'Director of Public Security, Changsheng Village, Nanzhou Town, Nan County'],
    ['沙浦镇镇党委副书记', 'Deputy Secretary, Shapu Town Party Committee'],
    ['金普新区党工委委员', 'Member, Jinpu New Area Party Working Committee'],
    ['东莞市思源职业学校校长', 'President, Dongguan Siyuan Vocational School'],
    // Levels alone, as before.
    ['区委书记', 'Secretary, District Party Committee'],
    ['县委常委', 'Standing Committee Member, County Party Committee'],
    ['市人大常委会副主任', "Vice-Chair, Standing Committee of the Municipal People's Congress"],
    ['区十五届人大常委会主任', "Chair, Standing Committee of the 15th District People's Congress"],
    ['县人武部政委', "Political Commissar, County People's Armed Forces Department"],
    ['县应急管理局党组书记', 'Secretary, Party Leadership Group, County Emergency Management Bureau'],
    [
      '市人大农业农村委副主任委员',
      "Vice-Chair, Agriculture and Rural Affairs Committee, Municipal People's Congress",
    ],
    ['市农业农村委主任', 'Director, Municipal Agriculture and Rural Affairs Commission'],
    ['全国人大代表', "National People's Congress Deputy"],
    ['省政协委员', 'Provincial CPPCC Member'],
    ['全国政协主席', 'Chair, CPPCC National Committee'],
    ['政協第十二屆山西省委員會副主席', 'Vice-Chair, 12th Shanxi Provincial CPPCC Committee'],
    // Central bodies and ministries.
    ['中共中央总书记', 'General Secretary, CPC Central Committee'],
    ['中国共产党中央委员会总书记', 'General Secretary, CPC Central Committee'],
    ['中共中央政治局常委', 'Standing Committee Member, Political Bureau of the CPC Central Committee'],
    ['国务院总理', 'Premier, State Council'],
    ['国家主席', "President of the People's Republic of China"],
    ['国家发展改革委主任', 'Director, National Development and Reform Commission'],
    ['财政部部长', 'Minister, Ministry of Finance'],
    ['教育部部长', 'Minister, Ministry of Education'],
    ['外交部副部长', 'Vice-Minister, Ministry of Foreign Affairs'],
    ['宣传部部长', 'Head, Publicity Department'],
    ['组织部长', 'Head, Organization Department'],
    ['省委宣传部部长', 'Head, Publicity Department, Provincial Party Committee'],
    [
      '海关总署统计分析司司长',
      'Director-General, Statistics and Analysis Department, General Administration of Customs',
    ],
    ['原中央党校副校长', 'Former Vice-President, Party School of the CPC Central Committee'],
    // Foreign states and the special administrative regions.
    ['美国总统', 'President of the United States'],
    ['法国总理', 'Prime Minister of France'],
    ['香港行政长官', 'Chief Executive of Hong Kong'],
    ['前政务司司长', 'Former Chief Secretary for Administration'],
    ['立法會主席', 'President, Legislative Council'],
    ['美国宇航局约翰逊航天中心发言人', 'Spokesperson, Space Center, NASA'],
    // Qualifiers.
    ['常务副省长', 'Executive Vice-Governor'],
    ['常务副县长', 'Executive Deputy County Head'],
    ['代市长', 'Acting Mayor'],
    ['代理县长', 'Acting County Head'],
    ['第一书记', 'First Secretary'],
    ['原副市長', 'Former Vice-Mayor'],
    ['前外长', 'Former Foreign Minister'],
    [
      '文献研究院机关党委原副书记',
      'Former Deputy Secretary, Party Committee of the Offices, Documentation Research Institute',
    ],
    ['市人大常委会常务副主任', "Executive Vice-Chair, Standing Committee of the Municipal People's Congress"],
    // A rank alone.
    ['主任', 'Director'],
    ['副检察长', 'Deputy Chief Procurator'],
  ])('%s → %s', (title, expected) => {
    expect(postEnglish(title)).toBe(expected);
  });

  it('gives nothing for a title that ends with no rank, rather than pinyin of the whole', () => {
    expect(postEnglish('没有职务')).toBe('');
  });

  it('reads a traditional title as its simplified form', () => {
    for (const t of ['市人大常委會黨組副書記', '縣人民政府副縣長', '區委書記', '行政長官辦公室主任'])
      expect(postEnglish(t)).toBe(postEnglish(toSimplified(t)));
  });
});

describe('every rank, body and qualifier has its English', () => {
  const ranks = [...new Set(L.ranks)];

  it.each(ranks)('rank %s, simplified and traditional', (rank) => {
    expect(unknownParts(rank)).toEqual([]);
    const en = postEnglish(rank);
    expect(en).not.toMatch(HAN);
    expect(en).not.toBe('');
    expect(postEnglish(toSimplified(rank))).toBe(en);
    expect(postEnglish(toTraditional(toSimplified(rank)))).toBe(en);
  });

  // The public markers (utils/detect/data/public-markers.txt) and the bodies the old gloss table knew.
  const bodies = [
    ...L.publicMarkers.filter((m) => HAN.test(m)),
    ...['人大常委会', '党工委', '党委', '党组', '党支部', '纪委', '政法委', '发展改革委', '发改委', '人武部'],
    ...['公安局', '应急管理局', '退役军人事务局', '金融局', '商务局', '财政局', '财政厅', '财政部', '外交部'],
    ...[
      '商务部',
      '宣传部',
      '组织部',
      '统战部',
      '人民政府',
      '人民法院',
      '人民检察院',
      '中央办公厅',
      '中央军委',
    ],
    ...[
      '中共中央政治局',
      '中央政治局',
      '政治局',
      '中共中央',
      '党中央',
      '办公室',
      '村委会',
      '居委会',
      '委员会',
    ],
    ...['纪检监察组', '中国人民银行'],
  ];

  it.each([...new Set(bodies)])('body %s, simplified and traditional', (body) => {
    const title = `${body}主任`;
    expect(unknownParts(title)).toEqual([]);
    const en = postEnglish(title);
    expect(en).not.toMatch(HAN);
    expect(postEnglish(toTraditional(toSimplified(title)))).toBe(en);
  });

  it('lists every qualifier the tests below try', () => {
    expect(tables.qualifiers.map(([zh]) => zh).sort()).toEqual(
      ['代', '代理', '前', '原', '常务', '第一'].sort(),
    );
  });

  it.each([
    ['原', '副市长', 'Former Vice-Mayor'],
    ['前', '外长', 'Former Foreign Minister'],
    ['代', '区长', 'Acting District Head'],
    ['代理', '市长', 'Acting Mayor'],
    ['常务', '副部长', 'Executive Vice-Minister'],
    ['第一', '副书记', 'First Deputy Secretary'],
  ])('qualifier %s before %s, simplified and traditional', (qualifier, rank, expected) => {
    expect(postEnglish(qualifier + rank)).toBe(expected);
    expect(postEnglish(toTraditional(qualifier + rank))).toBe(expected);
  });

  it('finds what it does not know', () => {
    expect(unknownParts('东莞市思源职业学校校长')).toEqual(['思源']);
    expect(unknownParts('没有职务')).toEqual(['(rank)']);
  });
});
