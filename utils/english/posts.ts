// Posts in English, built from their parts: the rank and its qualifiers (原 former, 代 acting, 常务
// executive, 第一 first, 副 deputy), then the bodies it belongs to from the nearest out, each with
// its place in pinyin and its level (上海市交通委主任 → "Director, Shanghai Municipal Transport
// Commission"). Words no table knows are names: they are written in pinyin, so no Chinese is left.
import { toSimplified } from '../core/script';
import * as L from '../detect/data/lists';
import { BODIES, RANKS, fillIn, plainKeys, type Body, type Level } from './lexicon';
import { properName } from './pinyin';
import { placeAdjective, placeName, placeNoun } from './places';
import { memo } from './memo';
import { baseDictionary, segment, type Token } from './segment';

/** The ranks by their last character, longest first: a post is read from its end. */
const RANKS_BY_LAST = new Map<string, string[]>();
for (const k of plainKeys(RANKS).sort((a, b) => b.length - a.length))
  RANKS_BY_LAST.set(k.slice(-1), [...(RANKS_BY_LAST.get(k.slice(-1)) ?? []), k]);
/** Qualifiers written before a rank, outermost last (常务副市长 is an executive vice-mayor). */
const QUALIFIERS: readonly (readonly [string, string])[] = [
  ['常务', 'Executive'],
  ['代理', 'Acting'],
  ['代', 'Acting'],
  ['第一', 'First'],
];

// Long forms written the short way, so that one table row reads both (as utils/detect/meeting-alias.ts does).
const LONG_FORMS: readonly (readonly [RegExp, string])[] = [
  [/中国人民政治协商会议/g, '政协'],
  [/人民代表大会常务委员会/g, '人大常委会'],
  [/人民代表大会/g, '人大'],
  [/常务委员会/g, '常委会'],
  [/中国共产党/g, '中共'],
  [/中共中央委员会/g, '中共中央'],
  // 政协第十二届山西省委员会 → 山西省十二届政协; 中共阜城县第十四届委员会 → 阜城县十四届委.
  [/政协(第?[〇零一二三四五六七八九十两\d]+届)(.*?)委员会/, '$2$1政协'],
  [/中共(.*?)(第?[〇零一二三四五六七八九十两\d]+届)委员会/, '$1$2委'],
];

// 原 and 前: the post was held before (原中央党校副校长, 市政协原党组书记).
const DICTIONARY = baseDictionary([
  ['原', { type: 'word', zh: '原', key: 'former' }],
  ['前', { type: 'word', zh: '前', key: 'former' }],
  ['中共', { type: 'word', zh: '中共', key: 'party' }],
  ['届', { type: 'word', zh: '届', key: 'none' }],
  ['第一', { type: 'topic', zh: '第一', en: 'First' }],
]);

/** Transliteration characters: a long run of them is a foreign name (约翰逊), left out rather than read in pinyin. */
const TRANSLIT = new Set(L.translitChars);
const isTransliteration = (zh: string): boolean => zh.length >= 3 && [...zh].every((c) => TRANSLIT.has(c));

interface Place {
  zh: string;
  level: Level | null;
  /** The English, when the place was read from words before it (佛山 in 佛山顺德区). */
  en?: string;
}

interface Unit {
  places: Place[];
  /** Subjects and names written before the body (应急管理 in 应急管理局). */
  words: string[];
  /** Whether `words` holds only subjects (治安 in 治安主任), not names. */
  subjectsOnly: boolean;
  term: number | null;
  body: Body | null;
  /** Parts of the body written after it (常委会 in 人大常委会). */
  subs: Body[];
  country: string | null;
}

const emptyUnit = (): Unit => ({
  places: [],
  words: [],
  subjectsOnly: true,
  term: null,
  body: null,
  subs: [],
  country: null,
});
const isEmpty = (u: Unit): boolean => !u.places.length && !u.words.length && !u.country && u.term === null;

