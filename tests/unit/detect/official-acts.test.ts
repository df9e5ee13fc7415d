import { describe, expect, it } from 'vitest';
import { detect } from '../../../utils/detect';

const officials = (text: string) =>
  detect({ title: '', text, published: '2022-07-01' }).officials.map((o) => [o.name, o.titles]);

describe('posts given by an act', () => {
  it.each([
    ['elected as', '大会以无记名投票方式选举陈宇剑为闵行区区长。', [['陈宇剑', ['闵行区区长']]]],
    [
      'several people elected in one sentence',
      '大会补选薛侃为杨浦区区长，王朝晖为杨浦区法院院长。',
      [
        ['薛侃', ['杨浦区区长']],
        ['王朝晖', ['杨浦区法院院长']],
      ],
    ],
    [
      'pairs joined by 、',
      '大会选举陈杰为宝山区区长、贡凤梅为宝山区人大常委会副主任。',
      [
        ['陈杰', ['宝山区区长']],
        ['贡凤梅', ['宝山区人大常委会副主任']],
      ],
    ],
    [
      'several people elected to one post',
      '会议选举王五为县人大常委会主任，李四、赵六为副主任。',
      [
        ['王五', ['县人大常委会主任']],
        ['李四', ['副主任']],
        ['赵六', ['副主任']],
      ],
    ],
    ['当选为', '根据计票结果，王岚当选为长宁区区长。', [['王岚', ['长宁区区长']]]],
    ['当选 without 为, in a headline', '蒋崇华当选县长 向宪法宣誓就职', [['蒋崇华', ['县长']]]],
    [
      'appointed, with the person’s own post and 同志',
      '任命县委副书记纪道清同志为县人民政府副县长、代理县长。',
      [['纪道清', ['县委副书记', '县人民政府副县长', '代理县长']]],
    ],
    [
      '决定任命 and 其为',
      '决定任命杜建辉为临沧市人民政府副市长，并决定其为代理市长。',
      [['杜建辉', ['临沧市人民政府副市长', '代理市长']]],
    ],
    [
      'appointed head of a public body',
      '李文中被任命为项城市人大代表联络站站长。',
      [['李文中', ['项城市人大代表联络站站长']]],
    ],
    [
      'resigning a post',
      '决定接受蔡贤忠同志辞去县人民政府县长职务的请求。',
      [['蔡贤忠', ['县人民政府县长']]],
    ],
    ['resigning a shared post', '决定接受周明国辞去市、县人大代表职务的请求。', [['周明国', ['县人大代表']]]],
    ['relieved of a post', '会议决定免去张三同志的县财政局局长职务。', [['张三', ['县财政局局长']]]],
    [
      'the people counted before 当选 (等3人当选)',
      '大会进行等额选举，周晴华、唐凌峰、曹卫东等3人当选区人大常委会委员。',
      [
        ['周晴华', ['区人大常委会委员']],
        ['唐凌峰', ['区人大常委会委员']],
        ['曹卫东', ['区人大常委会委员']],
      ],
    ],
    [
      'a counted list whose first name runs on from the words before it',
      '大会选举产生了李四、欧阳明等两名同志当选市人大代表。',
      [
        ['李四', ['市人大代表']],
        ['欧阳明', ['市人大代表']],
      ],
    ],
    [
      'deputies of a congress written in full',
      '会议补选李建军、张红梅为县第十八届人民代表大会代表。',
      [
        ['李建军', ['县第十八届人民代表大会代表']],
        ['张红梅', ['县第十八届人民代表大会代表']],
      ],
    ],
    [
      'a list elected to one post, one surname outside the list (操)',
      '会议选举吴华、张健、郭健、操学诚为省政协常务委员。',
      [
        ['吴华', ['省政协常务委员']],
        ['张健', ['省政协常务委员']],
        ['郭健', ['省政协常务委员']],
        ['操学诚', ['省政协常务委员']],
      ],
    ],
    [
      'the vote between the person and 当选',
      '经过计票，邓泽佳以190票的高票当选为县人大常委会主任。',
      [['邓泽佳', ['县人大常委会主任']]],
    ],
    [
      'a list before 当选, its last name joined by 和',
      '雷树平、廖兴云、张志伟和刘丹当选副县长；黎纲要当选为县人民法院院长。',
      [
        ['雷树平', ['副县长']],
        ['廖兴云', ['副县长']],
        ['张志伟', ['副县长']],
        ['刘丹', ['副县长']],
        ['黎纲要', ['县人民法院院长']],
      ],
    ],
    ['counted deputies', '王文星等20名代表当选为县人大常委会委员。', [['王文星', ['县人大常委会委员']]]],
  ])('%s', (_, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it.each([
    ['electing a scrutineer (no post)', '大会推选王五为总监票人。'],
    ['a company post', '董事会选举王五为某某有限公司董事长。'],
    ['an election method', '大会通过了选举办法。会议选举产生了新一届委员会。'],
    ['a decision about a thing', '会议决定为全县群众办好十件实事。'],
    ['an act whose object is not a name', '会议决定任命为期三年的工作专班组长。'],
    ['新当选的 before a post is not 当选为', '新当选的县长面向国旗宣誓。'],
    ['a counted list with a word that is no name', '张红梅、联络站等2人当选县人大代表。'],
    ['a list of words before 当选', '会议、活动当选县优秀项目。'],
  ])('no official: %s', (_, text) => {
    expect(officials(text)).toEqual([]);
  });
});
