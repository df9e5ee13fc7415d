// What a Chinese name looks like, from the statistics learnt by data/generate-names.ts: how much more
// often a character is a surname, a given-name character, or the character right after a name, than
// ordinary text would give. A candidate name is scored as the sum of these (a naive-Bayes log ratio of
// "a name ends here" against "ordinary words"), so 王会军 passes while 联络站, 应邀 and 党组 do not.
import { nameModel } from './data/name-model';
import * as L from './data/lists';
import { isHan, setOf } from './text';

function decode(groups: Readonly<Record<string, string>>): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  for (const [steps, chars] of Object.entries(groups))
    for (const c of chars) m.set(c, Number(steps) * nameModel.step);
  return m;
}

const SURNAME = decode(nameModel.surname);
const GIVEN = decode(nameModel.given);
const AFTER = decode(nameModel.after);
const SURNAMES = setOf(L.surnames);
const WORDS = new Set(nameModel.words.match(/../gu) ?? []);
/** A candidate that starts with an ordinary word (国家, 高度) reads as that word. */
export const WORD_PENALTY = -3;
const COMPOUND_SURNAMES = setOf(L.compoundSurnames);

/**
 * A surname outside surnames.txt (求子平, 忻伟君) is possible but rare: its score when the text gives
 * it only through the shape of a list or a recurring name.
 */
export const RARE_SURNAME = -2;

/** The length of the surname written at `p` (2 for a compound surname), 0 when none is listed. */
export function surnameAt(text: string, p: number): number {
  if (COMPOUND_SURNAMES.has(text.slice(p, p + 2))) return 2;
  return SURNAMES.has(text[p] ?? '') ? 1 : 0;
}

export const surnameScore = (c: string): number => (SURNAMES.has(c) ? (SURNAME.get(c) ?? 0) : RARE_SURNAME);
export const givenScore = (c: string): number => GIVEN.get(c) ?? 0;
/** How well a character (or a mark: anything not Han) fits right after a name. */
export const afterScore = (c: string | undefined): number =>
  c === undefined || !isHan(c) ? nameModel.afterMark * nameModel.step : (AFTER.get(c) ?? 0);

/** Log ratio of the given name `given` being one, its length included (most given names have two). */
export function givenNameScore(given: string): number {
  let s = given.length === 1 ? nameModel.oneCharGiven : nameModel.twoCharGiven;
  for (const c of given) s += givenScore(c);
  return s;
}

/**
 * Score of a name of `length` characters at `p` with a surname of `surname` characters (0: one
 * outside the list), with what follows it (`after`: its score, when the caller knows better than the
 * next character, as before a rank): above 0, the text reads better as a name than as words.
 */
export function nameScore(
  text: string,
  p: number,
  length: number,
  surname: number,
  after = afterScore(text[p + length]),
): number {
  const s = surname === 2 ? 2 : surname === 1 ? surnameScore(text[p] ?? '') : RARE_SURNAME;
  const sLen = surname === 2 ? 2 : 1;
  const word = sLen === 1 && length >= 2 && WORDS.has(text.slice(p, p + 2)) ? WORD_PENALTY : 0;
  return s + givenNameScore(text.slice(p + sLen, p + length)) + after + word;
}
