import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildModel,
  CLUENER_FILE,
  countNames,
  logRatios,
  MODEL_FILE,
  PD_FILE,
  readBio,
  splitHalves,
} from '../../../utils/detect/data/generate-names';
import { chineseNameAt, delimitedName, nameEndingAt } from '../../../utils/detect/official-names';
import { givenScore, nameScore, surnameAt, surnameScore } from '../../../utils/detect/names';

const score = (text: string, name: string): number => {
  const p = text.indexOf(name);
  return nameScore(text, p, name.length, surnameAt(text, p));
};

describe('name model: what it learnt', () => {
  it.each([
    ['a common surname', '王', '党'],
    ['another common surname', '张', '习'],
  ])('%s scores above a surname that is mostly a word (%s vs %s)', (_, common, word) => {
    expect(surnameScore(common)).toBeGreaterThan(surnameScore(word));
  });

  it.each([
    ['华', '的'],
    ['军', '会'],
    ['明', '站'],
    ['平', '组'],
  ])('given-name character %s scores above the ordinary %s', (name, word) => {
    expect(givenScore(name)).toBeGreaterThan(givenScore(word));
  });

  it('leaves a character it never saw at zero', () => {
    expect(givenScore('𠀀')).toBe(0);
  });

  it('scores a seen character up and a frequent unseen one down, by the documented ratio', () => {
    const seen = new Map([
      ['华', 9],
      ['明', 1],
    ]);
    const background = new Map([
      ['华', 10],
      ['的', 990],
    ]);
    const r = logRatios(seen, background);
    // 10 characters seen: ln((9 + 1) / (10 × 10 / 1000 + 1)) ≈ 2.2 → 4 steps of 0.5;
    // ln(1 / (10 × 990 / 1000 + 1)) ≈ −2.4 → −5; ln((1 + 1) / (0 + 1)) ≈ 0.7 → 1.
    expect(r.get('华')).toBe(4);
    expect(r.get('的')).toBe(-5);
    expect(r.get('明')).toBe(1);
  });
});

describe('name model: candidate names after a post', () => {
  it.each([
    ['副主任王会军及常委会组成人员', '王会军'],
    ['副主任康正和主持会议', '康正和'],
    ['政委夏志和出席会议', '夏志和'],
    ['县人大常委会主任汤培远主持', '汤培远'],
    ['安徽省委书记韩俊先后发言', '韩俊'],
    ['省委副书记顾浩等以及专家', '顾浩'],
    ['县人武部政委赵山学，县委常委', '赵山学'],
    ['人大主席王勇汇报了工作', '王勇'],
    ['市人大代表李敏率先发问', '李敏'],
  ])('%s → %s', (text, name) => {
    const p = text.indexOf(name);
    expect(chineseNameAt(text, p)).toBe(name);
  });

  it.each([
    ['大会副秘书长列席会议', '列席'],
    ['县长应邀出席', '应邀'],
    ['党组书记出席', '党组'],
    ['人大代表联络站揭牌', '联络站'],
    ['实行票决制', '票决制'],
    ['县长 向宪法宣誓', '向宪法'],
    ['局长高度重视', '高度'],
    ['主任由全国人民代表大会选举', '由全国'],
  ])('words, not a name: %s (%s)', (text, words) => {
    expect(score(text, words)).toBeLessThanOrEqual(0);
  });

  it.each([
    ['忻伟君', '忻伟君'],
    ['求子平', '求子平'],
    ['黎可漂', '黎可漂'],
    ['张保省', '张保省'],
    ['联络站', undefined],
    ['省长胡', undefined],
    ['为景甜', undefined],
    ['欧阳明华', '欧阳明华'],
    ['王明华强', undefined],
  ])('a name between marks: %s → %s', (token, expected) => {
    expect(delimitedName(token)).toBe(expected);
  });

  it.each([
    ['深入学习贯彻习近平总书记', '习近平'],
    ['学习习总书记讲话', undefined],
    ['赵革书记的讲话', '赵革'],
    ['为杨浦区区长', undefined],
    ['县高新区书记', undefined],
  ])('a name before a rank: %s → %s', (text, expected) => {
    const rank = text.search(/总书记|区长|书记/);
    expect(nameEndingAt(text, rank)).toBe(expected);
  });
});

describe.runIf(existsSync(PD_FILE) && existsSync(CLUENER_FILE))('name model: traceable to its data', () => {
  it('name-model.ts is what generate-names.ts learns from the corpora (run it after a change)', async () => {
    const { text } = await buildModel();
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(text);
  });

  it("learns from the first half of People's Daily only", () => {
    const all = readBio(PD_FILE);
    const { learn, test } = splitHalves(all);
    expect(learn.length + test.length).toBe(all.length);
    expect(learn.length).toBe(Math.floor(all.length / 2));
    const fromLearn = countNames([learn]).names;
    expect(countNames([all]).names).toBeGreaterThan(fromLearn);
  });
});
