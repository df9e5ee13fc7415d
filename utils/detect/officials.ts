// Officials: people named together with a public post (GUIDELINES.md, "Officials").
// The post is found first (a rank word such as 书记 or 副县长, with the body written before it),
// then the name right after it; names written before a rank (习近平总书记) are the other way in.
import * as L from './data/lists';
import { isHan, longestFirst, occurrences, setOf, wordEndingAt, wordStartingAt } from './text';

const RANKS = longestFirst(L.ranks);
const GENERIC_RANKS = setOf(L.genericRanks);
const FOREIGN_RANKS = setOf(L.foreignRanks);
const NAME_THEN_RANKS = setOf(L.nameThenRanks);
const PUBLIC = longestFirst(L.publicMarkers);
const PRIVATE = longestFirst(L.privateMarkers);
const COUNTRIES = longestFirst(L.countries);
const SURNAMES = setOf(L.surnames);
const COMPOUND_SURNAMES = setOf(L.compoundSurnames);
const TRANSLIT = setOf(L.translitChars);
const NAME_END = setOf(L.nameEnd);
const NAME_STOP = setOf(L.nameStop);
const FOLLOW_WORDS = setOf(L.nameFollowWords);
const NON_NAME = setOf(L.nonNameWords);
const NON_GIVEN = setOf(L.nonGivenNames);
const AMBIGUOUS_SURNAMES = setOf(L.ambiguousSurnames);
const RANK_OVERLAP = setOf(L.rankOverlapWords);
const QUANTIFIED = /[每几各诸多数两一二三四五六七八九十\d][位名个]/;
/** Place-name endings right after a "surname": 长沙赛区, 长丰街道. */
const PLACE_SUFFIX = /^.?(?:[省市县区镇乡村州]|街道|社区|赛区)/;
const BODY_STOPS = longestFirst(L.bodyStops);
const BODY_KEEP = longestFirst(L.bodyKeep);
const DEICTIC = longestFirst(L.deicticPrefixes);
/** Marks between the parts of a transliterated name (· and the look-alikes pages use instead). */
const NAME_SEPARATORS = new Set(['·', '•', '．', '.', '?', '‧', '・', '—', '-', '－']);
/** Words that introduce a name as a grammatical object rather than belong to it (向王毅部长). */
const FUNCTION_CHARS = new Set([...'和与向同对将把由从在为是及请让给被于']);
const MAX_BODY = 24;

const RANK_RE = new RegExp(RANKS.join('|'), 'g');

export interface Post {
  /** The post as written: body and rank (市人大常委会副主任). */
  title: string;
  rank: string;
  start: number;
  end: number;
}

export interface OfficialHit {
  name: string;
  titles: string[];
  /** Where the name is written, in the text that was scanned. */
  start: number;
  end: number;
}

const includesAny = (s: string, words: readonly string[]): boolean => words.some((w) => s.includes(w));

/** The post (body + rank) that ends at `end`, or undefined when no rank ends there. */
export function postEndingAt(text: string, end: number): Post | undefined {
  const rank = wordEndingAt(text, end, RANKS);
  if (!rank) return undefined;
  const rankStart = end - rank.length;
  let b = rankStart;
  while (b > rankStart - MAX_BODY && b > 0) {
    const c = text[b - 1] ?? '';
    if (!isHan(c) && !/[A-Za-z]/.test(c)) break;
    const keep = wordEndingAt(text, b, BODY_KEEP);
    if (keep) {
      b -= keep.length;
      continue;
    }
    if (wordEndingAt(text, b, BODY_STOPS)) break;
    b--;
  }
  const deictic = wordStartingAt(text.slice(b, rankStart), 0, DEICTIC);
  if (deictic) b += deictic.length;
  return { title: text.slice(b, end), rank, start: b, end };
}

/** Whether a post is a public one (GUIDELINES: Party, congress, government, courts, army, public institutions). */
export function isPublicPost(post: Post, publicContext = false): boolean {
  const body = post.title.slice(0, post.title.length - post.rank.length);
  // A Party post is public wherever it is held (集团党委书记); other posts in companies and associations are not.
  if (/[书書][记記]$/.test(post.rank)) return true;
  if (includesAny(body, PRIVATE)) return false;
  if (!GENERIC_RANKS.has(post.rank)) return true;
  // 副主任李明 after 区人大常委会主任王建国: a bare 主任 in an article about a public body is that body's.
  if (body === '') return publicContext;
  return includesAny(body, PUBLIC);
}

/** Bodies whose 主任, 秘书长 and 主席 an article may name without repeating the body. */
const CONTEXT_BODIES = ['人大常委会', '人大', '政协', '常委会'];

