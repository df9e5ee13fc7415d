// Reading a person's name at a given place: Chinese names (scored by the learnt name model in
// names.ts), transliterated foreign names, and names in the slots a text gives them (a list after a
// shared post, the object of an election, the words before a rank).
import * as L from './data/lists';
import { afterScore, nameScore, surnameAt } from './names';
import { isHan, longestFirst, occurrences, setOf, wordStartingAt } from './text';

const RANKS = longestFirst(L.ranks);
const TRANSLIT = setOf(L.translitChars);
const NAME_END = setOf(L.nameEnd);
const FOLLOW_WORDS = setOf(L.nameFollowWords);
const COUNTRIES = longestFirst(L.countries);
/** Marks between the parts of a transliterated name (· and the look-alikes pages use instead). */
export const NAME_SEPARATORS = new Set(['·', '•', '．', '.', '?', '‧', '・', '—', '-', '－']);
/** The last character of a place (杨浦区, 高新区) rather than of a given name. */
const PLACE_END = /[省市县区镇乡村州旗盟]$/;
/** Place-name endings right after a "surname": 长沙赛区, 长丰街道. */
const PLACE_SUFFIX = /^.?(?:[省市县区镇乡村州]|街道|社区|赛区)/;
/** A word such as 主持 or 表示 starting right after a name is good evidence that the name ends there. */
const FOLLOW_BONUS = 2;
/** Words that join names and nouns, never a name and a verb. */
const CONJUNCTIONS = new Set([...'和与及同跟并或']);
/** A character left between the name and a mark (赵山|学，) that is not a particle. */
const STRANDED = -2;
/** The same form written elsewhere with a clean end (李强调研 beside 李强指出). */
const ALONE_BONUS = 1.5;
/** What a name must score beyond the threshold when nothing shows where it ends. */
const UNCLOSED_MARGIN = 2.5;
/** Scores above this read as a name where the text expects one (right after a post). */
export const NAME_THRESHOLD = 0;
/** A name closed by marks on both sides (总书记黎可漂，) needs less from its characters. */
const DELIMITED_THRESHOLD = -1;

/** An item of a list most of whose items are names needs only not to read plainly as words. */
const IN_LIST_THRESHOLD = -4;
/** How many items of a list must read clearly as names before the list vouches for the others. */
const LIST_MIN_CLEAR = 2;

/** Below this, a recurring three-character word with an unlisted first character is words, not a name. */
const RARE_THRESHOLD = -2;

/** Whether the word after a name visibly starts at `i`: a mark, a function character or a verb such as 主持. */
export const cleanEnd = (text: string, i: number): boolean =>
  !isHan(text[i]) || NAME_END.has(text[i] ?? '') || FOLLOW_WORDS.has(text.slice(i, i + 2));

/** The best-scoring reading of a Chinese name of `lengths` at `p`, with its score. */
function bestName(
  text: string,
  p: number,
  surname: number,
  lengths: readonly number[],
): { name: string; score: number } | undefined {
  let best: { name: string; score: number } | undefined;
  for (const len of lengths) {
    const name = text.slice(p, p + len);
    if (name.length < len || ![...name].every(isHan)) break;
    const e = p + len;
    const follows = (i: number): boolean => FOLLOW_WORDS.has(text.slice(i, i + 2));
    let score = nameScore(text, p, len, surname);
    // 韩俊先后发言, 顾浩等以及: the next word, or a particle and then the next word, visibly starts. (A
    // conjunction before a verb is no conjunction: 夏志和出席 is one name.)
    const particle = NAME_END.has(text[e] ?? '') && !CONJUNCTIONS.has(text[e] ?? '');
    if (follows(e) || (particle && (!isHan(text[e + 1]) || follows(e + 1)))) score += FOLLOW_BONUS;
    // 赵山学，, 孟庆报出席: a character left alone before a mark or such a word is seldom a word of its own.
    else if (isHan(text[e]) && !particle && (!isHan(text[e + 1]) || follows(e + 1))) score += STRANDED;
    // 王勇汇报: a name does not end inside such a word.
    if (follows(e - 1)) score -= FOLLOW_BONUS;
    if (
      occurrences(text, name).some((i) => i !== p && cleanEnd(text, i + len)) &&
      !occurrences(text, text.slice(p, p + len + 1)).some((i) => i !== p)
    )
      score += ALONE_BONUS;
    if (!best || score > best.score) best = { name, score };
  }
  return best;
}

/** How well the text at `p` reads as a Chinese name (the best reading's score), or -Infinity. */
export function nameScoreAt(text: string, p: number): number {
  const s = surnameAt(text, p);
  return (s && bestName(text, p, s, [s + 1, s + 2])?.score) || -Infinity;
}

/** How well `name`, written right before a rank at `end`, reads as a name. */
export const scoreBeforeRank = (text: string, end: number, name: string): number =>
  nameScore(text, end - name.length, name.length, surnameAt(name, 0), afterScore(undefined));

/** A Chinese name (listed surname + one or two characters) starting at `p`, or undefined. */
export function chineseNameAt(text: string, p: number, threshold = NAME_THRESHOLD): string | undefined {
  const s = surnameAt(text, p);
  if (!s) return undefined;
  // 主席和总理: a "surname" followed by a post is a conjunction.
  if (wordStartingAt(text, p + s, RANKS)) return undefined;
  // 赛区长沙赛区, 口区长丰街道: a rank inside a place name, followed by the rest of a place name.
  if (PLACE_SUFFIX.test(text.slice(p + s, p + s + 3))) return undefined;
  const best = bestName(text, p, s, [s + 1, s + 2]);
  if (!best || best.score <= threshold) return undefined;
  // 江总书记高屋建瓴: a name that does not visibly end (a mark, a particle, a verb such as 主持 after it)
  // must read more clearly as one.
  const e = p + best.name.length;
  return cleanEnd(text, e) || best.score > threshold + UNCLOSED_MARGIN ? best.name : undefined;
}

