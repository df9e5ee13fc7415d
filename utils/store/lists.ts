// The library's lists: saved pages with their highlights, filtered and paged; every
// tag; the whole store for backup.
import {
  byPosition,
  HIGHLIGHT_COLORS,
  isHighlightColor,
  localDay,
  pageDate,
  DAY_RE,
  type AnnotationRecord,
  type PageRecord,
  type VersionRecord,
} from '../core/records';
import { guard } from './errors';
import { invalid, PAGE_TABLES } from './pages';
import { stripKey } from './versions';
import type { RendaDb } from './schema';
import type { ListQuery, PageList, PageWithAnnotations } from '../core/views';

function checkListQuery(q: ListQuery): void {
  for (const k of ['from', 'to'] as const) {
    const v = q[k];
    if (v !== undefined && !DAY_RE.test(v))
      throw invalid(`${k} must be YYYY-MM-DD, not ${JSON.stringify(v)}.`);
  }
  if (q.color !== undefined && !isHighlightColor(q.color))
    throw invalid(
      `Unknown highlight colour ${JSON.stringify(q.color)} (expected one of ${HIGHLIGHT_COLORS.join(', ')}).`,
    );
  for (const k of ['offset', 'limit'] as const) {
    const v = q[k];
    if (v !== undefined && !(Number.isInteger(v) && v >= 0))
      throw invalid(`${k} must be a whole number ≥ 0.`);
  }
}

/** Saved pages with their highlights, filtered, newest first, one slice at a time. */
export function listPages(db: RendaDb, query: ListQuery = {}): Promise<PageList> {
  return guard('list the saved pages', async () => {
    checkListQuery(query);
    const sort = query.sort ?? 'saved';
    const offset = query.offset ?? 0;
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    const byAnnotation = query.tag !== undefined || query.color !== undefined;
    const pageFilters =
      query.site !== undefined ||
      query.official !== undefined ||
      query.slogan !== undefined ||
      query.from !== undefined ||
      query.to !== undefined;

    return db.transaction('r', db.pages, db.annotations, async () => {
      // The common case, the library's first screen: read only the slice, by index.
      if (sort === 'saved' && !byAnnotation && !pageFilters) {
        const total = await db.pages.count();
        let coll = db.pages.orderBy('updated').reverse().offset(offset);
        if (Number.isFinite(limit)) coll = coll.limit(limit);
        const pages = await coll.toArray();
        return { total, items: await withAnnotations(db, pages) };
      }

      let matching: Map<string, AnnotationRecord[]> | undefined;
      if (byAnnotation) {
        const anns =
          query.tag !== undefined
            ? await db.annotations.where('tags').equals(query.tag).toArray()
            : await db.annotations
                .where('color')
                .equals(query.color as string)
                .toArray();
        matching = new Map();
        for (const a of anns) {
          if (query.color !== undefined && a.color !== query.color) continue;
          const list = matching.get(a.pageUrl) ?? [];
          list.push(a);
          matching.set(a.pageUrl, list);
        }
      }

      let pages: PageRecord[];
      if (matching)
        pages = (await db.pages.bulkGet([...matching.keys()])).filter((p): p is PageRecord => !!p);
      else if (query.site !== undefined) pages = await db.pages.where('site').equals(query.site).toArray();
      else pages = await db.pages.toArray();

      const dayOf = sort === 'published' ? pageDate : (p: PageRecord) => localDay(p.updated);
      const filtered = pages.filter(
        (p) =>
          (query.site === undefined || p.site === query.site) &&
          (query.official === undefined || p.officials.some((o) => o.name === query.official)) &&
          (query.slogan === undefined || p.slogans.some((s) => s.text === query.slogan)) &&
          (query.from === undefined || dayOf(p) >= query.from) &&
          (query.to === undefined || dayOf(p) <= query.to),
      );
      const sorted =
        sort === 'published'
          ? filtered.sort(
              (a, b) => cmpDesc(pageDate(a), pageDate(b)) || b.updated - a.updated || cmpDesc(a.url, b.url),
            )
          : filtered.sort((a, b) => b.updated - a.updated || cmpDesc(a.url, b.url));
      const slice = sorted.slice(offset, offset + limit);
      const items = matching
        ? slice.map((page) => ({ page, annotations: (matching.get(page.url) ?? []).sort(byPosition) }))
        : await withAnnotations(db, slice);
      return { total: sorted.length, items };
    });
  });
}

function cmpDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

async function withAnnotations(db: RendaDb, pages: PageRecord[]): Promise<PageWithAnnotations[]> {
  // One equals() per page, not anyOf(): anyOf walks a cursor that is far slower on large records.
  const lists = await Promise.all(pages.map((p) => db.annotations.where('pageUrl').equals(p.url).toArray()));
  return pages.map((page, i) => ({ page, annotations: (lists[i] ?? []).sort(byPosition) }));
}

/** Everything in the database (pages by key, annotations by id, versions in the order saved), for backup and export. */
export function dumpAll(
  db: RendaDb,
): Promise<{ pages: PageRecord[]; annotations: AnnotationRecord[]; versions: VersionRecord[] }> {
  return guard('read the whole database', () =>
    db.transaction('r', db.pages, db.annotations, db.versions, async () => ({
      pages: await db.pages.toArray(),
      annotations: await db.annotations.toArray(),
      versions: (await db.versions.toArray()).map(stripKey),
    })),
  );
}

/** Deletes every page, highlight, saved article and index row, in one transaction. */
export function clearAll(db: RendaDb): Promise<void> {
  return guard('delete everything', () =>
    db.transaction('rw', PAGE_TABLES(db), async () => {
      await db.annotations.clear();
      await db.terms.clear();
      await db.versions.clear();
      await db.textgrams.clear();
      await db.pages.clear();
    }),
  );
}
