// Meetings named in the text (GUIDELINES.md, "Meetings"), read by a small grammar:
//   [convening body: place, level, 届, organ] [session: N次会议 主席团] [ordinal 第N次] [topic] kind [qualifier]
// A kind word (常务会议, 主任会议, 座谈会, 全会 …) is found first, then the parts before it that name it.
// Words of a clause stop the name: a verb that takes the meeting as its object (做好会议, 宣布大会) is
// not part of it.
import * as L from './data/lists';
import { meetingParts } from './meeting-alias';
import { isHan, longestFirst, wordEndingAt, wordStartingAt } from './text';

export const HEADS = longestFirst(L.meetingHeads);
const RANKS = longestFirst(L.ranks);
/** Institutions whose names end in a meeting word (中国人民政治协商会议). */
const NOT_MEETINGS = L.notMeetings;
const GENERIC_QUALIFIERS = new Set(L.genericMeetingQualifiers);
const STOPS = longestFirst(L.meetingStops);
const STOP_SET = new Set(L.meetingStops);
/** 县政协十届二次会议预备会议: a numbered session's own preparatory meeting, named after it. */
const SESSION_OWN = /^预备会/;
const KIND_SET = new Set(L.meetingHeads);
/** What a meeting hands on, studied after it (会议精神, 会议文件). */
const MEETING_OBJECT = /^(?:精神|文件|内容|部署|要求)/;
/** Verbs that take a meeting as object, stopping a name only right before its kind (做好会议, 经会议研究). */
const OBJECT_VERBS = longestFirst(L.meetingObjectVerbs);
/** Words of a body that hold a stop word (理论学习中心组). */
const NAME_WORDS = longestFirst([...L.meetingNameWords, ...L.countries]);
const BODIES_AFTER = longestFirst(L.meetingBodies);
/** Words that name a kind of meeting before a general meeting word (专题会议, 动员大会). */
const MODIFIERS = new Set(L.meetingModifiers);
/** The plainest meeting words, which say nothing of the meeting's kind (unlike 工作会议). */
const PLAIN_HEADS = new Set(['会议', '大会', '会晤', '会谈', '例会', '年会']);
const CN_NUM = '[一二三四五六七八九十百零〇]';
/** The second characters of words in 经 (经济, 经贸, 经营 …): there 经 is not the preposition "by". */
const JING_WORDS = '济贸营费验典纬理销管开';
/** A plenum: its Party body, then 届 and 中 or 次 ordinals (市委十三届五次全会, 党的十九届四中全会). */
const PLENUM_RE = new RegExp(
  `(?:[\\u3400-\\u9fff]{0,8}?[省市县区州]委|中共[\\u3400-\\u9fff]{0,8}?委|党的)?(?:第?${CN_NUM}+届)?(?:第?${CN_NUM}+[中次])?全会$`,
);
const BODY_LIST_BEFORE = /(?:中央|国务院|[省市县区]委?)$/;
const BODY_LIST_AFTER = /^(?:[省市县区]委?|国务院)/;
/** 贯彻落实情况, 实施情况: after a document's title, what an oversight meeting is about. */
const DOCUMENT_TOPICS = longestFirst(L.meetingDocumentTopics);
/** After a numbered session, these name a part of it (…四次会议主席团, …会议期间): the session is still named. */
const SESSION_PARTS = new Set(L.meetingSessionParts);
/** Words after 会议 that are not 会议 (会议题, 会议程): 座谈会 + 议程, not 座谈会议 + 程. */
const AFTER_YI = '题程案事定论价';
const HEAD_RE = new RegExp(HEADS.map((h) => h.replace(/[()]/g, '\\$&')).join('|'), 'g');
const MAX_NAME = 40;
/** The few characters before `end`: tests anchored at the end stay cheap on long texts. */
const before = (text: string, end: number, span = 16): string =>
  text.slice(Math.max(0, end - span), Math.max(0, end));
/** Heads that name nothing on their own (会上, 会议指出): they need words before them. */
const BARE_NEVER = new Set(L.meetingGenericHeads);
const CONVENE = ['召开', '召集', '举行', '举办'];
const HELD_AFTER =
  /^[^。！？；，,]{0,10}?(?:召开|举行|开幕|闭幕|在[^。！？；，,]{1,8}(?:召开|举行|开幕|闭幕))/;
