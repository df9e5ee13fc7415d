// Officials: people named together with a public post (GUIDELINES.md, "Officials").
// The post is found first (a rank word such as 书记 or 副县长, with the body written before it),
// then the name right after it; names written before a rank (习近平总书记) are the other way in, and
// posts given by an act (选举X为区长) are read by official-acts.ts.
import * as L from './data/lists';
import { findActHits } from './official-acts';
import { findRollHits } from './official-rolls';
import {
  chineseNameAt,
  cleanEnd,
  delimitedName,
  foreignNameAt,
  listedNames,
  NAME_SEPARATORS,
  nameEndingAt,
  nameScoreAt,
  rareSurnameNameAt,
  scoreBeforeRank,
} from './official-names';
import {
  GENERIC_RANKS,
  includesAny,
  endsWithPublicMarker,
  isPublicBody,
  isPublicContext,
  isPublicPost,
  type Post,
  postChain,
  postEndingAt,
  publicTitles,
  RANKS,
} from './official-posts';
import { givenScore } from './names';
import { isHan, longestFirst, occurrences, setOf, wordStartingAt } from './text';

export { chineseNameAt, foreignNameAt } from './official-names';
export { isPublicPost, type Post, postEndingAt } from './official-posts';

const FOREIGN_RANKS = setOf(L.foreignRanks);
const NAME_THEN_RANKS = setOf(L.nameThenRanks);
const COUNTRIES = longestFirst(L.countries);
const NAME_END = setOf(L.nameEnd);
const RANK_OVERLAP = setOf(L.rankOverlapWords);
const QUANTIFIED = /[每几各诸多数两一二三四五六七八九十\d][位名个]/;
const RANK_RE = new RegExp(RANKS.join('|'), 'g');
/** Where a name in a list ends: the marks and words that separate or close a list of names. */
const LIST_END = /[、，,。；;：:（(）)\s等及和与]/;
/** A name written before a generic rank (魏桂叶主任) must read clearly as one: no post before it says so. */
const BEFORE_RANK_THRESHOLD = 1;
/** A bare rank right after a name is the common way to address a person (习近平总书记曾多次…). */
const NAME_FIRST_BIAS = 1;
/** Generic ranks a text writes after a name when it addresses a member (刘丹军委员, 魏桂叶主任). */
const ADDRESS_RANKS = new Set(['主任', '副主任', '主席', '副主席', '委员', '秘书长', '常委']);

export interface OfficialHit {
  name: string;
  titles: string[];
  /** Where the name is written, in the text that was scanned. */
  start: number;
  end: number;
}

/** What the four characters of a name without a listed surname must score as given-name characters together. */
const FOUR_CHAR_MIN = 2;

/** What a roll's last name runs on into: the verb of the sentence (出席, 参加, 列席, 陪同 …). */
const FOLLOW_AFTER_ROLL = /^(?:出席|参加|列席|陪同|参会|等人|等同|同志|一同|一起|分别|先后)/;

/** The text from `p` up to the next mark or list word (张灼华 in 张灼华，党组成员). */
export function tokenAt(text: string, p: number): string {
  let i = p;
  while (i < text.length && i - p <= 4 && !LIST_END.test(text[i] ?? '')) i++;
  return text.slice(p, i);
}

/** A name of four characters (丹正昂杰) right after a post, read by the model's given-name characters. */
function fourCharNameAt(text: string, p: number): string | undefined {
  const cand = text.slice(p, p + 4);
  if (cand.length < 4 || ![...cand].every(isHan) || !cleanEnd(text, p + 4)) return undefined;
  if (RANKS.some((r) => cand.includes(r)) || NAME_END.has(cand[0] ?? '')) return undefined;
  const scores = [...cand].map(givenScore);
  return scores.every((x) => x >= 0) && scores.reduce((a, b) => a + b, 0) >= FOUR_CHAR_MIN ? cand : undefined;
}