export const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** The bodies of a post (the title without its rank), as units from the outermost in. */
function readUnits(tokens: readonly Token[]): { units: Unit[]; former: boolean } {
  const units: Unit[] = [];
  let cur = emptyUnit();
  let former = false;
  const close = (body: Body | null): void => {
    cur.body = body;
    units.push(cur);
    cur = emptyUnit();
  };
  for (const t of tokens) {
    if (t.type === 'word') former ||= t.key === 'former';
    else if (t.type === 'num') {
      if (t.unit === '届') cur.term = t.n;
    } else if (t.type === 'place') {
      // 佛山顺德区: words before a place are the name of a larger place.
      if (cur.words.length && !cur.places.length)
        cur.places.push({ zh: '', level: null, en: cur.words.join(' ') });
      if (cur.words.length) cur.words = [];
      cur.places.push({ zh: t.name, level: t.level });
    } else if (t.type === 'level') {
      const last = cur.places[cur.places.length - 1];
      // 沙浦镇镇党委: the level written again after the place's name.
      if (last?.level?.zh === t.zh && !cur.words.length) continue;
      // 九三学社中央: the central committee of the body before it.
      if (t.zh === '中央' && isEmpty(cur) && units.length)
        close({ zh: '中央', en: 'Central Committee', kind: 'org' });
      else cur.places.push({ zh: '', level: t.level });
    } else if (t.type === 'country') cur.country = t.en;
    else if (t.type === 'topic') cur.words.push(t.en);
    else if (t.type === 'unknown' || t.type === 'latin') {
      if (t.type === 'unknown' && (isTransliteration(t.zh) || !/[\u3400-\u9fff]/.test(t.zh))) continue;
      cur.words.push(t.type === 'latin' ? t.zh : properName(t.zh));
      cur.subjectsOnly = false;
    } else if (t.body.kind === 'sub' && isEmpty(cur) && units.length)
      units[units.length - 1]?.subs.push(t.body);
    else close(t.body);
  }
  if (!isEmpty(cur)) units.push(cur);
  return { units, former };
}

/** The body as this unit has it: 委 after a subject is a commission, 部 with no place a ministry. */
function resolveBody(u: Unit, inCongress: boolean, first: boolean): { body: Body; key: string } | null {
  const body = u.body;
  if (!body) return null;
  const ctx = (key: string): { body: Body; key: string } | null => {
    const b = BODIES.get(`${body.zh}@${key}`);
    return b ? { body: b, key: `${body.zh}@${key}` } : null;
  };
  if (body.zh === '委' && u.words.length) return (inCongress ? ctx('congress') : null) ?? ctx('topic');
  if (body.zh === '部' && u.words.length && first && !u.places.length && !u.country) return ctx('ministry');
  return { body, key: body.zh };
}

/** The English of one unit: its body with place, level, term and subjects; then its outer places. */
function renderUnit(u: Unit, body: Body | null): string[] {
  const places = u.places.map((p) => p.en ?? placeNoun(p.zh, p.level));
  const last = u.places[u.places.length - 1];
  const outer = places.slice(0, -1).reverse();
  if (!body) {
    const own = u.words.length ? [u.words.join(' ')] : [];
    return [...own, ...places.reverse(), ...(u.country ? [u.country] : [])];
  }
  let prefix = '';
  if (last) {
    if (last.en) prefix = last.en;
    else if (body.kind === 'org') prefix = last.zh ? placeName(last.zh) : placeAdjective('', last.level);
    else prefix = placeAdjective(last.zh, last.level);
  }
  let text = [u.term !== null ? ordinal(u.term) : '', prefix, fillIn(body.en, u.words.join(' '))]
    .filter(Boolean)
    .join(' ');
  for (const sub of u.subs) text = fillIn(sub.en, text);
  return [text, ...outer, ...(u.country ? [u.country] : [])];
}

const THE = /^(?:United|Republic|Czech|Dominican|Netherlands|Philippines|DPRK|European)\b/;

interface Rank {
  core: string;
  deputy: boolean;
  qualifiers: string[];
}

/** The rank a post ends with, and what is written before it. */
function peelRank(title: string): { rank: Rank; rest: string } | null {
  const core = RANKS_BY_LAST.get(title.slice(-1))?.find((k) => title.endsWith(k));
  if (!core) return null;
  let rest = title.slice(0, -core.length);
  const rank: Rank = { core, deputy: false, qualifiers: [] };
  if (rest.endsWith('副')) {
    rank.deputy = true;
    rest = rest.slice(0, -1);
  }
  // 组织部长: the head of the 组织部, its 部 written once.
  if (core === '部长' && rest && !rest.endsWith('部')) rest += '部';
  for (let again = true; again;) {
    again = false;
    for (const [zh, en] of QUALIFIERS)
      if (rest.endsWith(zh)) {
        rank.qualifiers.unshift(en);
        rest = rest.slice(0, -zh.length);
        again = true;
      }
  }
  return { rank, rest };
}

