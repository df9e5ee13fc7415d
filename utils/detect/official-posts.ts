// Posts: a rank word (书记, 副县长, 总统 …) with the body written before it (市人大常委会副主任), and
// whether the post is a public one (GUIDELINES.md, "Officials").
import * as L from './data/lists';
import { isHan, longestFirst, setOf, wordEndingAt, wordStartingAt } from './text';

export const RANKS = longestFirst(L.ranks);
export const GENERIC_RANKS = setOf(L.genericRanks);
const PUBLIC = longestFirst(L.publicMarkers);
const PRIVATE = longestFirst(L.privateMarkers);
const BODY_STOPS = longestFirst(L.bodyStops);
const BODY_KEEP = longestFirst(L.bodyKeep);
const DEICTIC = longestFirst(L.deicticPrefixes);
const MAX_BODY = 24;
const SHORT = 64;

export interface Post {
  /** The post as written: body and rank (市人大常委会副主任). */
  title: string;
  rank: string;
  start: number;
  end: number;
  /** Where the words before the rank start, a deictic prefix (我县, 本次大会) included. */
  from: number;
}

/**
 * Whether `s` contains any of `words`. A post's body is short and is read for every rank found: one
 * indexed lookup a character beats a scan per word there; a whole text is faster with the engine's own search.
 */
export function includesAny(s: string, words: readonly string[]): boolean {
  if (s.length > SHORT) return words.some((w) => s.includes(w));
  for (let i = 0; i < s.length; i++) if (wordStartingAt(s, i, words) !== undefined) return true;
  return false;
}

/** The post (body + rank) that ends at `end`, or undefined when no rank ends there. */
export function postEndingAt(text: string, end: number): Post | undefined {
  const rank = wordEndingAt(text, end, RANKS);
  if (!rank) return undefined;
  const rankStart = end - rank.length;
  let b = rankStart;
  while (b > rankStart - MAX_BODY && b > 0) {
    const c = text[b - 1] ?? '';
    if (!isHan(c) && !/[A-Za-z]/.test(c)) break;
    const keep = wordEndingAt(text, b, BODY_KEEP);
    if (keep) {
      b -= keep.length;
      continue;
    }
    if (wordEndingAt(text, b, BODY_STOPS)) break;
    b--;
  }
  const from = b;
  const deictic = wordStartingAt(text.slice(b, rankStart), 0, DEICTIC);
  if (deictic) b += deictic.length;
  return { title: text.slice(b, end), rank, start: b, end, from };
}

/** Whether a body (the words before a rank) names a public one, and no company or association. */
export const isPublicBody = (body: string): boolean =>
  !includesAny(body, PRIVATE) && includesAny(body, PUBLIC);

/** Whether a body ends with a public marker (县人大, 市政协, 区委), so that what follows is not part of it. */
export const endsWithPublicMarker = (body: string): boolean =>
  wordEndingAt(body, body.length, PUBLIC) !== undefined;

/** Whether a post is a public one (GUIDELINES: Party, congress, government, courts, army, public institutions). */
export function isPublicPost(post: Post, publicContext = false): boolean {
  const body = post.title.slice(0, post.title.length - post.rank.length);
  // A Party post is public wherever it is held (集团党委书记); other posts in companies and associations are not.
  if (/[书書][记記]$/.test(post.rank)) return true;
  if (includesAny(body, PRIVATE)) return false;
  // 领导班子成员: a group label, not a post (GUIDELINES, "Group labels").
  if (post.rank === '成员' && body.endsWith('班子')) return false;
  if (!GENERIC_RANKS.has(post.rank)) return true;
  // 副主任李明 after 区人大常委会主任王建国: a bare 主任 in an article about a public body is that body's.
  if (body === '') return publicContext;
  return includesAny(body, PUBLIC);
}

/** Bodies whose 主任, 秘书长 and 主席 an article may name without repeating the body. */
const CONTEXT_BODIES = ['人大常委会', '人大', '政协', '常委会'];

/** Whether the article is about a congress or CPPCC, so that a bare 主任 or 委员 is that body's. */
export const isPublicContext = (text: string): boolean => includesAny(text, CONTEXT_BODIES);

/** The posts written before `end` and joined by 、 , or 兼 (县委常委、政法委书记), first one first. */
export function postChain(text: string, end: number): Post[] {
  const chain: Post[] = [];
  let at = end;
  for (;;) {
    const post = postEndingAt(text, at);
    if (!post || post.title.length === 0) break;
    chain.unshift(post);
    const sep = text[post.start - 1];
    if (sep === undefined || !'、,，兼'.includes(sep)) break;
    if (!wordEndingAt(text, post.start - 1, RANKS)) break;
    at = post.start - 1;
  }
  return chain;
}

/** The public posts of a chain: 党委书记、董事长 — a bare post after a public one is held in the same body. */
export function publicTitles(chain: readonly Post[], publicContext: boolean): string[] {
  const isPublic = (p: Post): boolean => isPublicPost(p, publicContext);
  return chain
    .filter(
      (p) =>
        isPublic(p) ||
        (p.title === p.rank && chain.some((q) => q !== p && isPublic(q) && !GENERIC_RANKS.has(q.rank))),
    )
    .map((p) => p.title);
}
