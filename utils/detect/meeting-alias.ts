// One meeting written two ways (GUIDELINES, "One meeting, two written forms"): 市政府第37次常务会议 and
// 市十八届人民政府第37次常务会议, 渝中区政协十五届四次会议 and 政协重庆市渝中区第十五届委员会第四次会议.
// A name is read into its parts (place, body, term, ordinals, topic, kind); two names are one meeting
// when no part that both give differs.
import * as L from './data/lists';
import { parseNumber } from './dates';

export interface MeetingParts {
  /** The place as written (重庆市渝中区, 渝中区, 市), '' when none. */
  place: string;
  /** The level of the place: its last character (省, 市, 区 …), 全国 or 中央; '' when none. */
  level: string;
  /** The convening bodies, in a fixed order (人大, 政协常委会, 委 …). */
  organs: string;
  /** 主席团, 代表团: the part of a session that met. */
  sub: string;
  term: number | null;
  year: number | null;
  /** The ordinals (次, 中), in order: 五届人大三次会议主席团第四次会议 → [3, 4]. */
  nums: number[];
  topic: string;
  kind: string;
}

// Long forms written the short way, so that both read alike.
const LONG_FORMS: readonly (readonly [RegExp, string])[] = [
  [/中国人民政治协商会议/g, '政协'],
  [/人民代表大会常务委员会|人大常务委员会/g, '人大常委会'],
  [/人民代表大会/g, '人大'],
  [/常务委员会/g, '常委会'],
  [/人民政府/g, '政府'],
  [/中国共产党|中共/g, '中共'],
  [/共产主义青年团/g, '共青团'],
  [/[“”"‘’「」《》()（）\s]/g, ''],
];
const CN_RUN = /第?([〇零一二三四五六七八九十百两\d]+)(届|次|中|年)/g;
/** Bodies, longest first; 主席团 and 代表团 are parts of a session. */
const ORGANS = [
  '政治局常委会',
  '人大常委会',
  '政协常委会',
  '委常委会',
  '理论学习中心组',
  '中心组',
  '国务院',
  '政治局',
  '立法会',
  '主席团',
  '代表团',
  '人大',
  '政协',
  '政府',
  '党组',
  '常委会',
  '常委',
  '委',
];
const SUBS = new Set(['主席团', '代表团']);
const COMPOUND_ORGANS = new Map([
  ['人大常委会', ['人大', '常委会']],
  ['政协常委会', ['政协', '常委会']],
]);
/** Kinds written two ways (工作会 and 工作会议, 全会 and 全体会议). */
const KIND_FORMS: readonly (readonly [RegExp, string])[] = [
  [/全会$/, '全体会议'],
  [/常委会议$/, '常委会会议'],
  [/(工作|预备|党组|扩大|办公|例)会$/, '$1会议'],
];
const GENERIC_KINDS = new Set(L.meetingGenericHeads);
const LEVEL = /(?:全国|中央|[省市县区州镇乡盟旗])$/;

function normalize(name: string): string {
  // 党的二十大 is 中国共产党第二十次全国代表大会 said short.
  let s = name.replace(/^党的([一二三四五六七八九十]+)大$/, '中共第$1次全国代表大会');
  for (const [re, to] of LONG_FORMS) s = s.replace(re, to);
  s = s.replace(CN_RUN, (whole, n: string, unit: string) => {
    const v = parseNumber(n);
    return Number.isNaN(v) ? whole : `${v}${unit}`;
  });
  // 政协湖南省第十二届委员会 → 湖南省12届政协; 中共阜城县第十四届委员会 → 阜城县委14届.
  s = s.replace(/政协(.*?)(\d+届)委员会/, '$1$2政协');
  // 政协第十四届全国委员会 → 全国14届政协: the national committee writes its place after the term.
  s = s.replace(/政协(\d+届)全国委员会/, '全国$1政协');
  s = s.replace(/中共(.*?)(\d+届)委员会/, '$1委$2');
  return s.replace(/^中共(?=.*委)/, '');
}

// An article asks for the parts of the same few names again and again (each mention, each merge).
const known = new WeakMap<readonly string[], Map<string, MeetingParts>>();

/** The parts of a meeting's name, `kind` being its head (会议, 常务会议, 座谈会 …) as `heads` knows it. */
export function meetingParts(name: string, heads: readonly string[]): MeetingParts {
  let cache = known.get(heads);
  if (!cache) known.set(heads, (cache = new Map()));
  let parts = cache.get(name);
  if (!parts) {
    if (cache.size > 512) cache.clear();
    parts = readParts(name, heads);
    cache.set(name, parts);
  }
  return parts;
}

function readParts(name: string, heads: readonly string[]): MeetingParts {
  let s = normalize(name);
  let kind = heads.find((h) => s.endsWith(h)) ?? '';
  s = s.slice(0, s.length - kind.length);
  // 常委扩大会议, 党组会议: the body in the kind word is a body like any other (县委常委(扩大)会).
  const bodyInKind = /^(?:常委会|常委|党组)(?=.{2})/.exec(kind)?.[0] ?? '';
  s += bodyInKind;
  kind = kind.slice(bodyInKind.length);
  for (const [re, to] of KIND_FORMS) kind = kind.replace(re, to);
  const nums: number[] = [];
  let term: number | null = null;
  let year: number | null = null;
  s = s.replace(/(\d+)(届|次|中|年)/g, (_, n: string, unit: string) => {
    if (unit === '届') term = Number(n);
    else if (unit === '年') year = Number(n);
    else nums.push(Number(n));
    return '\uE000';
  });
  // The session's own 会议 inside a part of it (…四次会议主席团常务主席会议).
  s = s.replace(/\uE000会议/g, '\uE000');
  const organs: string[] = [];
  let sub = '';
  let place = '';
  let firstOrgan = -1;
  for (const o of ORGANS) {
    for (let i = s.indexOf(o); i >= 0; i = s.indexOf(o, i + 1)) {
      if (SUBS.has(o)) sub = o;
      else organs.push(o);
      if (firstOrgan < 0 || i < firstOrgan) firstOrgan = i;
      s = s.slice(0, i) + '\uE000'.repeat(o.length) + s.slice(i + o.length);
    }
  }
  const head = (firstOrgan >= 0 ? s.slice(0, firstOrgan) : s).replace(/\uE000/g, '');
  // A place stands before a body (衡山县人大…); without one, 杭州峰会 is a topic.
  if (firstOrgan >= 0 && head.length <= 8 && LEVEL.test(head)) place = head;
  else place = /^(?:全国|中央)/.exec(head)?.[0] ?? '';
  const topic = s.replace(/\uE000/g, '').slice(place.length);
  const level = /(?:全国|中央)$/.exec(place)?.[0] ?? place.slice(-1);
  // 全国政协十四届常委会 writes apart what 政协…常务委员会 writes together: compare them by their parts.
  const split = organs.flatMap((o) => COMPOUND_ORGANS.get(o) ?? [o]);
  return { place, level, organs: [...new Set(split)].sort().join('+'), sub, term, year, nums, topic, kind };
}

/** Whether `short` can be read through `long` in order (中美元首 through 中美元首旧金山). */
const isSubsequence = (short: string, long: string): boolean => {
  let j = 0;
  for (const c of long) if (c === short[j]) j++;
  return j === short.length;
};

const endsWithArray = (long: number[], short: number[]): boolean =>
  short.every((n, i) => long[long.length - short.length + i] === n);

/**
 * Whether two names are one meeting. `anyTopic`: the two are the headline's event and the one the lead
 * reports held, so a topic written two ways (养老服务工作专题询问会, 《…决定》贯彻落实情况专题询问会) is no
 * difference.
 */
const organsOf = (p: MeetingParts): string[] => p.organs.split('+').filter(Boolean);

/**
 * 七届八次常委会议 for 市政协七届八次常委会议: a name without a place that leaves out part of the body,
 * numbered as the other is (a term or an ordinal, which the caller then compares).
 */
function shortBody(short: MeetingParts, full: MeetingParts): boolean {
  if (short.place || (short.term === null && !short.nums.length)) return false;
  const organs = new Set(organsOf(full));
  return organsOf(short).every((o) => organs.has(o));
}

export function samePartsMeeting(a: MeetingParts, b: MeetingParts, anyTopic = false): boolean {
  if (a.kind !== b.kind || !a.kind) return false;
  // A part given by both must agree; a part left out by one is not a difference.
  const opt = <T>(x: T | null | '', y: T | null | ''): boolean => !x || !y || x === y;
  if (!opt(a.level, b.level) || !opt(a.term, b.term) || !opt(a.year, b.year)) return false;
  if (a.place.length > 1 && b.place.length > 1 && !a.place.endsWith(b.place) && !b.place.endsWith(a.place))
    return false;
  const bare = (p: MeetingParts): boolean => !p.organs && !p.place;
  if (a.organs !== b.organs && !bare(a) && !bare(b) && !shortBody(a, b) && !shortBody(b, a)) return false;
  // A name without its body (十一届三中全会) is another's short form only if that one gives the same
  // term and ordinals (not 省委全会).
  if (bare(a) !== bare(b)) {
    const [short, full] = bare(a) ? [a, b] : [b, a];
    if (short.term !== null && full.term === null) return false;
    if (short.nums.length && !full.nums.length) return false;
  }
  if (a.sub !== b.sub && a.sub && b.sub) return false;
  // 第三次全体会议 is the last part of 金山区…第六次会议第三次全体会议.
  const [fewer, more] = a.nums.length <= b.nums.length ? [a, b] : [b, a];
  if (fewer.nums.length) {
    const tail = endsWithArray(more.nums, fewer.nums);
    if (!tail || (fewer.nums.length < more.nums.length && !bare(fewer))) return false;
  }
  if (anyTopic || a.topic === b.topic) return true;
  // 座谈会 is the 汇报座谈会 named again; but 专题会议 is not 十四届全国人大二次会议.
  if (!a.topic || !b.topic) return !GENERIC_KINDS.has(a.kind);
  const [t1, t2] = a.topic.length <= b.topic.length ? [a.topic, b.topic] : [b.topic, a.topic];
  return isSubsequence(t1, t2);
}
