// Calendar dates written in Chinese news text, resolved against the article's own date.

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 12, 十二, 二十九, 三十一 → number; NaN when not a number. */
export function parseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  if (s.length === 1 && s !== '十') return CN_DIGITS[s] ?? NaN;
  const m = /^([一二三四五六七八九]?)(十)([一二三四五六七八九]?)$/.exec(s);
  if (!m) return NaN;
  const [, tens = '', , ones = ''] = m;
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when the text leaves the day unresolved (no article date, 近日, month only). */
  date: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string | null => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : null;
};
const addDays = (date: string, days: number): string => {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
};
const daysBetween = (a: string, b: string): number =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

// A day is never empty (十二, 12, 三): an empty one would match before every 日.
const NUM_BARE = '\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';
const NUM = `(${NUM_BARE})`;
// A span (12月23-25日, 10月20日至23日) is one mention: the event began on its first day.
const TO_DAY = `[-－–—~～至到](?:${NUM_BARE})日`;
const DATE_RE = new RegExp(
  `(昨天|昨日|前天|今天|今日|今早|今晨|日前|近日|当天|当日)|(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?(?:${NUM}月)?${NUM}(?:日(?!报)(?:${TO_DAY})?|${TO_DAY})`,
  'g',
);
/** Days from the article's date; null: the text does not say which day (日前, 近日). */
const RELATIVE: Record<string, number | null> = {
  昨天: -1,
  昨日: -1,
  前天: -2,
  今天: 0,
  今日: 0,
  今早: 0,
  今晨: 0,
  日前: null,
  近日: null,
};
/**
 * A dateline or bracketed byline before the lead's first words (本报讯（记者 …）): after it, or at the
 * head of a paragraph, a page that lost 月 (825日 for 8月25日) or 日 (3月8, for 3月8日) writes the day.
 */
const DATELINE_RE = /^[^，,。\n]{0,24}(?:讯|电|[)）])\s*/;
/** 825日, 33日, 1121日: month and day run together because the page dropped 月. */
const RUN_TOGETHER_RE = /(\d{2,4})日/y;
/** 3月8, (日 dropped before a comma). */
const NO_DAY_MARK_RE = /(\d{1,2})月(\d{1,2})(?=[,，])/y;

/** The year of a month and day given without one: the article's, unless that puts it well ahead. */
function yearFor(mon: number, py: number, pm: number): number {
  // 12月30日 in an article of 3 January is last December; 12月16日 in May is this year's (GUIDELINES).
  return mon - pm >= 9 ? py - 1 : py;
}

/** 825日 read against the article's date: the one split into month and day up to two months before it. */
function runTogether(digits: string, pub: string): string | null {
  const py = Number(pub.slice(0, 4));
  const pm = Number(pub.slice(5, 7));
  const found: string[] = [];
  for (let cut = 1; cut < digits.length; cut++) {
    const mon = Number(digits.slice(0, cut));
    const day = Number(digits.slice(cut));
    const d = mon >= 1 && mon <= 12 ? iso(yearFor(mon, py, pm), mon, day) : null;
    if (d && daysBetween(d, pub) >= 0 && daysBetween(d, pub) <= 62) found.push(d);
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Dates in `text`, in order. `published` (YYYY-MM-DD) supplies the missing year or month. */
export function findDates(text: string, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  const [py, pm] = pub ? [Number(pub.slice(0, 4)), Number(pub.slice(5, 7))] : [NaN, NaN];
  for (const m of text.matchAll(DATE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const rel = m[1];
    if (rel) {
      // 当天 refers back to a date already given, not to the article's date.
      if (rel === '当天' || rel === '当日') {
        const prev = out[out.length - 1];
        out.push({ start, end, date: prev?.date ?? null });
      } else {
        const days = RELATIVE[rel];
        out.push({
          start,
          end,
          date: pub && days !== null && days !== undefined ? addDays(pub, days) : null,
        });
      }
      continue;
    }
    const before = text[start - 1] ?? '';
    const [, , y, mo, d] = m;
    if (/[\d第]/.test(before) || (!y && !mo && /[月年\d〇零一二三四五六七八九十]/.test(before))) continue;
    const day = parseNumber(d ?? '');
    const month = mo ? parseNumber(mo) : NaN;
    let year = y ? parseNumber(y) : NaN;
    if (!(day >= 1 && day <= 31)) continue;
    // 一日三餐, 三日内: a lone numeral day is a count unless a month is written.
    if (!mo && /^[一二三四五六七八九]$/.test(d ?? '')) continue;
    if (mo && !(month >= 1 && month <= 12)) continue;
    // A bare day later than the article's own day belongs to the previous month.
    let mon = mo ? month : pm;
    if (!mo && pub && day > Number(pub.slice(8, 10))) mon = mon === 1 ? 12 : mon - 1;
    if (!y && !mo && pub && mon === 12 && pm === 1) year = py - 1;
    if (Number.isNaN(year)) {
      // No year on the page: a month and day alone are not resolved against any year.
      if (Number.isNaN(py)) {
        out.push({ start, end, date: null });
        continue;
      }
      year = mo ? yearFor(mon, py, pm) : py;
    }
    out.push({ start, end, date: Number.isNaN(mon) ? null : iso(year, mon, day) });
  }
  return withDamagedLeadDates(text, pub, out);
}

/** Dates at the head of a paragraph whose 月 or 日 the page lost, added in text order. */
function withDamagedLeadDates(text: string, pub: string | null, found: DateMention[]): DateMention[] {
  if (!pub) return found;
  const extra: DateMention[] = [];
  const starts = new Set(found.map((d) => d.start));
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    // Past a dateline or bracketed byline (本报讯（记者 …）) to where the sentence starts.
    const from = at + (DATELINE_RE.exec(text.slice(at, at + 40))?.[0].length ?? 0);
    if (starts.has(from)) continue;
    RUN_TOGETHER_RE.lastIndex = from;
    const run = RUN_TOGETHER_RE.exec(text);
    NO_DAY_MARK_RE.lastIndex = from;
    const noMark = run ? null : NO_DAY_MARK_RE.exec(text);
    let date: string | null = null;
    if (run?.[1]) date = runTogether(run[1], pub);
    else if (noMark?.[1] && noMark[2]) {
      const mon = Number(noMark[1]);
      date = iso(yearFor(mon, Number(pub.slice(0, 4)), Number(pub.slice(5, 7))), mon, Number(noMark[2]));
    }
    const len = (run ?? noMark)?.[0].length ?? 0;
    if (date) extra.push({ start: from, end: from + len, date });
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}