function nameAfterPost(text: string, p: number, chain: Post[]): string | undefined {
  const foreignContext = chain.some(
    (post) => FOREIGN_RANKS.has(post.rank) || includesAny(post.title, COUNTRIES),
  );
  const foreign = foreignNameAt(text, p);
  const chinese = chineseNameAt(text, p);
  if (foreign && [...NAME_SEPARATORS].some((s) => foreign.includes(s))) return foreign;
  // Chinese names have at most three characters (four with a compound surname).
  if (foreign && foreign.length > 3 && (!chinese || foreign.length > chinese.length)) return foreign;
  if (foreign && foreignContext && !chinese) return foreign;
  // 常务副县长丹正昂杰列席, 主任卓玛才让主持: four characters without a listed surname (Tibetan and other
  // names), closed by a mark or a word such as 主持, whose characters the model has seen in names.
  const four = fourCharNameAt(text, p);
  if (four && (!chinese || !cleanEnd(text, p + chinese.length))) return four;
  if (chinese) return chinese;
  // 主任求子平、: a name the marks delimit, its surname outside the list.
  const token = tokenAt(text, p);
  const delimited = LIST_END.test(text[p + token.length] ?? '。') ? delimitedName(token) : undefined;
  if (delimited) return delimited;
  const rare = chain.some((post) => !GENERIC_RANKS.has(post.rank)) ? rareSurnameNameAt(text, p) : undefined;
  if (rare) return rare;
  // No surname: a transliterated name, if the word after it starts cleanly (纳诺15日, 若斯潘突然), and
  // unless its characters are ordinary words (列席, 应邀).
  if (foreign && (foreign.length >= 3 || [...foreign].reduce((s, c) => s + givenScore(c), 0) > 0)) {
    if (foreign.length >= 3 || cleanEnd(text, p + foreign.length)) return foreign;
  }
  return undefined;
}

/** A name in a list after a shared post (副主任吴军、朱兴元): the item between the marks, or a name that visibly ends. */
function listedNameAt(text: string, p: number): string | undefined {
  const token = tokenAt(text, p);
  if (LIST_END.test(text[p + token.length] ?? '。')) {
    const whole = delimitedName(token);
    if (whole) return whole;
  }
  const name = chineseNameAt(text, p);
  if (!name) {
    // …张宏振、问针俊参加: the last item, its surname outside the list, closed by the sentence's verb.
    const len = [3, 2].find((n) => FOLLOW_AFTER_ROLL.test(text.slice(p + n, p + n + 2)));
    const cand = len ? text.slice(p, p + len) : '';
    return cand && delimitedName(cand) ? cand : undefined;
  }
  if (wordStartingAt(text, p + name.length, RANKS)) return undefined;
  return cleanEnd(text, p + name.length) ? name : undefined;
}

/**
 * A name between spaces in a roll (张红梅 陈志强): the whole item, which a space or mark closes; the
 * roll's last item may run on into the sentence (…陈志强 周卫东出席会议) where a name visibly ends.
 */
function spacedNameAt(text: string, p: number): string | undefined {
  const token = tokenAt(text, p);
  if (LIST_END.test(text[p + token.length] ?? '。')) return delimitedName(token);
  const name = chineseNameAt(text, p);
  if (!name || wordStartingAt(text, p + name.length, RANKS)) return undefined;
  return FOLLOW_AFTER_ROLL.test(text.slice(p + name.length, p + name.length + 2)) ? name : undefined;
}

