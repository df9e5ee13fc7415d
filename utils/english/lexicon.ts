// The English tables (words/*.tsv) as look-ups. Keys are in simplified characters: callers convert
// a traditional post or meeting (utils/core/script.ts) before reading it.
import * as T from './words/tables';

export type BodyKind = 'party' | 'gov' | 'congress' | 'cppcc' | 'legislature' | 'sub' | 'org';

export interface Body {
  zh: string;
  /** English; {} is where a subject goes, or for a `sub` body the body it is part of. */
  en: string;
  kind: BodyKind;
}

export interface Level {
  zh: string;
  /** The place on its own ({} Province); {} is its name. */
  noun: string;
  /** The place before a body ({} Provincial). */
  adj: string;
}

export interface MeetingWord {
  zh: string;
  en: string;
  role: 'head' | 'modifier';
  /** Where a meeting's subject goes: before the head (adj), after "on" or "of", or nowhere (-). */
  subject: 'adj' | 'on' | 'of' | '-';
}

const pairs = (rows: readonly (readonly string[])[]): Map<string, string> =>
  new Map(rows.map(([zh = '', en = '']) => [zh, en]));

export const RANKS = pairs(T.ranks);
export const TOPICS = pairs(T.topics);
export const PLACES = pairs(T.places);
export const COUNTRIES = pairs(T.countries);
export const BODIES = new Map<string, Body>(
  T.bodies.map(([zh = '', en = '', kind = '']) => [zh, { zh, en, kind: kind as BodyKind }]),
);
export const LEVELS = new Map<string, Level>(
  T.levels.map(([zh = '', noun = '', adj = '']) => [zh, { zh, noun, adj }]),
);
export const MEETING_WORDS = new Map<string, MeetingWord>(
  T.meetingWords.map(([zh = '', en = '', role = '', subject = '']) => [
    zh,
    { zh, en, role: role as MeetingWord['role'], subject: subject as MeetingWord['subject'] },
  ]),
);

/** A row's key without its context (主任@congress → 主任); rows with a context are not words of the text. */
export const plainKeys = (m: ReadonlyMap<string, unknown>): string[] =>
  [...m.keys()].filter((k) => !k.includes('@'));

/** Fills a template's {} with `fill`, or drops the {} (and an "of" before it) when there is nothing to fill. */
export function fillIn(template: string, fill: string): string {
  if (fill) return template.includes('{}') ? template.replace('{}', fill) : `${fill} ${template}`;
  return template
    .replace(/\s*\bof (?:the )?\{\}/, '')
    .replace(/\s*\{\}\s*/, ' ')
    .trim();
}
