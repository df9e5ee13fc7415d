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
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return NaN;
  const [, tens = '', ten = '', ones = ''] = m;
  if (!ten) return tens || !ones ? NaN : (CN_DIGITS[ones] ?? NaN);
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when the text leaves the day unresolved (no article date, month only). */
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

const NUM = '(\\d{1,2}|[一二三]?十?[一二三四五六七八九]?)';
const DATE_RE = new RegExp(
  `(昨天|昨日|前天|今天|今日|日前|近日|当天|当日)|(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?(?:${NUM}月)?${NUM}日(?!报)`,
  'g',
);
const RELATIVE: Record<string, number> = { 昨天: -1, 昨日: -1, 前天: -2, 今天: 0, 今日: 0, 日前: 0, 近日: 0 };

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
      } else out.push({ start, end, date: pub ? addDays(pub, RELATIVE[rel] ?? 0) : null });
      continue;
    }
    const before = text[start - 1] ?? '';
    const [, , y, mo, d] = m;
    if (/[\d第]/.test(before) || (!y && !mo && /[月年\d〇零一二三四五六七八九十]/.test(before))) continue;
    const day = parseNumber(d ?? '');
    const month = mo ? parseNumber(mo) : NaN;
    let year = y ? parseNumber(y) : NaN;
    if (!(day >= 1 && day <= 31)) continue;
    if (mo && !(month >= 1 && month <= 12)) continue;
    // A bare day later than the article's own day belongs to the previous month.
    let mon = mo ? month : pm;
    if (!mo && pub && day > Number(pub.slice(8, 10))) mon = mon === 1 ? 12 : mon - 1;
    if (!y && !mo && pub && mon === 12 && pm === 1) year = py - 1;
    if (Number.isNaN(year)) {
      if (Number.isNaN(py)) {
        out.push({ start, end, date: null });
        continue;
      }
      // A month later in the year than the article's own month is last year's.
      year = mon > pm + 1 ? py - 1 : py;
    }
    out.push({ start, end, date: Number.isNaN(mon) ? null : iso(year, mon, day) });
  }
  return out;
}