/** A Chinese name (surname + one or two characters) starting at `p`, or undefined. */
export function chineseNameAt(text: string, p: number): string | undefined {
  const s = COMPOUND_SURNAMES.has(text.slice(p, p + 2)) ? 2 : SURNAMES.has(text[p] ?? '') ? 1 : 0;
  if (!s) return undefined;
  const c1 = text[p + s];
  const c2 = text[p + s + 1];
  if (!isHan(c1) || NAME_STOP.has(c1 ?? '')) return undefined;
  // 主席和总理: a "surname" followed by a post is a conjunction.
  if (wordStartingAt(text, p + s, RANKS)) return undefined;
  if (NON_NAME.has(text.slice(p, p + 2))) return undefined;
  // 行政长官和特区政府, 主任由全国人民代表大会: a conjunction or preposition that doubles as a surname
  // starts a name only when the name then visibly ends.
  if (s === 1 && FUNCTION_CHARS.has(text[p] ?? '')) {
    const after = text[p + 3];
    if (!isHan(c2) || NAME_STOP.has(c2 ?? '') || NAME_END.has(c2 ?? '')) return undefined;
    if (isHan(after) && !NAME_END.has(after ?? '') && !FOLLOW_WORDS.has(text.slice(p + 3, p + 5)))
      return undefined;
  }
  // 书记谈发展, 局长高度重视: a surname that is also a common word starts a three-character name only when
  // the name then visibly ends.
  if (s === 1 && AMBIGUOUS_SURNAMES.has(text[p] ?? '') && isHan(c2) && !NAME_END.has(c2 ?? '')) {
    const after = text[p + 3];
    if (isHan(after) && !NAME_END.has(after ?? '') && !FOLLOW_WORDS.has(text.slice(p + 3, p + 5)))
      return undefined;
  }
  // A given name that is a common word (主任由全国…, 由国家…) is not a given name.
  if (NON_GIVEN.has(text.slice(p + s, p + s + 2))) return undefined;
  const short = text.slice(p, p + s + 1);
  const long = text.slice(p, p + s + 2);
  // 赛区长沙赛区, 口区长丰街道: a rank inside a place name, followed by the rest of a place name.
  if (PLACE_SUFFIX.test(text.slice(p + s, p + s + 3))) return undefined;
  // 韩俊先后发言: the word after a one-character given name starts at its second character.
  const nextWord = text.slice(p + s + 1, p + s + 3);
  let name = !isHan(c2) || NAME_END.has(c2 ?? '') || FOLLOW_WORDS.has(nextWord) ? short : long;
  if (name === long && occurrences(text, long).length === 1) {
    // 李强调研: the two-character form stands alone elsewhere, so the third character is not part of it.
    const alone = occurrences(text, short).some(
      (i) => i !== p && (!isHan(text[i + short.length]) || NAME_END.has(text[i + short.length] ?? '')),
    );
    if (alone) name = short;
  }
  return name;
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
  if (chinese) return chinese;
  const rare = rareSurnameNameAt(text, p, chain);
  if (rare) return rare;
  // No surname: a transliterated name, if the word after it starts cleanly (纳诺15日, 若斯潘突然).
  if (foreign) {
    const next = text[p + foreign.length];
    if (
      !isHan(next) ||
      NAME_END.has(next ?? '') ||
      FOLLOW_WORDS.has(text.slice(p + foreign.length, p + foreign.length + 2))
    )
      return foreign;
    if (foreign.length >= 3) return foreign;
  }
  return undefined;
}

/** 主席汲斌昌: a surname missing from the list, accepted when the same three characters recur as a name. */
function rareSurnameNameAt(text: string, p: number, chain: Post[]): string | undefined {
  if (!chain.some((post) => !GENERIC_RANKS.has(post.rank))) return undefined;
  const cand = text.slice(p, p + 3);
  if (cand.length < 3 || ![...cand].every((c) => isHan(c) && !NAME_STOP.has(c) && !NAME_END.has(c)))
    return undefined;
  if (NON_NAME.has(cand.slice(0, 2)) || wordStartingAt(text, p, RANKS)) return undefined;
  const at = occurrences(text, cand);
  const clean = at.filter(
    (i) =>
      !isHan(text[i + 3]) || NAME_END.has(text[i + 3] ?? '') || FOLLOW_WORDS.has(text.slice(i + 3, i + 5)),
  );
  // Written twice as a name, or once with a word such as 日前 or 表示 plainly starting after it (部长怀进鹏日前表示).
  if (at.length >= 2 && clean.length >= 2) return cand;
  return FOLLOW_WORDS.has(text.slice(p + 3, p + 5)) ? cand : undefined;
}

/** The posts written before `end` and joined by 、 , or 兼 (县委常委、政法委书记), first one first. */
function postChain(text: string, end: number): Post[] {
  const chain: Post[] = [];
  let at = end;
  for (;;) {
    const post = postEndingAt(text, at);
    if (!post || post.title.length === 0) break;
    chain.unshift(post);
    const sep = text[post.start - 1];
    if (sep === undefined || !'、,，兼'.includes(sep)) break;
    if (!wordEndingAt(text, post.start - 1, RANKS)) break;
    at = post.start - 1;
  }
  return chain;
}