/**
 * A name in a slot the text delimits (副主任吴军、朱兴元; 选举陈杰为区长): the whole of `token`, two to
 * four characters, when it reads as a name, a surname outside the list included (忻伟君, 求子平).
 */
export function delimitedName(token: string, threshold = DELIMITED_THRESHOLD): string | undefined {
  if (token.length < 2 || token.length > 4 || ![...token].every(isHan)) return undefined;
  const s = surnameAt(token, 0);
  if (token.length === 4 && s !== 2) return undefined;
  // 海口区长丰街道, 办事处长丰村: the rest of a place after a rank-like word.
  if (/街道|社区|赛区/.test(token) || (token.length === 2 && PLACE_END.test(token))) return undefined;
  // 省长胡: a post is not part of a name.
  if (RANKS.some((r) => token.includes(r))) return undefined;
  // 局长为景甜和: a particle does not start a name whose surname is not listed.
  if (!s && NAME_END.has(token[0] ?? '')) return undefined;
  return nameScore(token, 0, token.length, s) > threshold ? token : undefined;
}

/**
 * The items of a list the marks delimit (选举吴华、张健、郭健、操学诚为…), all read as names, or
 * undefined. An item that reads less clearly on its own (a surname outside the list: 操学诚) is taken
 * when most of its list plainly are names: the list is the evidence.
 */
export function listedNames(items: readonly string[]): string[] | undefined {
  const strict = items.map((item) => delimitedName(item));
  const clear = strict.filter(Boolean).length;
  if (clear === items.length) return strict as string[];
  if (clear < LIST_MIN_CLEAR || clear * 3 < items.length * 2) return undefined;
  const names = items.map((item, i) => strict[i] ?? delimitedName(item, IN_LIST_THRESHOLD));
  return names.every(Boolean) ? (names as string[]) : undefined;
}

/** A transliterated foreign name (拜登, 丹尼尔·霍特) starting at `p`, or undefined. */
export function foreignNameAt(text: string, p: number): string | undefined {
  let i = p;
  while (i < text.length) {
    const c = text[i] ?? '';
    // 克林顿利用: stop where the next word visibly starts.
    if (i - p >= 2 && FOLLOW_WORDS.has(text.slice(i, i + 2))) break;
    if (TRANSLIT.has(c)) i++;
    else if (i > p && NAME_SEPARATORS.has(c) && TRANSLIT.has(text[i + 1] ?? '')) i++;
    else break;
  }
  return i - p >= 2 ? text.slice(p, i) : undefined;
}

/** 主席汲斌昌: a surname missing from the list, accepted when the same three characters recur as a name. */
export function rareSurnameNameAt(text: string, p: number): string | undefined {
  const cand = text.slice(p, p + 3);
  if (cand.length < 3 || ![...cand].every((c) => isHan(c) && !NAME_END.has(c))) return undefined;
  if (wordStartingAt(text, p, RANKS)) return undefined;
  // Recurrence is the evidence here, so the model only vetoes what reads plainly as words (联络站, 票决制).
  // The characters alone: what follows each occurrence differs (联络站参观, 联络站硬件), and recurrence
  // already vouches for the boundary.
  if (nameScore(text, p, 3, 0, afterScore(undefined)) <= RARE_THRESHOLD) return undefined;
  const at = occurrences(text, cand);
  const clean = at.filter((i) => cleanEnd(text, i + 3));
  // Written twice as a name, or once with a word such as 日前 or 表示 plainly starting after it (部长怀进鹏日前表示).
  if (at.length >= 2 && clean.length >= 2) return cand;
  return FOLLOW_WORDS.has(text.slice(p + 3, p + 5)) ? cand : undefined;
}

/** A name written right before `end` (习近平总书记, 魏桂叶主任), or undefined. */
export function nameEndingAt(text: string, end: number, threshold = NAME_THRESHOLD): string | undefined {
  for (const len of [4, 3, 2]) {
    const p = end - len;
    if (p < 0) continue;
    const cand = text.slice(p, end);
    if (![...cand].every(isHan)) continue;
    const s = surnameAt(cand, 0);
    if (!s || len - s < 1 || len - s > 2) continue;
    // 保加利亚总理, 克莱斯蒂尔总统: the tail of a longer transliteration or a country, not a name.
    const prev = text[p - 1];
    if (prev && TRANSLIT.has(prev) && TRANSLIT.has(cand[0] ?? '')) continue;
    if (COUNTRIES.some((c) => c.length >= 2 && text.slice(Math.max(0, end - c.length), end) === c)) continue;
    if ([...cand.slice(s)].some((c) => '联会协团盟社司队委部局办院处厅署'.includes(c))) continue;
    // 杨浦区区长, 高新区书记: a place and its head, not a name.
    if (PLACE_END.test(cand)) continue;
    // The rank after the name ends it as a mark would.
    if (nameScore(text, p, len, s, afterScore(undefined)) > threshold) return cand;
  }
  return undefined;
}