/** Said of a meeting still to come: 关于召开…, 决定于3月29日召开…, 决定6月4日至6日在北京召开…, …将于12月23日召开. */
const PLANNED_BEFORE =
  /(?:关于|决定于|决定在|决定召开|拟|定于|将于|即将|确定|准备|筹备|建议|提请)[^。；！？]{0,40}$|决定\d{1,2}月\d{1,2}日[^。；！？，]{0,16}(?:召开|举行)$|(?:通过|要|计划|适时|定期|尽快|争取|将|每年|每月|每季度|坚持|经常)(?:召开|举行|举办)$|决定$/;
const PLANNED_AFTER =
  /^(?:[^。！？；，,]{0,4}(?:将于|拟于|定于|将在|即将|召开在即|筹备)|的(?:有关|相关)?(?:决定|决议|事项|建议|通知|时间|安排|议程))/;
/** 召开/举行 right before a name, as a report that it was held (not 在星期三举行的…会议). */
const HELD_BEFORE = /(?:召开|召集|举行|举办)(?:了)?[^的，。]{0,2}$/;
/** The numeral before a stop ending in 次 is an ordinal (第二十一次, 十六届人大一次会议). */
const ORDINAL_END = new RegExp(`(?:第|届|人大|政协|委)${CN_NUM}*$`);
/** 座谈会上: a meeting named by its kind alone, held during the reported event. */
const HELD_DURING = /^上[，,：:]/;
/** 本次常委会会议: the meeting already reported, named again. */
const DEICTIC_BEFORE = /(?:本次|这次|此次|该次|本届|这届|上述)$/;
/** 经主任会议研究, 主任会议提请…: a meeting named as a body that acts. */
const ACTING_BEFORE = /[经由]$/;
const ACTING_AFTER = /^(?:提请|研究|决定|审议|讨论|同意|认为|通过)/;
/** 采取召开座谈会等方式, 区政府党组会等会议: kinds of meeting named as a method or an example. */
const AS_METHOD = /^(?:[^。；！？]{0,12}?等(?:方式|形式|途径|办法|措施)|等(?:会议|活动))/;

export interface MeetingHit {
  name: string;
  start: number;
  end: number;
  /** True when the text says the meeting was held (召开, 举行, 座谈会上) rather than only naming it. */
  convened: boolean;
  /** True when the text speaks of it as still to come (关于召开…, …将于…召开) or as a body that acts. */
  referred: boolean;
}

/** Whether `c` is one of the characters of `set` (never true of a position past either end). */
const isOneOf = (set: string, c: string | undefined): boolean =>
  c !== undefined && c !== '' && set.includes(c);

const isNameChar = (c: string | undefined): boolean =>
  isHan(c) || (c !== undefined && /[A-Za-z0-9“”‘’]/.test(c));

/**
 * 学习(扩大)会议: a qualifier in brackets written inside a kind (学习会) whose first word, a verb,
 * would otherwise stop the name there. The length of that word before `b`, or 0.
 */
function splitKind(text: string, b: number, headStart: number): number {
  const aside = /^[(（][\u3400-\u9fff]{1,4}[)）]/.exec(text.slice(b, headStart + 8))?.[0];
  if (!aside) return 0;
  const word = wordEndingAt(text, b, STOPS);
  return word && KIND_SET.has(`${word}${text[b + aside.length] ?? ''}`) ? word.length : 0;
}

