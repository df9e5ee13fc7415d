// Places in English: the name in pinyin (or the table's English: Shaanxi, Inner Mongolia, Hong
// Kong) with the English of its level, as a noun ("Tianning District", "Anhui Province") or before a
// body ("Shanghai Municipal" Party Committee, "Anhui Provincial" People's Congress).
import { toSimplified } from '../core/script';
import { fillIn, LEVELS, PLACES, type Level } from './lexicon';
import { properName } from './pinyin';

/** The English of a place's name alone (天宁 → "Tianning", 陕西 → "Shaanxi"). */
export const placeName = (zh: string): string => PLACES.get(zh) ?? properName(zh);

/** The place on its own: 天宁区 → "Tianning District", 上海市 → "Shanghai", 四川 → "Sichuan". */
export function placeNoun(name: string, level: Level | null): string {
  const en = name ? placeName(name) : '';
  return level ? fillIn(level.noun, en) : en;
}

/** The place before a body: 上海市 → "Shanghai Municipal", 区 → "District", 四川 → "Sichuan". */
export function placeAdjective(name: string, level: Level | null): string {
  const en = name ? placeName(name) : '';
  return level ? fillIn(level.adj, en) : en;
}

/** A place written as one word (天宁区, 上海市, 河南省) in English, or null when it is not one. */
export function placeEnglish(written: string): string | null {
  const zh = toSimplified(written);
  // The longest word for a level (自治区 before 区).
  for (let i = 1; i < zh.length; i++) {
    const level = LEVELS.get(zh.slice(i));
    if (level) return placeNoun(zh.slice(0, i), level);
  }
  return PLACES.has(zh) ? placeName(zh) : null;
}
