// Reading a post or a meeting's name into its parts: the cheapest split into known words (bodies,
// subjects, levels, places, countries, numbers), places read from a name and the word for their
// level (天宁 + 区), and runs of unknown characters, which cost most. A name is a few dozen
// characters at most, so the dynamic programme is tiny.
import { parseNumber } from '../detect/dates';
import { BODIES, COUNTRIES, LEVELS, PLACES, TOPICS, plainKeys, type Body, type Level } from './lexicon';

export type Token =
  | { type: 'body'; zh: string; body: Body }
  | { type: 'topic'; zh: string; en: string }
  | { type: 'level'; zh: string; level: Level }
  /** A place: its name as written and the level written after it, if any. */
  | { type: 'place'; zh: string; name: string; level: Level | null }
  | { type: 'country'; zh: string; en: string }
  | { type: 'num'; zh: string; n: number; unit: string }
  /** A word the caller gives (a meeting word, a qualifier such as 原), with what it stands for. */
  | { type: 'word'; zh: string; key: string }
  | { type: 'latin'; zh: string }
  | { type: 'unknown'; zh: string };

export type Dictionary = ReadonlyMap<string, Token>;

/** The words for a level: a place's name does not end with one (杨浦区区长 is 杨浦 + 区 + 区长), though it may start with one (镇坪县). */
const LEVEL_CHARS = /[省市区县镇乡村]/;
/** What never starts a place's name: a joining character, or a level's own word (中央, 全国). */
const NOT_A_NAME = /^(?:[与及的暨等、]|中央|全国|国家|街道)/;
const HAN = /^[\u3400-\u9fff]+$/;
const NUM = /^第?([〇零一二三四五六七八九十两\d]{1,4})(届|次|中|年|大)/;
const LATIN = /^[A-Za-z0-9][A-Za-z0-9 .&-]*/;
const MAX_UNKNOWN = 8;

/** The words every reading knows: bodies, subjects, levels, places and countries. */
export function baseDictionary(extra: Iterable<readonly [string, Token]> = []): Map<string, Token> {
  const d = new Map<string, Token>();
  for (const zh of plainKeys(TOPICS)) d.set(zh, { type: 'topic', zh, en: TOPICS.get(zh) ?? '' });
  for (const [zh, en] of COUNTRIES) d.set(zh, { type: 'country', zh, en });
  for (const zh of PLACES.keys()) d.set(zh, { type: 'place', zh, name: zh, level: null });
  for (const [zh, level] of LEVELS) d.set(zh, { type: 'level', zh, level });
  for (const zh of plainKeys(BODIES)) {
    const body = BODIES.get(zh);
    if (body) d.set(zh, { type: 'body', zh, body });
  }
  for (const [zh, t] of extra) d.set(zh, t);
  return d;
}

const LEVEL_KEYS = [...LEVELS.keys()].sort((a, b) => b.length - a.length);

/** What a place name of this length costs: two characters is the usual length, four is rare. */
const placeCost = (name: string): number =>
  PLACES.has(name) ? 1.5 : ([0, 1.6, 1.5, 3.5, 7][name.length] ?? Infinity);

/** The lengths of a dictionary's words, by their first character: a look-up tries only those. */
const lengthsByFirst = new WeakMap<Dictionary, Map<string, number[]>>();

function lengthsOf(dict: Dictionary): Map<string, number[]> {
  let m = lengthsByFirst.get(dict);
  if (!m) {
    m = new Map();
    for (const k of dict.keys()) {
      const first = k[0] ?? '';
      const lengths = m.get(first) ?? [];
      if (!lengths.includes(k.length)) lengths.push(k.length);
      m.set(first, lengths);
    }
    lengthsByFirst.set(dict, m);
  }
  return m;
}

/** The words for a level by their first character, longest first. */
const LEVELS_BY_FIRST = new Map<string, string[]>();
for (const k of LEVEL_KEYS) LEVELS_BY_FIRST.set(k[0] ?? '', [...(LEVELS_BY_FIRST.get(k[0] ?? '') ?? []), k]);
const NUM_START = /[第〇零一二三四五六七八九十两\d]/;

/** Reaches `to` at `total` through `t`, if that is cheaper than the best way there so far. */
function take(cost: number[], back: (Token | undefined)[], to: number, total: number, t: Token): void {
  if (total < (cost[to] ?? Infinity)) {
    cost[to] = total;
    back[to] = t;
  }
}

/** The cheapest reading of `s` into tokens. */
export function segment(s: string, dict: Dictionary): Token[] {
  const lengths = lengthsOf(dict);
  const n = s.length;
  const han: boolean[] = [];
  const level: boolean[] = [];
  for (let i = 0; i < n; i++) {
    han.push(HAN.test(s[i] ?? ''));
    level.push(LEVEL_CHARS.test(s[i] ?? ''));
  }
  const cost: number[] = new Array<number>(n + 1).fill(Infinity);
  const back: (Token | undefined)[] = new Array<Token | undefined>(n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = cost[i] ?? Infinity;
    if (here === Infinity) continue;
    // No closures in this loop: it runs for every character of every post a page names.
    const c0 = s[i] ?? '';
    for (const len of lengths.get(c0) ?? []) {
      if (i + len > n || here + 1 >= (cost[i + len] ?? Infinity)) continue;
      const t = dict.get(s.slice(i, i + len));
      if (t) take(cost, back, i + len, here + 1, t);
    }
    if (NUM_START.test(c0)) {
      const num = NUM.exec(s.slice(i));
      const value = num ? parseNumber(num[1] ?? '') : NaN;
      if (num && !Number.isNaN(value))
        take(cost, back, i + num[0].length, here + 1, {
          type: 'num',
          zh: num[0],
          n: value,
          unit: num[2] ?? '',
        });
    }
    if (!han[i]) {
      const latin = LATIN.exec(s.slice(i))?.[0].trimEnd();
      if (latin) take(cost, back, i + latin.length, here + 1, { type: 'latin', zh: latin });
      // Anything else (a mark, a bracket) is skipped at the price of an unknown character.
      else take(cost, back, i + 1, here + 3.5, { type: 'unknown', zh: c0 });
      continue;
    }
    if (level[i]) take(cost, back, i + 1, here + 3.5, { type: 'unknown', zh: c0 });
    for (let len = 1; len <= 4 && i + len < n && han[i + len - 1]; len++) {
      if (len === 1 && NOT_A_NAME.test(s.slice(i, i + 2))) break;
      if (level[i + len - 1]) continue;
      for (const suffix of LEVELS_BY_FIRST.get(s[i + len] ?? '') ?? []) {
        if (!s.startsWith(suffix, i + len)) continue;
        const name = s.slice(i, i + len);
        const lv = LEVELS.get(suffix);
        if (lv && lv.noun.includes('{}'))
          take(cost, back, i + len + suffix.length, here + placeCost(name), {
            type: 'place',
            zh: name + suffix,
            name,
            level: lv,
          });
        break;
      }
    }
    // An unknown run costs more than any reading in known words, and never swallows a level's word.
    for (let len = 1; len <= MAX_UNKNOWN && i + len <= n && han[i + len - 1] && !level[i + len - 1]; len++)
      if (here + 2 + 1.5 * len < (cost[i + len] ?? Infinity))
        take(cost, back, i + len, here + 2 + 1.5 * len, { type: 'unknown', zh: s.slice(i, i + len) });
  }
  const out: Token[] = [];
  for (let j = n; j > 0;) {
    const t = back[j];
    if (!t) return [{ type: 'unknown', zh: s }];
    out.push(t);
    j -= t.zh.length;
  }
  return out.reverse();
}