/** The start of the words naming the meeting whose head starts at `headStart`. */
function nameStart(text: string, headStart: number, joint = false): number {
  let b = headStart - splitKind(text, headStart, headStart);
  let inQuote = false;
  let listAt = -1;
  while (b > headStart - MAX_NAME && b > 0) {
    const c = text[b - 1] ?? '';
    if (c === '”' || c === '’') inQuote = true;
    else if (c === '“' || c === '‘') {
      // An opening quote with no closing one after it: the meeting word is inside a quotation.
      if (!inQuote) break;
      inQuote = false;
    } else if (inQuote) {
      if ('。！？\n'.includes(c)) break;
    } else {
      // A short aside in brackets inside the name: 党组(扩大)会议, 街道(园区)人大工作例会.
      if (c === ')' || c === '）') {
        const aside = /[(（][\u3400-\u9fff]{1,4}[)）]$/.exec(before(text, b, 6));
        if (!aside) break;
        b -= aside[0].length;
        b -= splitKind(text, b, headStart);
        continue;
      }
      // 《…决定》贯彻落实情况专题询问会: a document whose carrying-out is the meeting's topic.
      if (c === '》' && wordStartingAt(text, b, DOCUMENT_TOPICS)) {
        const open = text.lastIndexOf('《', b);
        if (open < 0 || b - open > 30) break;
        b = open;
        continue;
      }
      const word = wordEndingAt(text, b, NAME_WORDS);
      if (word) {
        b -= word.length;
        continue;
      }
      // 中央、省委经济工作会议: bodies listed before the meeting they held together.
      if (
        c === '、' &&
        BODY_LIST_BEFORE.test(before(text, b - 1, 4)) &&
        BODY_LIST_AFTER.test(text.slice(b, b + 3))
      ) {
        // A longer list (中央及省、市、区委…) names several meetings: the last body's is this one.
        if (listAt >= 0) return listAt;
        listAt = b;
        b--;
        continue;
      }
      // 市人大常委会与“一府两院”领导联席会议: the bodies of a joint meeting, joined by 与 or 和.
      if (joint && '与和'.includes(c) && /[会府院委组]$/.test(before(text, b - 1, 2))) {
        b--;
        continue;
      }
      if (!isNameChar(c)) break;
      if (/\d/.test(c)) {
        const run = /\d+$/.exec(before(text, b))?.[0] ?? '';
        // Digits belong to a name as an ordinal (第28次), a year (2020年第7次主任会议) or an
        // anniversary (成立100周年大会).
        const year = run.length === 4 && text[b] === '年';
        if (!year && !text.startsWith('周年', b) && !/第\d+$/.test(before(text, b))) break;
        b -= run.length;
        continue;
      }
      if (b === headStart && wordEndingAt(text, b, OBJECT_VERBS)) break;
      // 十三届全国人大五次会议和全国政协…会议: another meeting's name ends here, unless a part of it
      // follows (…四次会议主席团, …二次会议各代表团) or 暨 joins the two into one (党组会议暨理论学习中心组学习会).
      if (
        b < headStart &&
        wordEndingAt(text, b, HEADS) &&
        !wordStartingAt(text, text[b] === '各' ? b + 1 : b, BODIES_AFTER) &&
        !isOneOf('第暨议', text[b]) &&
        !SESSION_OWN.test(text.slice(b, b + 4))
      )
        break;
      // 二十大和二十届二中全会: two congresses, not one name with 和 inside.
      // 重要讲话和中央…会议精神: what else is cited ends before 和.
      if (
        '和及与'.includes(c) &&
        /(?:大|全会|会议|精神|讲话|指示|批示|要求|部署|文件|报告)$/.test(before(text, b - 1))
      )
        break;
      const stop = wordEndingAt(text, b, STOPS);
      const ordinal = stop?.endsWith('次') && ORDINAL_END.test(before(text, b - 1));
      if (stop && !ordinal) break;
    }
    b--;
  }
  // A conjunction left at the front joined this meeting to the one before it.
  while (b < headStart && isOneOf('和及与暨', text[b])) b++;
  return b;
}

/** Bodies that are part of another and name it only with it (常委, 党组: whose?). */
const PART_ORGANS = new Set(['常委', '常委会', '党组', '中心组', '理论学习中心组']);

/** Whether two characters before a general kind (会议, 大会) can name it (专题, 市委, 四方, 长沙市). */
const twoCharModifier = (w: string): boolean =>
  MODIFIERS.has(w) || /[委府院局组团办室省市县区州镇乡村]$/.test(w) || /[\d一二两三四五六七八九十]/.test(w);

/** 12月中央工作会议: the tail of a date; 经…审判委员会第957次会议: 经 "by" (but 经济工作会议). */
function trimFront(text: string, start: number, headStart: number): number {
  let s = start;
  while (s < headStart && isOneOf('月日号', text[s]) && /[\d一二三四五六七八九十]/.test(text[s - 1] ?? ''))
    s++;
  if (text[s] === '经' && s + 1 < headStart && !isOneOf(JING_WORDS, text[s + 1])) s++;
  return s;
}

/**
 * Whether a name gives its convening body or place (省人大常委会…, 市十八届…), not only a kind and topic.
 * Without a place, a body before 工作 is the topic (人大工作会议: a meeting on the congress's work).
 */
export const hasBody = (name: string): boolean => {
  const p = meetingParts(name, HEADS);
  if (p.place) return true;
  if (/^工作/.test(p.topic + p.kind)) return false;
  // 党委理论学习中心组学习会: whose 党委, the body before 召开 says (镇党委召开…).
  return p.organs.split('+').some((o) => o !== '' && o !== '委' && !PART_ORGANS.has(o));
};

/**
 * The convening body written before 召开/举行 at `verbStart` (区委召开…, 区十六届人大一次会议主席团举行…,
 * …二次会议在大剧院召开…), or null when the subject is a person or nothing names a body.
 */
