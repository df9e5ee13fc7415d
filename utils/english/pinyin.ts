// Chinese names as English texts write them: Hanyu Pinyin without tones, each name one word with a
// capital (许小波 → "Xu Xiaobo", 天宁 → "Tianning"). pinyin-pro reads the characters; only the few
// names a page yields are read, never the whole text, so detection stays cheap.
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../core/script';
import * as L from '../detect/data/lists';
import { surnameAt } from '../detect/names';
import { memo } from './memo';
import { foreignNames } from './words/tables';

const HAN_NAME = /^[\u3400-\u9fff]{2,4}$/;
/** Names written in characters that English texts do not write in pinyin (马克龙 is Macron). */
const FOREIGN = new Set(foreignNames.map(([zh]) => zh));
const TRANSLIT = new Set(L.translitChars);

/**
 * The length of the name's surname: one the detector lists (utils/detect/names.ts), else, for a
 * three-character name that is not all transliteration characters (赖明勇, 忻伟君, not 菲利普), its
 * first character: the detector took it for a Chinese name whose surname its list lacks.
 */
function surnameLength(han: string): number {
  const listed = surnameAt(han, 0);
  if (listed) return listed;
  return han.length === 3 && ![...han].every((c) => TRANSLIT.has(c)) ? 1 : 0;
}

/** The syllables of `han`, toneless, ü kept; `surname` reads the first characters as a surname (单 shan). */
function syllables(han: string, surname: boolean): string[] {
  return pinyin(han, {
    toneType: 'none',
    type: 'array',
    ...(surname ? { mode: 'surname', surname: 'head' } : {}),
  }).map((s) => s.toLowerCase());
}

/**
 * One word of pinyin from syllables, with the apostrophe the orthography puts before a syllable
 * that starts with a, o or e (Xi'an, Yan'an), and a capital.
 */
export function joinSyllables(parts: readonly string[]): string {
  const word = parts.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A proper name in characters as one pinyin word (天宁 → "Tianning"), Latin letters kept. */
export function properName(han: string): string {
  return joinSyllables(syllables(toSimplified(han), false));
}

/**
 * A person's name as English texts write it, surname first (许小波 → "Xu Xiaobo", 欧阳明和 →
 * "Ouyang Minghe", 習近平 → "Xi Jinping"), or null when the name is not Chinese: a transliteration
 * (拜登, 丹尼尔·霍特, 菲利普), a foreign name listed in words/foreign-names.tsv (马克龙), or a name
 * whose first characters are no surname.
 */
export const personPinyin = memo(readName);

function readName(name: string): string | null {
  const han = toSimplified(name);
  if (!HAN_NAME.test(han) || FOREIGN.has(han)) return null;
  const surname = surnameLength(han);
  if (surname === 0 || han.length - surname > 2) return null;
  const all = syllables(han, true);
  if (all.length !== han.length) return null;
  return `${joinSyllables(all.slice(0, surname))} ${joinSyllables(all.slice(surname))}`;
}
