// Views over everything saved: who held which post when (a personnel timeline built
// from the officials detected on saved pages, each post with its place), how often each
// formulation was used month by month, and the values the library's filters can take.
import { pagePlaces, placePost, postKey, type PlacedPost } from '../core/jurisdiction';
import { pageDate, type PageRecord } from '../core/records';
import { guard } from './errors';
import type { RendaDb } from './schema';
import type { Appearance, Facet, Facets, OfficialEntry, SloganEntry, SloganMonth } from '../core/views';

const collator = new Intl.Collator('zh-Hans-CN');

function byDate(a: Appearance, b: Appearance): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.title, b.title);
}

/**
 * Pure: the personnel timeline of a set of pages. Most-seen officials first. A post written
 * without its place (区委书记) is keyed with the page's place, so two districts' posts stay two.
 */
export function buildPeopleIndex(pages: readonly PageRecord[]): OfficialEntry[] {
  const people = new Map<
    string,
    { pages: Map<string, Appearance>; posts: Map<string, { post: PlacedPost; at: Map<string, Appearance> }> }
  >();
  for (const p of pages) {
    const at: Appearance = { url: p.url, title: p.title, date: pageDate(p) };
    const places = pagePlaces(p);
    for (const o of p.officials) {
      let entry = people.get(o.name);
      if (!entry) people.set(o.name, (entry = { pages: new Map(), posts: new Map() }));
      entry.pages.set(p.url, at);
      for (const t of o.titles) {
        const placed = placePost(t, places, o.titles);
        const key = postKey(placed);
        let post = entry.posts.get(key);
        if (!post) entry.posts.set(key, (post = { post: placed, at: new Map() }));
        post.at.set(p.url, at);
      }
    }
  }
  const out: OfficialEntry[] = [];
  for (const [name, e] of people) {
    const all = [...e.pages.values()].sort(byDate);
    const posts = [...e.posts.values()].map(({ post, at }) => {
      const list = [...at.values()].sort(byDate);
      return { ...post, first: list[0]?.date ?? '', last: list[list.length - 1]?.date ?? '', pages: list };
    });
    posts.sort((a, b) =>
      a.first < b.first ? -1 : a.first > b.first ? 1 : collator.compare(a.title, b.title),
    );
    out.push({ name, first: all[0]?.date ?? '', last: all[all.length - 1]?.date ?? '', pages: all, posts });
  }
  return out.sort((a, b) => b.pages.length - a.pages.length || collator.compare(a.name, b.name));
}

/** Pure: each slogan's use per month over a set of pages. Most-used first. */
export function buildSloganIndex(pages: readonly PageRecord[]): SloganEntry[] {
  const slogans = new Map<string, Map<string, SloganMonth>>();
  for (const p of pages) {
    const month = pageDate(p).slice(0, 7);
    // A page lists a slogan once; merge defensively in case it does not.
    const seen = new Set<string>();
    for (const s of p.slogans) {
      let months = slogans.get(s.text);
      if (!months) slogans.set(s.text, (months = new Map()));
      let m = months.get(month);
      if (!m) months.set(month, (m = { month, count: 0, pages: 0 }));
      m.count += s.count;
      if (!seen.has(s.text)) m.pages += 1;
      seen.add(s.text);
    }
  }
  const out: SloganEntry[] = [];
  for (const [text, months] of slogans) {
    const list = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
    out.push({
      text,
      total: list.reduce((n, m) => n + m.count, 0),
      pages: list.reduce((n, m) => n + m.pages, 0),
      months: list,
    });
  }
  return out.sort((a, b) => b.total - a.total || collator.compare(a.text, b.text));
}

export function peopleIndex(db: RendaDb): Promise<OfficialEntry[]> {
  return guard('build the index of officials', async () => buildPeopleIndex(await db.pages.toArray()));
}

export function sloganIndex(db: RendaDb): Promise<SloganEntry[]> {
  return guard('build the index of formulations', async () => buildSloganIndex(await db.pages.toArray()));
}

function toFacets(counts: Map<string, number>): Facet[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** The values each library filter can take, with how often each occurs. */
export function facets(db: RendaDb): Promise<Facets> {
  return guard('read the filters', () =>
    db.transaction('r', db.pages, db.annotations, async () => {
      // Tags, colours and sites: distinct index keys, then a count per key; no annotation is read.
      const countEach = async (table: typeof db.annotations | typeof db.pages, index: string) => {
        const keys = (await table.orderBy(index).uniqueKeys()) as string[];
        const counts = await Promise.all(keys.map((k) => table.where(index).equals(k).count()));
        return new Map(keys.map((k, i) => [k, counts[i] ?? 0]));
      };
      const [tags, colors, sites] = await Promise.all([
        countEach(db.annotations, 'tags'),
        countEach(db.annotations, 'color'),
        countEach(db.pages, 'site'),
      ]);
      const officials = new Map<string, number>();
      const slogans = new Map<string, number>();
      for (const p of await db.pages.toArray()) {
        for (const n of new Set(p.officials.map((o) => o.name))) bump(officials, n);
        for (const x of new Set(p.slogans.map((y) => y.text))) bump(slogans, x);
      }
      return {
        tags: toFacets(tags),
        colors: toFacets(colors),
        sites: toFacets(sites),
        officials: toFacets(officials),
        slogans: toFacets(slogans),
      };
    }),
  );
}