function convenerBefore(text: string, verbStart: number): { start: number; end: number } | null {
  let end = verbStart;
  const place = /在[^，。；！？,\s]{1,12}$/.exec(before(text, end, 14));
  if (place) end -= place[0].length;
  const time = /(?:上午|下午|晚上|今天|昨天|今日|昨日)$/.exec(before(text, end, 4));
  if (time) end -= time[0].length;
  // A numbered session, or a part of one, holding a meeting of its own (…二次会议召开预备会).
  const part = /(?:主席团|代表团)$/.exec(before(text, end, 3))?.[0] ?? '';
  const head = wordEndingAt(text, end - part.length, HEADS);
  if (head) {
    const s = nameStart(text, end - part.length - head.length);
    return /次会议$/.test(text.slice(s, end - part.length)) ? { start: s, end } : null;
  }
  let b = end;
  while (b > end - 24 && isHan(text[b - 1]) && !wordEndingAt(text, b, STOPS))
    b -= wordEndingAt(text, b, NAME_WORDS)?.length ?? 1;
  // 区人大常委会党组与区政协党组举行了…: one of two bodies alone is not the convener.
  if (isOneOf('与和及、', text[b - 1])) return null;
  const body = text.slice(b, end);
  if (body.length < 2 || !/(?:委|委员会|院|府|局|厅|部|办|室|常委会|党组|中心组|政协|人大)$/.test(body))
    return null;
  // 常州市天宁区委 → 区委: a Party committee goes by its level.
  const level = /[省市区县镇乡]委$/.exec(body);
  return { start: level && body.length > 3 ? end - level[0].length : b, end };
}

/** The body and the meeting's name joined, without a word both write (区人大常委会党组 + 党组(扩大)会议). */
function joinName(body: string, name: string): string {
  for (let k = Math.min(body.length, name.length - 2); k >= 2; k--)
    if (body.endsWith(name.slice(0, k))) return body + name.slice(k);
  return body + name;
}

/** Whether the words from `start` to the end of the head name a meeting, not a thing or a clause. */
function namesAMeeting(text: string, start: number, headStart: number, head: string): boolean {
  const end = headStart + head.length;
  const modifier = text.slice(start, headStart);
  const name = text.slice(start, end);
  // 上级会议, 相关会议: a qualifier that names no meeting.
  // 各项会议: also when a stop word (各) cut the qualifier short.
  if (GENERIC_QUALIFIERS.has(modifier) || GENERIC_QUALIFIERS.has(text.slice(start - 1, headStart)))
    return false;
  // 领会会议精神, 推动大会精神: two characters before a general kind are a verb of the clause,
  // unless they name a body, a place, a number or a kind of meeting (专题会议, 动员大会).
  if (PLAIN_HEADS.has(head) && modifier.length === 2 && !twoCharModifier(modifier)) return false;
  // 精简文件和会议: a list of things, not a meeting's name.
  if (/[和及与、]$/.test(modifier)) return false;
  // 人民代表大会, 职工代表大会: institutions, unless a session is numbered (第十二次全国代表大会).
  if (/代表大会$/.test(name) && !/第.{1,4}次|党的|中国共产党/.test(name)) return false;
  if (NOT_MEETINGS.some((n) => name.endsWith(n))) return false;
  // 全会 is a plenum with its ordinal (十九届四中全会) or a Party committee's (省委全会).
  if (head === '全会' && !/(?:[中次]|[省市县区州]委)全会$/.test(name)) return false;
  if (AS_METHOD.test(text.slice(end, end + 16))) return false;
  // 一次会议至二次会议期间: an ordinal and a kind alone leave out which session is meant;
  // 主持召开了12次专题会议: a count of meetings, not one.
  return !/^[\d一二三四五六七八九十]*次/.test(name);
}

