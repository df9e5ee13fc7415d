// Meetings: sessions, conferences, forums and inspection visits (GUIDELINES.md, "Meetings").
// A meeting word (座谈会, 常务会议, 全会) is found first, then the words before it that name it.
import * as L from './data/lists';
import { isHan, longestFirst, wordEndingAt, wordStartingAt } from './text';

const HEADS = longestFirst(L.meetingHeads);
const RANKS = longestFirst(L.ranks);
/** Institutions whose names end in a meeting word (中国人民政治协商会议). */
const NOT_MEETINGS = L.notMeetings;
const GENERIC_QUALIFIERS = new Set(L.genericMeetingQualifiers);
const STOPS = longestFirst(L.meetingStops);
const BODIES_AFTER = longestFirst(L.meetingBodies);
const HEAD_RE = new RegExp(HEADS.join('|'), 'g');
const MAX_NAME = 32;
/** The few characters before `end`: tests anchored at the end stay cheap on long texts. */
const before = (text: string, end: number, span = 16): string =>
  text.slice(Math.max(0, end - span), Math.max(0, end));
/** Heads that name nothing on their own (会上, 会议指出): they need words before them. */
const BARE_NEVER = new Set([
  '会议',
  '大会',
  '会晤',
  '会谈',
  '全会',
  '年会',
  '例会',
  '代表大会',
  '全体会议',
  '工作会议',
]);
const CONVENE = ['召开', '召集', '举行', '举办'];
const HELD_AFTER =
  /^[^。！？；，,]{0,10}?(?:召开|举行|开幕|闭幕|在[^。！？；，,]{1,8}(?:召开|举行|开幕|闭幕))/;
const CN_NUM = '[一二三四五六七八九十百零〇]';
const ORDINAL_END = new RegExp(`第${CN_NUM}*$`);
const PARTY_CONGRESS_RE = new RegExp(
  `(?:党的|中共)(?:十${CN_NUM}?|二十${CN_NUM}?)大|${CN_NUM}{2,3}届${CN_NUM}{1,2}中全会|全国两会`,
  'g',
);
/** 调研/考察/视察 visits written as the headline's event (周勤第调研人大工作, 到众创金融街开展调研工作). */
const VISIT_RE =
  /(?:(?:到|赴|在)[^，。、：:\s“”]{2,14}?(?:开展|进行)?(?:调研|考察|视察|督查)(?:工作)?|(?:调研|考察|视察|督查)(?![时后中并期])[^，。、：:\s“”！？]{2,8}|[^，。、：:\s“”开展进行对]{2,12}执法检查)/;
/** 国务院下午召集会议: an unnamed meeting reported by who convened it. */
const CONVENED_RE =
  /([^，。、：:\s“”]{2,8}?)(?:(?:上午|下午|晚间|晚上|今天|昨天|\d{1,2}日)?)(召集|召开)(会议)/;

export interface MeetingHit {
  name: string;
  start: number;
  end: number;
  /** True when the text says the meeting was held (召开, 举行) rather than only naming it. */
  convened: boolean;
}

const isNameChar = (c: string | undefined): boolean =>
  isHan(c) || (c !== undefined && /[A-Za-z0-9“”‘’]/.test(c));

/** The start of the words naming the meeting whose head starts at `headStart`. */
function nameStart(text: string, headStart: number): number {
  let b = headStart;
  let inQuote = false;
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
      if (!isNameChar(c)) break;
      // Digits belong to a name only as an ordinal (省政府第28次常务会议).
      if (/\d/.test(c) && !/第\d+$/.test(before(text, b))) break;
      // 十三届全国人大五次会议和全国政协…会议: another meeting's name ends here.
      // (全国人民代表大会常务委员会 is a body's name that continues into this one.)
      if (
        b < headStart &&
        wordEndingAt(text, b, HEADS) &&
        !wordStartingAt(text, b, BODIES_AFTER) &&
        text[b] !== '第'
      )
        break;
      // 二十大和二十届二中全会: two congresses, not one name with 和 inside.
      if ('和及与'.includes(c) && /(?:大|全会|会议|精神)$/.test(before(text, b - 1))) break;
      const stop = wordEndingAt(text, b, STOPS);
      // 第二十一次会议: an ordinal's 一次 is part of the name.
      const ordinal = stop?.endsWith('次') && ORDINAL_END.test(before(text, b - 1));
      if (stop && !ordinal) break;
    }
    b--;
  }
  // A conjunction left at the front joined this meeting to the one before it.
  while (b < headStart && '和及与暨'.includes(text[b] ?? '')) b++;
  return b;
}

