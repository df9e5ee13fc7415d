// The personnel timeline turned around: for each post, who held it and when, as
// far as the saved pages tell (区长: A from 2021-03 to 2022-11, then B …).
import { foldedIncludes } from '../core/fold';
import type { Appearance, OfficialEntry } from '../core/views';

export interface PostHolder {
  name: string;
  first: string;
  last: string;
  pages: Appearance[];
}

export interface PostEntry {
  title: string;
  /** Oldest first. */
  holders: PostHolder[];
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Posts with their holders in order of first appearance; posts with most holders first. */
export function holdersByPost(people: readonly OfficialEntry[]): PostEntry[] {
  const posts = new Map<string, PostHolder[]>();
  for (const person of people) {
    for (const post of person.posts) {
      const list = posts.get(post.title) ?? [];
      list.push({ name: person.name, first: post.first, last: post.last, pages: post.pages });
      posts.set(post.title, list);
    }
  }
  return [...posts]
    .map(([title, holders]) => ({
      title,
      holders: holders.sort((a, b) =>
        a.first < b.first ? -1 : a.first > b.first ? 1 : collator.compare(a.name, b.name),
      ),
    }))
    .sort((a, b) => b.holders.length - a.holders.length || collator.compare(a.title, b.title));
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
