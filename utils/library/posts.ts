// The personnel timeline turned around: for each post, who held it and when, as
// far as the saved pages tell (天宁区长: A from 2021-03 to 2022-11, then B …).
import { foldedIncludes } from '../core/fold';
import { postKey } from '../core/jurisdiction';
import type { Appearance, OfficialEntry } from '../core/views';

export interface PostHolder {
  name: string;
  first: string;
  last: string;
  pages: Appearance[];
}

export interface PostEntry {
  /** The post with its place (天宁区委书记). */
  title: string;
  /** What tells the post apart when its place is not known (the source's place, or the site). */
  where?: string;
  /** Oldest first. */
  holders: PostHolder[];
}

const collator = new Intl.Collator('zh-Hans-CN');

/**
 * Posts with their holders in order of first appearance; posts with most holders first. A
 * post is its title with its place (as the store keys it), so 天宁区委书记 and 武进区委书记 are two.
 */
export function holdersByPost(people: readonly OfficialEntry[]): PostEntry[] {
  const posts = new Map<string, PostEntry>();
  for (const person of people) {
    for (const post of person.posts) {
      const key = postKey(post);
      let entry = posts.get(key);
      if (!entry) {
        entry = { title: post.title, holders: [] };
        if (post.where !== undefined) entry.where = post.where;
        posts.set(key, entry);
      }
      entry.holders.push({ name: person.name, first: post.first, last: post.last, pages: post.pages });
    }
  }
  for (const entry of posts.values())
    entry.holders.sort((a, b) =>
      a.first < b.first ? -1 : a.first > b.first ? 1 : collator.compare(a.name, b.name),
    );
  return [...posts.values()].sort(
    (a, b) =>
      b.holders.length - a.holders.length ||
      collator.compare(a.title, b.title) ||
      collator.compare(a.where ?? '', b.where ?? ''),
  );
}

/** A span of dates for display: one date when first and last agree. */
export function dateSpan(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}

/** Substring filter over names or titles (folded as search folds them), for the index's filter box. */
export function filterByText<T>(items: readonly T[], text: string, key: (item: T) => string[]): T[] {
  const q = text.trim();
  if (q === '') return [...items];
  return items.filter((item) => key(item).some((k) => foldedIncludes(k, q)));
}

/** The host of a page address, to tell apart posts of the same name in different places; '' if none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
