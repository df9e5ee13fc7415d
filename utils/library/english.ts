// The English layer of a saved page, for the library, the popup and the exports. A stored page
// keeps names, posts, meetings and formulations in Chinese only (utils/core/records.ts): their
// pinyin and English are worked out again when shown, from the same builders the detection uses
// (utils/english), each of which remembers its answers, so a list of pages costs little.
import { pagePlaces, placePost, placesIn } from '../core/jurisdiction';
import type { PageRecord } from '../core/records';
import { formulationEnglish } from '../english/formulations';
import { meetingEnglish } from '../english/meetings';
import { personPinyin } from '../english/pinyin';
import { postEnglish } from '../english/posts';
import type { OfficialExtras, PageExtras, PostPlace } from '../export/types';

/** The language of a name in pinyin, for its element's lang (BCP 47): Chinese in Latin letters, not English. */
export const PINYIN_LANG = 'zh-Latn-pinyin';

/** A person's name as English texts write it (许小波 → "Xu Xiaobo"); null for a name that is not Chinese (拜登). */
export function namePinyin(name: string): string | null {
  return personPinyin(name);
}

/** A post in English (天宁区委书记 → "Secretary, Tianning District Party Committee"); null when no rank is known. */
export function postInEnglish(title: string): string | null {
  return postEnglish(title) || null;
}

/** The standard English of a national formulation (全过程人民民主); null for a page's own quoted words. */
export function formulationInEnglish(text: string): string | null {
  return formulationEnglish(text);
}

/** A meeting's name in English; null where a part of it has none. */
export function meetingInEnglish(name: string): string | null {
  return meetingEnglish(name);
}

/**
 * Where a post is, as its placed form names it (天宁区委书记 → 天宁区, level 区; 常州市天宁区委书记 →
 * the innermost, 天宁区): null when the post names no place (总书记) or its place is not known.
 */
export function placeOfPost(placedTitle: string): PostPlace | null {
  const named = placesIn(placedTitle).at(-1);
  return named ? { place: named.place, level: named.level } : null;
}

/**
 * What the exporters take beside a stored page (ExportGroup.extras): the byline and site name it
 * was saved with, and per official the pinyin, the English of each post as written and where each
 * post is (a bare 区委书记 takes the place the page names, as the officials index places it).
 */
export function pageExtras(page: PageRecord): PageExtras {
  const places = pagePlaces(page);
  const officials: Record<string, OfficialExtras> = {};
  for (const { name, titles } of page.officials) {
    officials[name] = {
      pinyin: namePinyin(name),
      glosses: titles.map(postInEnglish),
      places: titles.map((t) => placeOfPost(placePost(t, places, titles).title)),
    };
  }
  const meetings: Record<string, string | null> = {};
  for (const { name } of page.meetings) meetings[name] = meetingInEnglish(name);
  return {
    byline: page.byline ?? null,
    siteName: page.siteName ?? null,
    officials,
    meetings,
  };
}