/** Names listed after a post, from `at` (right after the post): 副主任吴军、朱兴元; 执行主席是：A、B. */
function namesAfterPost(text: string, end: number, chain: Post[], titles: string[]): OfficialHit[] {
  const hits: OfficialHit[] = [];
  let at = end;
  // 执行主席是（按姓名笔画排列）：旷立伟、旷志军: the list follows a colon.
  const intro = /^(?:是|为)?(?:[（(][^）)]{0,12}[）)])?[：:]/.exec(text.slice(end, end + 20));
  if (intro) at += intro[0].length;
  const list = nameList(text, at, titles);
  let name = nameAfterPost(text, at, chain);
  if (!name && (text[at] === ' ' || text[at] === '\u3000')) {
    // 市委书记 张三（左二）: captions put a space between post and name; the name must then stand alone.
    const spaced = nameAfterPost(text, at + 1, chain);
    const next = spaced ? text[at + 1 + spaced.length] : undefined;
    if (spaced && (!isHan(next) || NAME_END.has(next ?? ''))) {
      name = spaced;
      at += 1;
    }
  }
  if (!name) return list;
  hits.push({ name, titles, start: at, end: at + name.length });
  at += name.length;
  // 戴立华(女)、: a note in brackets after a listed name.
  // 张建国同志、李明华同志: the word of address after each name.
  const skipNote = (): void => {
    const note = /^(?:[（(][^）)]{1,4}[）)]|同志)/.exec(text.slice(at, at + 8));
    if (note) at += note[0].length;
  };
  skipNote();
  for (;;) {
    const sep = /^(?:、|[ \u3000\u00a0]+)/.exec(text.slice(at, at + 6))?.[0];
    if (!sep) break;
    // 委员张红梅 陈志强 周卫东: a roll set with spaces; each item must then be a whole name between marks.
    const next = sep === '、' ? listedNameAt(text, at + 1) : spacedNameAt(text, at + sep.length);
    if (!next) break;
    at += sep.length;
    hits.push({ name: next, titles, start: at, end: at + next.length });
    at += next.length;
    skipNote();
  }
  return list.length > hits.length ? list : hits;
}

/**
 * 副主任单坚、赵跃进、沈宛如参加: a list read as a whole, each item between 、 marks, the last where a
 * name visibly ends. A name that reads weakly alone (单坚) is taken when the list around it reads as names.
 */
function nameList(text: string, p: number, titles: string[]): OfficialHit[] {
  const items: { start: number; token: string }[] = [];
  let at = p;
  for (;;) {
    const token = tokenAt(text, at);
    if (text[at + token.length] !== '、' || token.length < 2 || token.length > 4) break;
    items.push({ start: at, token });
    at += token.length + 1;
  }
  const last = listedNameAt(text, at);
  if (items.length + (last ? 1 : 0) < 3) return [];
  // The last name, read where it visibly ends, is one of the list that vouches for the others.
  const names = listedNames([...items.map((i) => i.token), ...(last ? [last] : [])]);
  if (!names) return [];
  const hits = items.map((i, k) => ({
    name: names[k] ?? '',
    titles,
    start: i.start,
    end: i.start + i.token.length,
  }));
  if (last) hits.push({ name: last, titles, start: at, end: at + last.length });
  return hits;
}

/** 陈礼洋、县人大常委会主任任中元、段忠贤等本次大会执行主席: the people listed before 等 share the post. */
function namesBeforeDeng(text: string, dengAt: number, titles: string[]): OfficialHit[] {
  const hits: OfficialHit[] = [];
  let end = dengAt;
  for (;;) {
    const name = nameEndingAt(text, end);
    if (!name) break;
    const start = end - name.length;
    hits.push({ name, titles, start, end });
    // Each person may have a post of their own written before the name.
    const own = postEndingAt(text, start);
    const from = own && own.title !== own.rank ? own.from : start;
    if (text[from - 1] !== '、') break;
    end = from - 1;
  }
  return hits.reverse();
}

