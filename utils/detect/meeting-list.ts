// The meetings of an article: each meeting once, reported or referenced, with the day it took
// place; one meeting written two ways is one entry, listed by its first written form.
import { meetingEnglish } from '../english/meetings';
import type { Meeting } from '../types';
import * as L from './data/lists';
import { findDates, type DateMention } from './dates';
import { meetingParts, samePartsMeeting, type MeetingParts } from './meeting-alias';
import { headlineEvents, leadVisit, shortForms } from './meeting-events';
import { findMeetingHits, HEADS } from './meetings';
import { longestFirst, spans } from './text';

/** Kinds of meeting for telling forms apart: the meeting words, and short forms (两会, 市两会). */
const KINDS = longestFirst([...HEADS, '两会', '党代会']);
/** Kinds too general to tell the headline's event from another meeting the lead reports. */
const GENERIC_KINDS = new Set(L.meetingGenericHeads);

/** Between a session's name and a date: a part of the session, whose meeting the date is of. */
const SESSION_PART_BETWEEN = /^(?:大会)?(?:主席团|代表团|秘书处)/;
/** A numbered session of a people's congress or a CPPCC (not its standing committee's meeting). */
const SESSION_NAME = /(?:人大|人民代表大会|政协|委员会)[^常]{0,6}次会议$/;
/** 这次大会定于5月22日上午开幕, 本次会议将于1月13日召开: the session's own day, after the words before it. */
const OPENING_RE =
  /((?:这次|本次|此次)(?:大会|会议)(?:定于|将于|于))(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?(?:在[^，。]{1,12})?(?:开幕|召开|举行)/;

/** How far into the body the lead runs: the reported event and its date are told there. */
const LEAD = 400;
/** An explicit date this close before a meeting's name is that meeting's date. */
const DATE_REACH = 30;
/** 将于12月23日召开: the day of a meeting still to come. */
const PLANNED_DAY = /(?:将|拟|定|计划)于$/;
const EARLIER = /(?:上次|上一次|此前|去年|前年|曾经|曾)$/;
/** The page's own stamp (发布时间：2024年6月20日 10:30) is not the day of the event. */
const STAMP_BEFORE = /(?:时间|日期|发布|更新|来源)[：:]?\s*$/;
const STAMP_AFTER = /^\s*\d{1,2}[:：]\d{2}/;
/** 今年3月…召开…座谈会: a month with no day before a meeting places it outside the reported day. */
const MONTH_ONLY = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?!\d|[一二三四五六七八九十]{1,3}日|份?以来)/;

interface Mention {
  name: string;
  start: number;
  end: number;
  reported: boolean;
  /** The date written next to this mention. */
  date: string | null;
  /** 上次国务院常务会议: an earlier meeting of the same kind, never merged with this one. */
  earlier: boolean;
}

interface Entry {
  /** The headline's own event (reported there). */
  headline: boolean;
  /** Its written forms, and their parts. */
  names: Set<string>;
  parts: MeetingParts[];
  name: string;
  reported: boolean;
  date: string | null;
  earlier: boolean;
}

