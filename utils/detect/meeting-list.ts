// The meetings of an article: each named meeting once, reported or referenced, with the
// day it took place; one meeting written two ways is merged.
import type { Meeting } from '../types';
import { findDates } from './dates';
import { findMeetingHits, headlineEvents, withConvener } from './meetings';
import { spans } from './text';

/** How far into the body the lead runs: the reported event and its date are told there. */
const LEAD = 400;
/** An explicit date this close before a meeting's name is that meeting's date. */
const DATE_REACH = 30;
const MEETING_WORD = /会议|座谈会|全会|大会|论坛|会晤|会谈|峰会/;
const EARLIER = /(?:上次|上一次|此前|去年|前年|曾经|曾)$/;

export function detectMeetings(
  title: string,
  text: string,
  full: string,
  published: string | null,
): Meeting[] {
  const off = title.length + 1;
  const dates = findDates(full, published);
  // The page's own stamp (发布时间：2024年6月20日 10:30) is not the day of the event.
  const isStamp = (d: { start: number; end: number }): boolean =>
    /(?:时间|日期|发布|更新|来源)[：:]?\s*$/.test(full.slice(Math.max(0, d.start - 6), d.start)) ||
    /^\s*\d{1,2}[:：]\d{2}/.test(full.slice(d.end, d.end + 8));
  const leadDate = dates.find((d) => d.start < off + LEAD && d.date && !isStamp(d))?.date ?? null;
  /** 十四届全国人大二次会议3月5日在北京开幕: a date right after the name, in the same clause. */
  /** The index of the first date starting at or after `at` (dates are in text order). */
  const firstFrom = (at: number): number => {
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((dates[mid]?.start ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const dateAfter = (end: number): string | null => {
    const d = dates[firstFrom(end)];
    if (!d || d.start - end > 4) return null;
    return /[。！？；，,]/.test(full.slice(end, d.start)) ? null : d.date;
  };
  const dateBefore = (start: number): string | null => {
    // The last date that ends at or before `start`.
    let i = firstFrom(start) - 1;
    while (i >= 0 && (dates[i]?.end ?? 0) > start) i--;
    const d = dates[i];
    if (!d || start - d.end > DATE_REACH) return null;
    // The date belongs to an earlier meeting named in between, or to another sentence.
    const between = full.slice(d.end, start);
    if (/[。！？；]/.test(between) || MEETING_WORD.test(between)) return null;
    return d.date;
  };
  // 今年3月…召开…座谈会: a month with no day before a meeting places it outside the reported day.
  const monthOnlyBefore = (start: number): boolean => {
    const before =
      full
        .slice(Math.max(0, start - DATE_REACH), start)
        .split(/[。！？；]/)
        .pop() ?? '';
    return (
      /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?!\d|[一二三四五六七八九十]{1,3}日|份?以来)/.test(before) &&
      !/\d{1,2}日|[一二三四五六七八九十]日/.test(before)
    );
  };
  const byName = new Map<string, Meeting & { first: number; earlier?: boolean }>();
  const add = (name: string, start: number, reported: boolean, end = start): void => {
    const date = dateBefore(start) ?? dateAfter(end) ?? (reported ? leadDate : null);
    const prev = byName.get(name);
    if (prev) {
      if (reported && prev.role !== 'reported')
        Object.assign(prev, { role: 'reported', date: prev.date ?? date });
      return;
    }
    byName.set(name, {
      name,
      date,
      role: reported ? 'reported' : 'referenced',
      mentions: spans(text, name),
      first: start,
    });
  };
  for (const name of headlineEvents(title)) add(name, 0, true);
  for (const hit of findMeetingHits(full)) {
    const name = withConvener(full, hit);
    const inTitle = hit.start < off;
    const earlier = EARLIER.test(full.slice(Math.max(0, hit.start - 4), hit.start));
    // 传达学习…全会精神: a meeting cited for its spirit is referenced.
    const past = monthOnlyBefore(hit.start) || full.startsWith('精神', hit.end);
    // The reported event: in the headline, or held (召开, 举行) or dated in the lead.
    const inLead = hit.start < off + LEAD;
    const reported =
      inTitle || (!earlier && !past && inLead && (hit.convened || dateBefore(hit.start) !== null));
    if (earlier && byName.has(name)) {
      // The same kind of meeting held before (上次国务院常务会议) is another meeting.
      byName.set(`${name}\u0000earlier`, {
        name,
        date: null,
        role: 'referenced',
        mentions: spans(text, name),
        first: hit.start,
        earlier: true,
      });
      continue;
    }
    add(name, hit.start, reported, hit.end);
  }
  return mergeVariants([...byName.values()].sort((a, b) => a.first - b.first)).map(
    ({ first: _first, earlier: _earlier, ...m }) => m,
  );
}

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/** 元首会晤, 中美元首会晤 and 中美元首旧金山会晤 are one meeting written three ways. */
export function sameMeeting(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.endsWith(b) || b.endsWith(a)) return true;
  if (commonPrefix(a, b) >= 4 && a.slice(-2) === b.slice(-2)) return true;
  // 市人大常委会第二十三次会议 and 市十七届人大常委会第二十三次会议: the same session, one written more fully.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return commonSuffix(a, b) >= 4 && /^[第次届\d一二三四五六七八九十百零〇]+$/.test(extraChars(short, long));
}

/** The characters of `long` left over when `short` is read through it in order, or '?' if it cannot be. */
const extraChars = (short: string, long: string): string => {
  let j = 0;
  let extra = '';
  for (const c of long) {
    if (c === short[j]) j++;
    else extra += c;
  }
  return j === short.length ? extra : '?';
};

const commonSuffix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
};

function mergeVariants<T extends Meeting & { earlier?: boolean }>(meetings: T[]): T[] {
  const out: T[] = [];
  for (const m of meetings) {
    const same = m.earlier ? undefined : out.find((o) => !o.earlier && sameMeeting(o.name, m.name));
    if (!same) {
      out.push(m);
      continue;
    }
    // Keep the fullest form of a suffix (中美元首会晤 over 元首会晤), the plainer of two expansions.
    // Which form to keep: the fuller of a suffix (中美元首会晤 over 元首会晤); the one that carries the
    // session's ordinal (市政府第45次常务会议 over 市政府常务会议); else the plainer (中美元首会晤 over
    // 中美元首旧金山会晤, 市人大常委会第二十三次会议 over 市十七届人大常委会第二十三次会议).
    const [shorter, fuller] = m.name.length > same.name.length ? [same, m] : [m, same];
    const ordinal = (x: string): boolean => /第.+次/.test(x);
    const longer =
      fuller.name.endsWith(shorter.name) || (ordinal(fuller.name) && !ordinal(shorter.name))
        ? fuller
        : shorter;
    if (longer !== same) Object.assign(same, { name: longer.name, mentions: longer.mentions });
    same.date ??= m.date;
    if (m.role === 'reported') same.role = 'reported';
  }
  return out;
}