/** The English of a rank in a context (congress, department, foreign …), or undefined when unknown. */
export function rankEnglish(rank: Rank, context: string | null): string | undefined {
  const look = (k: string): string | undefined =>
    (context ? RANKS.get(`${k}@${context}`) : undefined) ?? RANKS.get(k);
  const core = look(rank.core);
  if (core === undefined) return undefined;
  const en = rank.deputy ? (look(`副${rank.core}`) ?? `Deputy ${core}`) : core;
  return [...rank.qualifiers, en].join(' ');
}

function rankContext(
  units: readonly Unit[],
  holder: { body: Body; key: string } | null,
  inCongress: boolean,
): string | null {
  if (units.some((u) => u.country)) return 'foreign';
  if (!holder) return null;
  const { body, key } = holder;
  // 人大农业农村委, 政协农业和农村委员会: the heads of a congress's committees are chairs too.
  const committee = key === '委@congress' || (body.zh === '委员会' && inCongress);
  if (body.kind === 'congress' || body.kind === 'cppcc' || committee) return 'congress';
  if (body.kind === 'legislature') return 'legislature';
  if (body.zh.endsWith('部') && key !== '部@ministry') return 'department';
  return null;
}

/** The English of a post as written (区委书记 → "Secretary, District Party Committee"), with no Chinese left. */
export const postEnglish = memo(readPost);

function readPost(title: string): string {
  const simplified = toSimplified(title).replace(/\s+/g, '');
  const peeled = peelRank(simplified);
  // No rank: nothing a reader could use is known, and a pinyin transcription of the whole is no gloss.
  if (!peeled) return '';
  let rest = peeled.rest;
  for (const [re, to] of LONG_FORMS) rest = rest.replace(re, to);
  const { units, former } = readUnits(segment(rest, DICTIONARY));
  const inCongress = units.some((u) => u.body?.kind === 'congress' || u.body?.kind === 'cppcc');
  const bodies = units.map((u, i) => resolveBody(u, inCongress, i === 0));
  const holderIndex = bodies.length - 1;
  const holder = bodies[holderIndex] ?? null;
  const chain = units.flatMap((u, i) => renderUnit(u, bodies[i]?.body ?? null).reverse()).reverse();
  const context = rankContext(units, holder, inCongress);
  let rank = rankEnglish(peeled.rank, context) ?? '';
  const only = units.length === 1 ? units[0] : undefined;
  // 全国人大代表: the place or level goes before a rank that names its own body.
  const member = RANKS.get(`${peeled.rank.core}@member`);
  if (member && only && !only.body && !only.words.length && !only.country) {
    const p = only.places[only.places.length - 1];
    const adj = p ? (p.en ?? placeAdjective(p.zh, p.level)) : '';
    const outer = only.places.slice(0, -1).map((q) => q.en ?? placeNoun(q.zh, q.level));
    rank = [...peeled.rank.qualifiers, fillIn(member, adj)].join(' ');
    return [(former ? 'Former ' : '') + rank, ...outer.reverse()].join(', ');
  }
  if (former) rank = `Former ${rank}`;
  if (!chain.length) return rank;
  if (only && !only.body) {
    // 宝山区区长: the head of the place named ("Head of Baoshan District"); 美国总统: "President of the United States".
    const p = only.places[only.places.length - 1];
    const levelWord = p?.level ? p.level.noun.replace('{}', '').trim() : '';
    if (levelWord && rank.endsWith(`${levelWord} Head`)) rank = rank.replace(`${levelWord} Head`, 'Head');
    if (only.words.length && only.subjectsOnly)
      return [`${rank} of ${chain[0]}`, ...chain.slice(1)].join(', ');
    const [first = '', ...more] = chain;
    return [`${rank} of ${THE.test(first) ? 'the ' : ''}${first}`, ...more].join(', ');
  }
  return `${rank}, ${chain.join(', ')}`;
}

/**
 * What of a post no table knows, for the tests that every rank, body and qualifier has its English:
 * the characters read as names (pinyin), and '(rank)' when it ends with no known rank.
 */
export function unknownParts(title: string): string[] {
  const peeled = peelRank(toSimplified(title));
  if (!peeled) return ['(rank)'];
  if (rankEnglish(peeled.rank, null) === undefined) return ['(rank)'];
  let rest = peeled.rest;
  for (const [re, to] of LONG_FORMS) rest = rest.replace(re, to);
  return segment(rest, DICTIONARY)
    .filter((t) => t.type === 'unknown')
    .map((t) => t.zh);
}