/** A name in a list after a shared post (副主任吴军、朱兴元): only when nothing but the name follows. */
function listedNameAt(text: string, p: number): string | undefined {
  const name = chineseNameAt(text, p);
  if (!name) return undefined;
  const next = text[p + name.length] ?? '';
  if (wordStartingAt(text, p + name.length, RANKS)) return undefined;
  if (isHan(next) && !NAME_END.has(next)) return undefined;
  return name;
}

/** A name written right before a rank (习近平总书记), or undefined. */
function nameBeforeRank(text: string, rankStart: number): string | undefined {
  for (const len of [4, 3, 2]) {
    const p = rankStart - len;
    if (p < 0) continue;
    const cand = text.slice(p, rankStart);
    if (![...cand].every(isHan)) continue;
    const s = COMPOUND_SURNAMES.has(cand.slice(0, 2)) ? 2 : SURNAMES.has(cand[0] ?? '') ? 1 : 0;
    if (!s || len - s < 1 || len - s > 2) continue;
    if (FUNCTION_CHARS.has(cand[0] ?? '')) continue;
    // 保加利亚总理, 克莱斯蒂尔总统: the tail of a longer transliteration or a country, not a name.
    const prev = text[p - 1];
    if (prev && TRANSLIT.has(prev) && TRANSLIT.has(cand[0] ?? '')) continue;
    if (
      COUNTRIES.some((c) => c.length >= 2 && text.slice(Math.max(0, rankStart - c.length), rankStart) === c)
    )
      continue;
    if ([...cand.slice(s)].some((c) => '联会协团盟社司队'.includes(c))) continue;
    if ([...cand.slice(s)].some((c) => NAME_STOP.has(c))) continue;
    if (NON_NAME.has(cand.slice(0, 2)) || NON_NAME.has(cand.slice(-2)) || NON_GIVEN.has(cand.slice(s)))
      continue;
    return cand;
  }
  return undefined;
}

/** Officials named with a post in `text`, with the position of the name where the post is given. */
export function findOfficialHits(text: string): OfficialHit[] {
  const hits: OfficialHit[] = [];
  const context = includesAny(text, CONTEXT_BODIES);
  const isPublic = (p: Post): boolean => isPublicPost(p, context);
  for (const m of text.matchAll(RANK_RE)) {
    const end = m.index + m[0].length;
    // 部长官李揆成, 州长官邸: the rank's last character starts another word.
    if (RANK_OVERLAP.has(text.slice(end - 1, end + 1))) continue;
    const chain = postChain(text, end);
    // 几位副县长, 每位县长, 4名部长: a post counted or quantified names a class, not a person.
    const lead = chain[0] ? text.slice(Math.max(0, chain[0].start - 3), chain[0].start + 2) : '';
    if (QUANTIFIED.test(lead)) continue;
    const publicChain = chain.length > 0 && chain.some(isPublic);
    // 党委书记、董事长: a bare post after a public one is held in the same body; 某公司董事长 is not public.
    const titles = chain
      .filter(
        (p) =>
          isPublic(p) ||
          (p.title === p.rank && chain.some((q) => q !== p && isPublic(q) && !GENERIC_RANKS.has(q.rank))),
      )
      .map((p) => p.title);
    let at = end;
    let name = publicChain ? nameAfterPost(text, end, chain) : undefined;
    if (!name && publicChain && (text[end] === ' ' || text[end] === '\u3000')) {
      // 市委书记 张三（左二）: captions put a space between post and name; the name must then stand alone.
      const spaced = nameAfterPost(text, end + 1, chain);
      const next = spaced ? text[end + 1 + spaced.length] : undefined;
      if (spaced && (!isHan(next) || NAME_END.has(next ?? ''))) {
        name = spaced;
        at = end + 1;
      }
    }
    if (name) {
      hits.push({ name, titles, start: at, end: at + name.length });
      // One post shared by a list of names.
      at += name.length;
      while (text[at] === '、') {
        const next = listedNameAt(text, at + 1);
        if (!next) break;
        hits.push({ name: next, titles, start: at + 1, end: at + 1 + next.length });
        at += 1 + next.length;
      }
      continue;
    }
    // 王立新（市人大常委会副主任）: the post in brackets after the name.
    const first = chain[0];
    if (
      publicChain &&
      first &&
      '（('.includes(text[first.start - 1] ?? 'x') &&
      '）)'.includes(text[end] ?? 'x')
    ) {
      const before = nameBeforeRank(text, first.start - 1);
      if (before) {
        hits.push({ name: before, titles, start: first.start - 1 - before.length, end: first.start - 1 });
        continue;
      }
    }
    // Name then post: a national leader or a local official addressed by post (许小波书记).
    const rank = m[0];
    // 吉林省长春市: after a short rank the next word must start, or the "name" is a place.
    const next = text[end];
    if (NAME_THEN_RANKS.has(rank) && (rank.length >= 3 || !isHan(next) || NAME_END.has(next ?? ''))) {
      const before = nameBeforeRank(text, m.index);
      if (before) hits.push({ name: before, titles: [rank], start: m.index - before.length, end: m.index });
    }
  }
  return hits;
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
