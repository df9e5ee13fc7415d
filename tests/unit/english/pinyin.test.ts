import { describe, expect, it } from 'vitest';
import * as L from '../../../utils/detect/data/lists';
import { joinSyllables, personPinyin, properName } from '../../../utils/english/pinyin';

describe('personPinyin', () => {
  it.each([
    // Surname first, given name one word, capitals, no tones.
    ['许小波', 'Xu Xiaobo'],
    ['欧阳明和', 'Ouyang Minghe'],
    ['李强', 'Li Qiang'],
    ['刘长春', 'Liu Changchun'],
    // Traditional characters read as their simplified forms.
    ['習近平', 'Xi Jinping'],
    ['歐陽明和', 'Ouyang Minghe'],
    ['陳振英', 'Chen Zhenying'],
    // The apostrophe before a syllable starting with a vowel; ü kept.
    ['张嘉安', "Zhang Jia'an"],
    ['吕小女', 'Lü Xiaonü'],
    // A surname the detector's list lacks, in a name that is no transliteration.
    ['赖明勇', 'Lai Mingyong'],
    ['忻伟君', 'Xin Weijun'],
  ])('%s → %s', (name, expected) => {
    expect(personPinyin(name)).toBe(expected);
  });

  // Characters read another way as surnames (单 is dan in 单位, Shan as a surname).
  it.each([
    ['单', '单雄信', 'Shan Xiongxin'],
    ['曾', '曾国藩', 'Zeng Guofan'],
    ['解', '解振华', 'Xie Zhenhua'],
    ['仇', '仇和', 'Qiu He'],
    ['区', '区志航', 'Ou Zhihang'],
    ['查', '查良镛', 'Zha Liangyong'],
    ['朴', '朴寿男', 'Piao Shounan'],
    ['乐', '乐嘉', 'Yue Jia'],
    ['覃', '覃志刚', 'Qin Zhigang'],
    ['翟', '翟志刚', 'Zhai Zhigang'],
    ['缪', '缪晓春', 'Miao Xiaochun'],
    ['尉', '尉健行', 'Wei Jianxing'],
  ])('the surname %s in %s → %s', (_, name, expected) => {
    expect(personPinyin(name)).toBe(expected);
  });

  it.each([
    ['欧阳', 'Ouyang'],
    ['万俟', 'Moqi'],
    ['司马', 'Sima'],
    ['诸葛', 'Zhuge'],
    ['上官', 'Shangguan'],
    ['令狐', 'Linghu'],
    ['尉迟', 'Yuchi'],
    ['澹台', 'Tantai'],
    ['长孙', 'Zhangsun'],
    ['長孫', 'Zhangsun'],
    ['皇甫', 'Huangfu'],
    ['司徒', 'Situ'],
    ['慕容', 'Murong'],
    ['夏侯', 'Xiahou'],
    ['东方', 'Dongfang'],
    ['公孙', 'Gongsun'],
    ['宇文', 'Yuwen'],
    ['轩辕', 'Xuanyuan'],
    ['钟离', 'Zhongli'],
    ['闻人', 'Wenren'],
  ])('the compound surname %s is one word, %s', (surname, expected) => {
    expect(personPinyin(`${surname}明`)).toBe(`${expected} Ming`);
  });

  it('knows every compound surname the detector lists as one word', () => {
    for (const s of L.compoundSurnames) expect(personPinyin(`${s}明`), s).toMatch(/^[A-Z][a-z']+ Ming$/);
  });

  it.each([
    ['拜登', 'a transliteration whose first character is no surname'],
    ['菲利普', 'three transliteration characters and no listed surname'],
    ['法比尤斯', 'four characters, no compound surname'],
    ['丹尼尔·霍特', 'a name written with a separator'],
    ['马克龙', 'a foreign name listed in foreign-names.tsv'],
    ['金正恩', 'a Korean name, written in its own romanisation'],
    ['王', 'one character'],
    ['Xu Xiaobo', 'no Chinese characters'],
  ])('%s has no pinyin (%s)', (name) => {
    expect(personPinyin(name)).toBeNull();
  });
});

describe('properName', () => {
  it.each([
    ['天宁', 'Tianning'],
    ['西安', "Xi'an"],
    ['延安', "Yan'an"],
    ['重庆', 'Chongqing'],
    ['長寧', 'Changning'],
  ])('%s → %s', (han, expected) => {
    expect(properName(han)).toBe(expected);
  });

  it.each([
    [['xi', 'an'], "Xi'an"],
    [['tian', 'e'], "Tian'e"],
    [['ou', 'yang'], 'Ouyang'],
    [['a'], 'A'],
  ])('joins %j as %s', (parts, expected) => {
    expect(joinSyllables(parts)).toBe(expected);
  });
});