/** Named meetings in `text`, in order. */
export function findMeetingHits(text: string): MeetingHit[] {
  const hits: MeetingHit[] = [];
  for (const m of text.matchAll(HEAD_RE)) {
    const head = m[0];
    const headStart = m.index;
    const end = headStart + head.length;
    // 人民代表大会制度, 全国人民代表大会常务委员会: a body, not a meeting.
    if (wordStartingAt(text, end, BODIES_AFTER)) continue;
    // 论坛主席: a forum with a chair is an organisation.
    if (wordStartingAt(text, end, RANKS)) continue;
    // 国会议长, 国会议员: the meeting word's last character starts a post.
    if (wordStartingAt(text, end - 1, RANKS) || text[end] === '员') continue;
    let start = nameStart(text, headStart);
    const name = text.slice(start, end);
    // 上级会议, 相关会议: a qualifier that names no meeting.
    if (GENERIC_QUALIFIERS.has(text.slice(start, headStart))) continue;
    // 精简文件和会议: a list of things, not a meeting's name.
    if (/[和及与、]$/.test(text.slice(start, headStart))) continue;
    // 人民代表大会, 职工代表大会: institutions, unless a session is numbered (第十二次全国代表大会).
    if (/代表大会$/.test(name) && !/第.{1,4}次|党的|中国共产党/.test(name)) continue;
    if (NOT_MEETINGS.some((n) => name.endsWith(n))) continue;
    // 全会 is a plenum only with its ordinal (十九届四中全会); otherwise a verb has crept in.
    if (head === '全会' && !/[中次]全会$/.test(name)) continue;
    // Named inside a document's title (《关于召开…会议的决定》): referred to, not held here.
    const window = before(text, start, 80);
    const inDocument = window.lastIndexOf('《') > window.lastIndexOf('》');
    // Held: 召开/举行 just before the name, or 开幕/闭幕/召开 just after it (…第二次会议3月5日在北京开幕).
    const convened =
      !inDocument &&
      (CONVENE.some((w) => text.slice(Math.max(0, start - w.length - 3), start).includes(w)) ||
        HELD_AFTER.test(text.slice(end, end + 16)));
    if (start === headStart) {
      // A bare head counts only as the direct object of 召开/举行 (各市召开协调会), not 召开这次座谈会.
      const object = CONVENE.some((w) => before(text, start).replace(/了$/, '').endsWith(w));
      if (BARE_NEVER.has(head) || !object || head.length < 3) continue;
    }
    if (name.length > MAX_NAME) start = end - MAX_NAME;
    hits.push({ name: text.slice(start, end), start, end, convened });
  }
  for (const m of text.matchAll(PARTY_CONGRESS_RE)) {
    hits.push({ name: m[0], start: m.index, end: m.index + m[0].length, convened: false });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Meetings the headline reports without a meeting word: visits and "X召集会议". */
export function headlineEvents(title: string): string[] {
  const out: string[] = [];
  const visit = VISIT_RE.exec(title);
  if (visit) out.push(visit[0].replace(/时$/, ''));
  const convened = CONVENED_RE.exec(title);
  if (convened && !HEADS.some((h) => h !== '会议' && title.includes(h))) out.push(convened[0]);
  return out;
}

/** 区委召开人大工作会议 → 区委人大工作会议: the convening body joined to the meeting it held. */
export function withConvener(text: string, hit: MeetingHit): string {
  for (const verb of CONVENE) {
    const vEnd = hit.start;
    if (text.slice(vEnd - verb.length, vEnd) !== verb) continue;
    let b = vEnd - verb.length;
    const stopAt = b - 12;
    while (b > stopAt && isHan(text[b - 1]) && !wordEndingAt(text, b, STOPS)) b--;
    const body = text.slice(b, vEnd - verb.length);
    if (/(?:委|院|府|局|厅|部|办|会|党组)$/.test(body) && body.length >= 2)
      return body.replace(/^.*?([省市区县镇乡]委)$/, '$1') + hit.name;
  }
  return hit.name;
}