/** 县人大魏桂叶主任, 刘丹军委员代表: a generic rank written after a name, in a public body or article. */
function addressedByRank(text: string, rankStart: number, rank: string, context: boolean): OfficialHit[] {
  if (!ADDRESS_RANKS.has(rank) || !cleanEnd(text, rankStart + rank.length)) return [];
  const name = nameEndingAt(text, rankStart, BEFORE_RANK_THRESHOLD);
  if (!name) return [];
  const start = rankStart - name.length;
  let b = start;
  while (b > start - 12 && isHan(text[b - 1])) b--;
  const body = text.slice(b, start);
  const before = text[start - 1];
  // The body must end where the name starts (县人大|魏桂叶), not run into it (国家大|呼拉尔).
  const ok = body
    ? isPublicBody(body) && endsWithPublicMarker(body)
    : context && (before === undefined || !/[A-Za-z0-9]/.test(before));
  return ok ? [{ name, titles: [rank], start, end: rankStart }] : [];
}

/** Officials named with a post in `text`, with the position of the name where the post is given. */
export function findOfficialHits(text: string): OfficialHit[] {
  const hits: OfficialHit[] = [];
  const context = isPublicContext(text);
  for (const m of text.matchAll(RANK_RE)) {
    const end = m.index + m[0].length;
    // 部长官李揆成, 州长官邸: the rank's last character starts another word.
    if (RANK_OVERLAP.has(text.slice(end - 1, end + 1))) continue;
    const chain = postChain(text, end);
    // 几位副县长, 每位县长, 4名部长: a post counted or quantified names a class, not a person.
    const lead = chain[0] ? text.slice(Math.max(0, chain[0].start - 3), chain[0].start + 2) : '';
    if (QUANTIFIED.test(lead)) continue;
    const publicChain = chain.length > 0 && chain.some((p) => isPublicPost(p, context));
    const titles = publicTitles(chain, context);
    const first = chain[0];
    if (publicChain && first && text[first.from - 1] === '等')
      hits.push(...namesBeforeDeng(text, first.from - 1, titles));
    // 习近平总书记曾多次: a bare rank right after a name belongs to that name, not to the words after it.
    const rank = m[0];
    const nameBefore =
      NAME_THEN_RANKS.has(rank) && chain.length === 1 ? nameEndingAt(text, m.index) : undefined;
    // A name after the rank wins only when it reads clearly better (区委书记张三和区长李四出席).
    const nameFirst =
      nameBefore !== undefined &&
      first !== undefined &&
      first.start >= m.index - nameBefore.length &&
      scoreBeforeRank(text, m.index, nameBefore) + NAME_FIRST_BIAS >= nameScoreAt(text, end);
    const after = publicChain && !nameFirst ? namesAfterPost(text, end, chain, titles) : [];
    if (after.length) {
      hits.push(...after);
      continue;
    }
    // 王立新（市人大常委会副主任）: the post in brackets after the name.
    if (
      publicChain &&
      first &&
      '（('.includes(text[first.start - 1] ?? 'x') &&
      '）)'.includes(text[end] ?? 'x')
    ) {
      const before = nameEndingAt(text, first.start - 1);
      if (before) {
        hits.push({ name: before, titles, start: first.start - 1 - before.length, end: first.start - 1 });
        continue;
      }
    }
    // Name then post: a national leader or a local official addressed by post (许小波书记).
    // 吉林省长春市: after a short rank the next word must start, or the "name" is a place.
    const next = text[end];
    if (NAME_THEN_RANKS.has(rank) && (rank.length >= 3 || !isHan(next) || NAME_END.has(next ?? ''))) {
      const before = nameEndingAt(text, m.index);
      if (before) hits.push({ name: before, titles: [rank], start: m.index - before.length, end: m.index });
    } else hits.push(...addressedByRank(text, m.index, rank, context));
  }
  return [...hits, ...findActHits(text, context), ...findRollHits(text, context)];
}

/** Posts written right after a known name (李强总理) add that form of the post. */
export function ranksAfterName(text: string, name: string): string[] {
  const out: string[] = [];
  for (const i of occurrences(text, name)) {
    const rank = wordStartingAt(text, i + name.length, RANKS);
    if (rank && NAME_THEN_RANKS.has(rank)) out.push(rank);
  }
  return out;
}