/** Named meetings in `text`, in order. */
export function findMeetingHits(text: string): MeetingHit[] {
  const hits: MeetingHit[] = [];
  for (const m of text.matchAll(HEAD_RE)) {
    let head = m[0];
    let headStart = m.index;
    // 交流会议, 人大会议: the head runs on into 议 (but 座谈会议程 is 座谈会 + 议程).
    if (head.endsWith('会') && text[headStart + head.length] === '议') {
      if (!isOneOf(AFTER_YI, text[headStart + head.length + 1])) head += '议';
    }
    // 学习会议精神, 学习会议文件: a verb and what a meeting gave, not a 学习会.
    if (
      head.length > 2 &&
      head.endsWith('会议') &&
      STOP_SET.has(head.slice(0, -2)) &&
      MEETING_OBJECT.test(text.slice(headStart + head.length, headStart + head.length + 2))
    ) {
      headStart += head.length - 2;
      head = '会议';
    }
    const end = headStart + head.length;
    let start = trimFront(text, nameStart(text, headStart, head === '联席会议'), headStart);
    // 深入宣传十一届三中全会: a plenum's name is its body and ordinals, nothing of the clause before.
    if (head === '全会') start = end - (PLENUM_RE.exec(text.slice(start, end))?.[0].length ?? end - start);
    // A numbered session, or a numbered congress (中国共产党第二十次全国代表大会秘书处): its parts follow it.
    const numbered = /次会议$|第[^第次]{1,4}次[^次]{0,8}代表大会$/.test(text.slice(start, end));
    const follower = wordStartingAt(text, end, BODIES_AFTER);
    // 人民代表大会制度, 全国人民代表大会常务委员会: a body, not a meeting.
    const part = numbered && follower !== undefined && SESSION_PARTS.has(follower);
    if (follower && !part) continue;
    // 论坛主席: a forum with a chair is an organisation (but …一次会议主席团 is the session's presidium).
    if (!part && wordStartingAt(text, end, RANKS)) continue;
    // 国会议长, 国会议员: the meeting word's last character starts a post.
    if (wordStartingAt(text, end - 1, RANKS) || text[end] === '员') continue;
    if (!namesAMeeting(text, start, headStart, head)) continue;
    const name = text.slice(start, end);
    const verb = CONVENE.find((w) =>
      before(text, start, w.length + 2)
        .replace(/了$/, '')
        .endsWith(w),
    );
    // Named inside a document's title (《关于召开…会议的决定》): referred to, not held here.
    const window = before(text, start, 80);
    const inDocument = window.lastIndexOf('《') > window.lastIndexOf('》');
    const clause = before(text, start, 40).replace(/《[^》]*》/g, '');
    // 经主任会议研究, 主任会议提请…: a meeting named as a body that acts is referred to, not held.
    // (A session named in full that adopts a law, …第二十八次会议通过, is still the one reported.)
    const acting =
      start === headStart &&
      (ACTING_BEFORE.test(before(text, start, 1)) || ACTING_AFTER.test(text.slice(end, end + 2)));
    const referred =
      acting || inDocument || PLANNED_BEFORE.test(clause) || PLANNED_AFTER.test(text.slice(end, end + 12));
    // Held: 召开/举行 just before the name, or 开幕/闭幕/召开 just after it (…第二次会议3月5日在北京开幕).
    const during = HELD_DURING.test(text.slice(end, end + 2));
    const convened =
      !referred &&
      (HELD_BEFORE.test(before(text, start, 8)) || HELD_AFTER.test(text.slice(end, end + 16)) || during);
    // 区委召开人大工作会议 → 区委人大工作会议: a body that held a meeting its name leaves out.
    if (verb && !hasBody(name)) {
      const verbStart = text.lastIndexOf(verb, start);
      const body = convenerBefore(text, verbStart);
      if (body) {
        // An unnamed meeting is named by the text's words (国务院下午召集会议, 茅箭区人大常委会召开会议).
        const joined =
          name === head && BARE_NEVER.has(head)
            ? text.slice(body.start, end).replace(/在[^，。；！？,\s]{1,12}(?=召开|召集|举行|举办)/, '')
            : joinName(text.slice(body.start, body.end), name);
        hits.push({ name: joined, start: body.start, end, convened, referred });
        continue;
      }
    }
    if (start === headStart) {
      // A bare kind counts as the direct object of 召开/举行 (各市召开协调会), held during the event
      // (座谈会上) or acting (经主任会议研究); not 召开这次座谈会.
      if (BARE_NEVER.has(head) || head.length < 3 || !(verb || during || acting)) continue;
      // 本次常委会会议决定: the meeting already reported, named again.
      if (DEICTIC_BEFORE.test(before(text, start, 2))) continue;
    }
    if (name.length > MAX_NAME) start = end - MAX_NAME;
    hits.push({ name: text.slice(start, end), start, end, convened, referred });
  }
  // 党组(扩大)会议暨理论学习中心组专题学习会 is one meeting: its first part is not another; and a second
  // part read from inside the first (…学习会议暨党组会议 read as 会议暨党组会议) takes the first's start.
  const joined = hits.map((h) => {
    const first = hits.find(
      (g) => text[g.end] === '暨' && g.start < h.start && h.start < g.end && g.end < h.end,
    );
    return first
      ? {
          ...h,
          name: text.slice(first.start, h.end),
          start: first.start,
          convened: first.convened,
          referred: first.referred,
        }
      : h;
  });
  return joined.filter(
    (h) => text[h.end] !== '暨' || !joined.some((g) => g.start <= h.start && g.end > h.end),
  );
}
