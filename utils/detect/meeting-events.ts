// Meetings written without a meeting word: inspection and research visits that are the reported
// event (调研, 视察, 执法检查, GUIDELINES "An inspection or research visit"), the short forms of Party
// congresses, plenums and the annual sessions (党的二十大, 十九届四中全会, 两会).

const CN_NUM = '[一二三四五六七八九十百零〇]';
/**
 * 党的十九大, 十九届四中全会, 市两会, 县党代会: referred to in their short forms. Each is found by its last
 * word, then read backwards (a scan for the words in front would try every character of the text).
 */
const SHORT_END_RE = /大|中全会|两会(?!议)|[党人]代会/g;
const SHORT_FRONT: Record<string, RegExp> = {
  大: new RegExp(`(?:党的|中共)(?:十${CN_NUM}?|二十${CN_NUM}?)$`),
  中全会: new RegExp(`${CN_NUM}{2,3}届${CN_NUM}{1,2}$`),
  两会: /(?:全国|[省市县区州])?$/,
  党代会: new RegExp(`(?:[省市县区州]|全国)?(?:第${CN_NUM}+次)?$`),
};
SHORT_FRONT.人代会 = SHORT_FRONT.党代会 as RegExp;
/** 到众创金融街开展调研工作: a visit to a place. */
const TO_PLACE_RE =
  /(?:到|赴)[^，。、：:\s“”]{2,14}?(?:开展|进行)?(?:调研|考察|视察|督查)(?:工作|[^，。、：:\s“”！？]{2,14})?(?![组])/;
/**
 * 进行年末集中视察, 开展“…”集中调研视察活动, 开展食品安全法执法检查, 开展大气污染防治“一法一条例”执法检查:
 * the visit held, named after the verb (a quoted name inside it kept).
 */
const HELD_VISIT_RE =
  /(?:开展|进行)了?(?:“[^”]{1,30}”)?((?:[^，。、：:\s“”《》]{1,8}“[^”]{1,30}”)?[^，。、：:\s“”《》]{0,8}?(?:调研|视察|考察|执法检查|专题询问)(?:视察|调研)?(?:活动)?)(?![组时后中])/;
/** 调研人大工作, 检查北京食品安全法贯彻情况, 督导检查疫情防控工作, 会见…联谊会: the visit's verb and object. */
const VERB_OBJECT_RE =
  /(督导检查|(?<!执法)检查|调研|考察|视察|督查|会见)(?![时后中并期组团员报成结])([^，。、：:\s“”！？]{2,14})/g;
/** A headline that speaks of an inspection or visit without naming it (检查组到我市开展检查). */
const VISIT_TALK = /检查|视察|调研|考察|询问/;

export interface EventHit {
  name: string;
  start: number;
  end: number;
}

/** Whether `at` in `s` stands inside quotation marks (a campaign's name, not the event). */
const inQuote = (s: string, at: number): boolean => {
  const head = s.slice(0, at);
  return head.lastIndexOf('“') > head.lastIndexOf('”');
};

/** The visit a headline reports (周勤第调研人大工作 → 调研人大工作), or null. */
function headlineVisit(title: string): string | null {
  const place = TO_PLACE_RE.exec(title);
  if (place) return place[0];
  const held = HELD_VISIT_RE.exec(title);
  if (held?.[1]) return held[1];
  for (const m of title.matchAll(VERB_OBJECT_RE)) {
    const [, verb = '', object = ''] = m;
    if (inQuote(title, m.index)) continue;
    // 视察甘肃重要讲话重要指示精神: a speech given on a visit is cited, not the visit reported.
    if (/讲话|指示|批示|精神/.test(object)) continue;
    // 检查 alone names a visit only with what was checked (…贯彻情况, …防控工作), not 检查工作.
    if (verb === '检查' && !(object.length >= 4 && /(?:情况|工作)$/.test(object))) continue;
    return verb + object.replace(/时$/, '');
  }
  return null;
}

/** Meetings the headline reports without a meeting word: visits. */
export function headlineEvents(title: string): string[] {
  const out: string[] = [];
  const visit = headlineVisit(title);
  if (visit) out.push(visit);
  return out;
}

/**
 * The visit the lead reports when the headline speaks of one without naming it (省人大常委会检查组到我市
 * 开展检查 … 进行执法检查 → 执法检查), or, on a page without a headline, when its first sentence does.
 */
export function leadVisit(title: string, lead: string): EventHit | null {
  // A page without a headline: its first sentence says what the article is about.
  const about = title || (/^[^。！？\n]*/.exec(lead)?.[0] ?? '');
  if (!VISIT_TALK.test(about) || (title !== '' && headlineVisit(title))) return null;
  const m = HELD_VISIT_RE.exec(lead);
  if (!m?.[1]) return null;
  const start = m.index + m[0].length - m[1].length;
  return { name: m[1], start, end: start + m[1].length };
}

/** 党的十九大, 十九届四中全会, 两会, 党代会 in `text`. */
export function shortForms(text: string): EventHit[] {
  const out: EventHit[] = [];
  for (const m of text.matchAll(SHORT_END_RE)) {
    const front = SHORT_FRONT[m[0]]?.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (!front || (m[0] === '大' && !front[0])) continue;
    const start = m.index - front[0].length;
    out.push({ name: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
  }
  return out;
}
