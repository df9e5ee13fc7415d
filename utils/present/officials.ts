// The people of a page as the popup lists them: one entry per person, each post once, in the
// order the detection gives them (the article's order: protocol order matters to readers).
// Pure: no DOM, no browser API.
import type { Official } from '../types';

export interface PresentedPost {
  /** The fullest written form of the post in the article (中共中央总书记 rather than 总书记). */
  title: string;
  /** The English gloss of that form, or null when the detection gave none. */
  gloss: string | null;
}

export interface PresentedPerson {
  name: string;
  /** The name as English texts write it (Xu Xiaobo), or null (a foreign name, or none given). */
  pinyin: string | null;
  posts: PresentedPost[];
}

/**
 * What may stand just before a shorter post inside a longer one without making it another post:
 * a body or place (中共中央 + 总书记, 天宁 + 区委书记). A remainder ending in one of these words
 * changes the rank instead (副书记 is not 书记, 候补委员 is not 委员, 原主席 is no longer 主席), so
 * such a pair stays two posts.
 */
const RANK_CHANGING = [
  '副',
  '候补',
  '常务',
  '代',
  '代理',
  '名誉',
  '荣誉',
  '执行',
  '第一',
  '首席',
  '原',
  '前',
];

/** Whether `short` is `long` written without some of the bodies or places in front of it. */
export function isShorterFormOf(short: string, long: string): boolean {
  if (short.length >= long.length || !long.endsWith(short)) return false;
  const before = long.slice(0, long.length - short.length);
  return !RANK_CHANGING.some((w) => before.endsWith(w));
}

/**
 * One entry per name (in the order of the first entry with that name), with all its posts; a post
 * that is only a shorter written form of a longer one of the same person is folded into the
 * longer one, which takes the place of the earliest of them.
 */
export function presentOfficials(officials: readonly Official[]): PresentedPerson[] {
  const byName = new Map<string, PresentedPost[]>();
  const pinyin = new Map<string, string>();
  for (const o of officials) {
    let posts = byName.get(o.name);
    if (!posts) byName.set(o.name, (posts = []));
    if (o.pinyin && !pinyin.has(o.name)) pinyin.set(o.name, o.pinyin);
    o.titles.forEach((title, i) => {
      const gloss = o.glosses?.[i] || null;
      const same = posts.find((p) => p.title === title);
      if (!same) posts.push({ title, gloss });
      else same.gloss ??= gloss;
    });
  }
  return [...byName].map(([name, posts]) => ({
    name,
    pinyin: pinyin.get(name) ?? null,
    posts: foldShorterForms(posts),
  }));
}

function foldShorterForms(posts: readonly PresentedPost[]): PresentedPost[] {
  // A post's next fuller form is the shortest post it is a shorter form of (the first on a tie); its
  // fullest form is where that chain ends. Step by step, so that 书记 beside 党委书记 and 原党委书记
  // goes to 党委书记 (原 changes the post) rather than jumping to the longest string.
  const fuller = (p: PresentedPost): PresentedPost | null =>
    posts.reduce<PresentedPost | null>(
      (best, q) =>
        isShorterFormOf(p.title, q.title) && (!best || q.title.length < best.title.length) ? q : best,
      null,
    );
  const fullest = (p: PresentedPost): PresentedPost => {
    const next = fuller(p);
    return next ? fullest(next) : p;
  };
  const out: PresentedPost[] = [];
  for (const p of posts) {
    const kept = fullest(p);
    if (!out.includes(kept)) out.push(kept);
  }
  return out;
}