/** The index of the first of the sorted `xs` at or after `at` (xs.length when none is). */
function firstAtOrAfter(xs: readonly number[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which of two written forms to list: the one with the session's ordinal, the fuller of a suffix, else the first. */
function preferred(first: string, second: string): string {
  const ordinal = (x: string): boolean => meetingParts(x, KINDS).nums.length > 0;
  if (ordinal(first) !== ordinal(second)) return ordinal(first) ? first : second;
  // 县政协十届五次常委会议 and …常委会议暨月度协商座谈会: the one that names both parts.
  return second.endsWith(first) || second.startsWith(`${first}暨`) ? second : first;
}

/** The mentions, in text order, gathered into meetings: each written form joins the meeting it names. */
function mergeForms(mentions: readonly Mention[], off: number): Entry[] {
  const entries: Entry[] = [];
  const byName = new Map<string, Entry>();
  for (const m of mentions) {
    const parts = meetingParts(m.name, KINDS);
    // The headline's event told again in the lead, its topic written another way.
    const retold = m.reported && m.start >= off && m.start < off + LEAD && !GENERIC_KINDS.has(parts.kind);
    // 县政协十届五次常委会议 and 县政协十届五次常委会议暨月度协商座谈会: one meeting, named in part.
    const joined = (n: string): boolean => m.name.startsWith(`${n}暨`) || n.startsWith(`${m.name}暨`);
    // 10月26日 and 11月22日 国务院常务会议: a meeting without an ordinal, held on two days, is two meetings
    // (a numbered session that opens and closes on two days is one).
    const otherDay = (e: Entry): boolean =>
      parts.nums.length === 0 && e.date !== null && m.date !== null && e.date !== m.date;
    const named = byName.get(m.name);
    const same =
      (named && !otherDay(named) ? named : undefined) ??
      entries.find(
        (e) =>
          !e.earlier &&
          !otherDay(e) &&
          ([...e.names].some(joined) ||
            e.parts.every((p) => samePartsMeeting(p, parts, retold && e.headline && p.kind.length >= 3))),
      );
    // The same kind of meeting held before (上次国务院常务会议) is another meeting.
    if (!same || m.earlier) {
      const earlier = m.earlier && same !== undefined;
      const entry: Entry = {
        headline: m.reported && m.start < off,
        names: new Set([m.name]),
        parts: [parts],
        name: m.name,
        reported: m.reported && !earlier,
        date: earlier ? null : m.date,
        earlier,
      };
      entries.push(entry);
      if (!earlier) byName.set(m.name, entry);
      continue;
    }
    if (!same.names.has(m.name)) {
      same.names.add(m.name);
      same.parts.push(parts);
      same.name = preferred(same.name, m.name);
      byName.set(m.name, same);
    }
    same.reported ||= m.reported;
    same.date ??= m.date;
  }
  return entries;
}

/** A numbered people's congress session (not its standing committee's), and a Party congress. */
const SESSION_OF: Record<string, RegExp> = {
  人代会: /(?:人大|人民代表大会)(?:第?[一二三四五六七八九十\d]+次)?会议$/,
  党代会: /(?:党代会|党代表大会|中国共产党.{0,12}代表大会)(?:第?[一二三四五六七八九十\d]+次会议)?$/,
};

/**
 * 人代会 and 党代会 stand for the session the text names in full (县十五届人大四次会议 … 人代会;
 * 全国人代会 … 九届全国人大二次会议): the full name, when exactly one such session of that level is named.
 */
function sessionNamed(short: string, named: readonly { name: string }[]): string | undefined {
  const kind = short.slice(-3);
  const re = SESSION_OF[kind];
  if (!re) return undefined;
  const level = short.slice(0, -3).replace(/第.+次$/, '');
  const fits = new Set(
    named
      .map((n) => n.name)
      .filter((n) => re.test(n) && !/常委会|常务委员会|主席团|代表团|预备/.test(n) && n.includes(level)),
  );
  return fits.size === 1 ? [...fits][0] : undefined;
}

/**
 * A meeting held within another and named after it (…三次会议主席团第一次会议) is listed before the
 * meeting its name contains: the more specific entry first, so a reader (or a scorer matching names
 * by containment) meets the part before the whole.
 */
function partsFirst<T extends { name: string }>(entries: readonly T[]): T[] {
  const out: T[] = [];
  for (const e of entries) {
    const at = out.findIndex((o) => o.name !== e.name && e.name.includes(o.name));
    if (at < 0) out.push(e);
    else out.splice(at, 0, e);
  }
  return out;
}

/** Whether two written forms name one meeting. */
export function sameMeeting(a: string, b: string): boolean {
  return a === b || samePartsMeeting(meetingParts(a, KINDS), meetingParts(b, KINDS));
}

export function detectMeetings(
  title: string,
  text: string,
  full: string,
  published: string | null,
): Meeting[] {
  const off = title.length + 1;
  const dates = findDates(full, published);
  const isStamp = (d: DateMention): boolean =>
    STAMP_BEFORE.test(full.slice(Math.max(0, d.start - 6), d.start)) ||
    STAMP_AFTER.test(full.slice(d.end, d.end + 8));
  // The lead's date: its first, unless that is a stamp or a day still to come (将于12月23日召开).
  const lead = dates.find(
    (d) =>
      d.start < off + LEAD && !isStamp(d) && !PLANNED_DAY.test(full.slice(Math.max(0, d.start - 2), d.start)),
  );
  const leadDate = lead?.date ?? null;
  const named = findMeetingHits(full);
  const hits = [
    ...named,
    ...shortForms(full)
      // 县十五届党代会第五次会议: a short form inside a meeting's full name is part of it.
      .filter((h) => !named.some((n) => n.start <= h.start && n.end >= h.end))
      .map((h) => ({
        ...h,
        name: sessionNamed(h.name, named) ?? h.name,
        convened: false,
        referred: false,
        short: true,
      })),
  ].sort((a, b) => a.start - b.start);
  const hitEnds = hits.map((h) => h.end).sort((a, b) => a - b);
  const dateStarts = dates.map((d) => d.start);
  const dateEnds = dates.map((d) => d.end);
  /** A date right after the name, in the same clause (…二次会议3月5日在北京开幕). */
  const dateAfter = (end: number): string | null => {
    const d = dates[firstAtOrAfter(dateStarts, end)];
    if (!d || d.start - end > 4) return null;
    // …三次会议主席团5月21日举行…: the day of the session's part, not of the session.
    if (SESSION_PART_BETWEEN.test(full.slice(end, d.start))) return null;
    return /[。！？；，,\n]/.test(full.slice(end, d.start)) ? null : d.date;
  };
  /** The last date before the name in its sentence, unless another meeting is named in between. */
  const dateBefore = (start: number): string | null => {
    const d = dates[firstAtOrAfter(dateEnds, start + 1) - 1];
    if (!d || start - d.end > DATE_REACH) return null;
    if (/[。！？；\n]/.test(full.slice(d.end, start))) return null;
    const between = hitEnds[firstAtOrAfter(hitEnds, d.end + 1)];
    if (between !== undefined && between <= start) return null;
    return d.date;
  };
  const monthOnlyBefore = (start: number): boolean => {
    const clause =
      full
        .slice(Math.max(0, start - DATE_REACH), start)
        .split(/[。！？；]/)
        .pop() ?? '';
    return MONTH_ONLY.test(clause) && !/\d{1,2}日|[一二三四五六七八九十]日/.test(clause);
  };

  const mentions: Mention[] = [];
  for (const name of headlineEvents(title))
    mentions.push({ name, start: 0, end: 0, reported: true, date: null, earlier: false });
  // A visit the lead names, when the headline names no meeting of its own.
  const visit = hits.some((h) => h.start < off) ? null : leadVisit(title, full.slice(off, off + LEAD));
  if (visit) {
    const start = off + visit.start;
    mentions.push({
      name: visit.name,
      start,
      end: start,
      reported: true,
      date: dateBefore(start),
      earlier: false,
    });
  }
  for (const hit of hits) {
    const inTitle = hit.start < off;
    const earlier = EARLIER.test(full.slice(Math.max(0, hit.start - 4), hit.start));
    // 传达学习…全会精神: a meeting cited for its spirit is referenced.
    const past = monthOnlyBefore(hit.start) || full.startsWith('精神', hit.end);
    const explicit = dateBefore(hit.start) ?? dateAfter(hit.end);
    // The reported event: in the headline, or held (召开, 举行) or dated in the lead.
    const short = 'short' in hit;
    // A day after the article's own is still to come (拟定于3月27日召开): not the event reported.
    const ahead = explicit !== null && published !== null && explicit > published;
    const reported =
      !short &&
      (inTitle ||
        (!earlier &&
          !past &&
          !ahead &&
          !hit.referred &&
          hit.start < off + LEAD &&
          (hit.convened || explicit !== null)));
    mentions.push({ name: hit.name, start: hit.start, end: hit.end, reported, date: explicit, earlier });
  }
  mentions.sort((a, b) => a.start - b.start);

  const entries = partsFirst(mergeForms(mentions, off));
  // 这次大会定于5月22日上午开幕: the day of the one numbered session the article is about.
  const sessions = entries.filter((e) => e.date === null && SESSION_NAME.test(e.name));
  const sessionEntry = sessions.length === 1 ? sessions[0] : undefined;
  const opening = sessionEntry ? OPENING_RE.exec(full) : null;
  const sessionDay = opening
    ? (dates.find((d) => d.start === (opening.index ?? 0) + (opening[1]?.length ?? 0))?.date ?? null)
    : null;
  return entries.map((e) => ({
    name: e.name,
    // English only for the meetings kept, a handful a page.
    en: meetingEnglish(e.name),
    date: e.date ?? (sessionDay && e === sessionEntry ? sessionDay : null) ?? (e.reported ? leadDate : null),
    role: e.reported ? 'reported' : 'referenced',
    mentions: spans(text, e.name),
  }));
}
