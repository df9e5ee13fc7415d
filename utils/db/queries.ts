// Everything the background and the extension pages ask of the database. Every
// function either does all it says or throws a DbError; changes that touch more
// than one record run in one transaction, so a failure leaves nothing half-written.
import type { Selector } from '../anchor/types';
import { InvalidUrlError, normalizeUrl, siteOf } from '../url';
import { DbError, guard } from './errors';
import {
  isHighlightColor,
  HIGHLIGHT_COLORS,
  type AnnotationRecord,
  type HighlightColor,
  type PageInput,
  type PageRecord,
} from './model';
import { cleanTags, type RendaDb } from './schema';
import { checkAnnotationRecord, checkPageRecord } from './validate';
import type { TermsRow } from './model';
import { annotationTerms, annotationTermsKey, pageTerms, pageTermsKey } from './text';

// ---------- helpers ----------

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function invalid(message: string): DbError {
  return new DbError('invalid', message);
}

function keysFor(url: string, canonical?: string | null): string[] {
  try {
    const { key, alias } = normalizeUrl(url, canonical);
    return alias ? [key, alias] : [key];
  } catch (err) {
    if (err instanceof InvalidUrlError) throw new DbError('invalid', err.message, { cause: err });
    throw err;
  }
}

/**
 * The addresses to look a page up by: the keys, then the same with the other scheme. Many government
 * sites answer on both http and https; the same article must not lose its highlights over that.
 */
function lookupKeys(keys: string[]): string[] {
  const out = [...keys];
  for (const k of keys) {
    const other = k.startsWith('http://')
      ? `https://${k.slice(7)}`
      : k.startsWith('https://')
        ? `http://${k.slice(8)}`
        : null;
    if (other && !out.includes(other)) out.push(other);
  }
  return out;
}

/** The page saved under any of these normalised addresses (or their other scheme), as key or as alias. */
async function findPage(db: RendaDb, keys: string[]): Promise<PageRecord | undefined> {
  const all = lookupKeys(keys);
  for (const k of all) {
    const p = await db.pages.get(k);
    if (p) return p;
  }
  return db.pages.where('aliases').anyOf(all).first();
}

/** Calendar day (local time) of a timestamp, as YYYY-MM-DD. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** The date a page is filed under: its publication date, else the day it was first saved. */
export function pageDate(p: PageRecord): string {
  return p.published ?? localDay(p.created);
}

function positionOf(a: AnnotationRecord): number {
  for (const s of a.selectors) if (s.type === 'TextPositionSelector') return s.start;
  return Number.MAX_SAFE_INTEGER;
}

/** Reading order: by position in the page, then by creation. */
export function byPosition(a: AnnotationRecord, b: AnnotationRecord): number {
  return positionOf(a) - positionOf(b) || a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function checkPageInput(p: PageInput): void {
  if (typeof p !== 'object' || p === null) throw invalid('The page to save is missing.');
  if (typeof p.title !== 'string') throw invalid('The page has no title string.');
  if (p.published !== null && !(typeof p.published === 'string' && DATE.test(p.published))) {
    throw invalid(`The page date must be YYYY-MM-DD or null, not ${JSON.stringify(p.published)}.`);
  }
  if (p.source !== null && typeof p.source !== 'string')
    throw invalid('The page source must be a string or null.');
  for (const k of ['officials', 'meetings', 'slogans'] as const) {
    if (!Array.isArray(p[k])) throw invalid(`The page's ${k} must be a list.`);
  }
}

function checkSelectors(selectors: unknown): Selector[] {
  if (!Array.isArray(selectors)) throw invalid('A highlight needs a list of selectors.');
  const quote = selectors.find((s: Selector) => s?.type === 'TextQuoteSelector') as Selector | undefined;
  if (!quote || quote.type !== 'TextQuoteSelector' || typeof quote.exact !== 'string' || quote.exact === '') {
    throw invalid('A highlight needs a TextQuoteSelector with the quoted text.');
  }
  for (const s of selectors as Selector[]) {
    if (
      s.type === 'TextPositionSelector' &&
      !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end >= s.start)
    ) {
      throw invalid('A TextPositionSelector needs whole-number offsets with start ≤ end.');
    }
  }
  return selectors as Selector[];
}

function checkColor(color: unknown): HighlightColor {
  if (!isHighlightColor(color)) {
    throw invalid(
      `Unknown highlight colour ${JSON.stringify(color)} (expected one of ${HIGHLIGHT_COLORS.join(', ')}).`,
    );
  }
  return color;
}

function checkTags(tags: unknown): string[] {
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
    throw invalid('Tags must be a list of strings.');
  return cleanTags(tags as string[]);
}

function checkNote(note: unknown): string {
  if (typeof note !== 'string') throw invalid('A note must be a string.');
  return note;
}

function checkCodePoints(cp: unknown): { start: number; end: number } | undefined {
  if (cp === undefined) return undefined;
  const c = cp as { start?: unknown; end?: unknown };
  if (!(
    Number.isInteger(c?.start) &&
    Number.isInteger(c?.end) &&
    (c.start as number) >= 0 &&
    (c.end as number) >= (c.start as number)
  )) {
    throw invalid('codePoints needs whole-number offsets with start ≤ end.');
  }
  return { start: c.start as number, end: c.end as number };
}

/** Puts a record's index row, dropping the old one when its key (which holds the time) changed. */
async function putTerms(db: RendaDb, oldKey: string | null, row: TermsRow): Promise<void> {
  if (oldKey !== null && oldKey !== row.key) await db.terms.delete(oldKey);
  await db.terms.put(row);
}

/** Only the named keys of a plain object (detection results carry mentions, kinds, glosses we do not keep). */
function pick(o: unknown, keys: readonly string[]): unknown {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return o;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in o) out[k] = (o as Record<string, unknown>)[k];
  return out;
}

const SELECTOR_KEYS: Record<string, readonly string[]> = {
  TextQuoteSelector: ['type', 'exact', 'prefix', 'suffix'],
  TextPositionSelector: ['type', 'start', 'end'],
};

/** Selectors as stored: known fields only; an unknown selector type is left for validation to reject. */
function storedSelectors(selectors: Selector[]): Selector[] {
  return selectors.map((s) => {
    const keys = SELECTOR_KEYS[(s as { type?: string })?.type ?? ''];
    return (keys ? pick(s, keys) : s) as Selector;
  });
}

// ---------- pages ----------

/** Inside a transaction: upsert a page by key or alias, keep its index row current. */
async function upsertPage(db: RendaDb, input: PageInput, now: number): Promise<PageRecord> {
  checkPageInput(input);
  const keys = keysFor(input.url, input.canonical);
  const existing = await findPage(db, keys);
  const fields = {
    title: input.title,
    published: input.published,
    source: input.source,
    officials: input.officials.map((o) => pick(o, ['name', 'titles'])) as PageRecord['officials'],
    meetings: input.meetings.map((m) => pick(m, ['name', 'date'])) as PageRecord['meetings'],
    slogans: input.slogans.map((x) => pick(x, ['text', 'count'])) as PageRecord['slogans'],
  };
  let page: PageRecord;
  if (existing) {
    const aliases = [...existing.aliases];
    const addAlias = (u: string) => {
      if (u !== existing.url && !aliases.includes(u)) aliases.push(u);
    };
    keys.forEach(addAlias);
    // The same article may have been saved twice before the link between its addresses was known
    // (once at each): fold the other record and its highlights into this one.
    const others = new Map<string, PageRecord>();
    const all = lookupKeys(keys);
    for (const p of await db.pages.bulkGet(all)) if (p && p.url !== existing.url) others.set(p.url, p);
    for (const p of await db.pages.where('aliases').anyOf(all).toArray()) {
      if (p.url !== existing.url) others.set(p.url, p);
    }
    let created = existing.created;
    for (const other of others.values()) {
      const moved = await db.annotations.where('pageUrl').equals(other.url).toArray();
      await db.annotations.bulkPut(moved.map((a) => ({ ...a, pageUrl: existing.url })));
      await db.terms.delete(pageTermsKey(other));
      await db.pages.delete(other.url);
      addAlias(other.url);
      other.aliases.forEach(addAlias);
      created = Math.min(created, other.created);
    }
    page = { ...existing, ...fields, aliases, created, updated: now };
  } else {
    const [key, ...aliases] = keys as [string, ...string[]];
    page = { url: key, aliases, site: siteOf(key), ...fields, created: now, updated: now };
  }
  checkPageRecord(page);
  await db.pages.put(page);
  await putTerms(db, existing ? pageTermsKey(existing) : null, pageTerms(page));
  return page;
}

/**
 * Saves what is known about a page (insert, or update the page found by its key or any alias).
 * The key is the normalised canonical link when there is one; the page's own address becomes an alias.
 * Two saved pages that turn out to be one article (the canonical link joins them) are merged.
 */
export function savePage(db: RendaDb, input: PageInput): Promise<PageRecord> {
  return guard('save the page', () =>
    db.transaction('rw', db.pages, db.annotations, db.terms, () => upsertPage(db, input, Date.now())),
  );
}

/** The page saved for this address (or its canonical link), by key or alias; null if none. */
export function getPage(db: RendaDb, url: string, canonical?: string | null): Promise<PageRecord | null> {
  return guard('read the page', async () => {
    const keys = keysFor(url, canonical);
    return (await db.transaction('r', db.pages, () => findPage(db, keys))) ?? null;
  });
}

/** Deletes a page and all its highlights; returns what was deleted (for undo with restorePage). */
export function deletePage(
  db: RendaDb,
  url: string,
): Promise<{ page: PageRecord; annotations: AnnotationRecord[] } | null> {
  return guard('delete the page', () =>
    db.transaction('rw', db.pages, db.annotations, db.terms, async () => {
      const page = await findPage(db, keysFor(url));
      if (!page) return null;
      const annotations = await db.annotations.where('pageUrl').equals(page.url).toArray();
      await db.annotations.bulkDelete(annotations.map((a) => a.id));
      await db.terms.bulkDelete([...annotations.map(annotationTermsKey), pageTermsKey(page)]);
      await db.pages.delete(page.url);
      return { page, annotations: annotations.sort(byPosition) };
    }),
  );
}

/** Puts back a page and its highlights exactly as deletePage returned them. */
export function restorePage(
  db: RendaDb,
  removed: { page: PageRecord; annotations: AnnotationRecord[] },
): Promise<void> {
  return guard('restore the page', () =>
    db.transaction('rw', db.pages, db.annotations, db.terms, async () => {
      if (removed.annotations.some((a) => a.pageUrl !== removed.page.url)) {
        throw invalid('Every restored highlight must belong to the restored page.');
      }
      checkPageRecord(removed.page);
      removed.annotations.forEach(checkAnnotationRecord);
      const existing = await db.pages.get(removed.page.url);
      await db.pages.put(removed.page);
      await putTerms(db, existing ? pageTermsKey(existing) : null, pageTerms(removed.page));
      const replaced = await db.annotations.bulkGet(removed.annotations.map((a) => a.id));
      await db.terms.bulkDelete(replaced.filter((a): a is AnnotationRecord => !!a).map(annotationTermsKey));
      await db.annotations.bulkPut(removed.annotations);
      await db.terms.bulkPut(removed.annotations.map(annotationTerms));
    }),
  );
}

// ---------- annotations ----------

export interface NewAnnotationInput {
  /** The page (saved or updated in the same transaction), or the URL/key of a page already saved. */
  page: PageInput | string;
  selectors: Selector[];
  color: HighlightColor;
  tags?: string[];
  note?: string;
  codePoints?: { start: number; end: number };
}

/** Saves a new highlight (and its page) in one transaction; returns the stored record. */
export function addAnnotation(db: RendaDb, input: NewAnnotationInput): Promise<AnnotationRecord> {
  return guard('save the highlight', () => {
    const selectors = storedSelectors(checkSelectors(input.selectors));
    const color = checkColor(input.color);
    const tags = checkTags(input.tags ?? []);
    const note = checkNote(input.note ?? '');
    const codePoints = checkCodePoints(input.codePoints);
    return db.transaction('rw', db.pages, db.annotations, db.terms, async () => {
      const now = Date.now();
      let pageUrl: string;
      if (typeof input.page === 'string') {
        const page = await findPage(db, keysFor(input.page));
        if (!page) throw new DbError('not-found', `No saved page for ${input.page}; save the page first.`);
        const touched = { ...page, updated: now };
        await db.pages.put(touched);
        await putTerms(db, pageTermsKey(page), pageTerms(touched));
        pageUrl = page.url;
      } else {
        pageUrl = (await upsertPage(db, input.page, now)).url;
      }
      const record: AnnotationRecord = {
        id: crypto.randomUUID(),
        pageUrl,
        selectors,
        ...(codePoints ? { codePoints } : {}),
        color,
        tags,
        note,
        created: now,
        updated: now,
      };
      checkAnnotationRecord(record);
      // The record first, then its index row: both or neither land (one transaction).
      await db.annotations.add(record);
      await db.terms.put(annotationTerms(record));
      return record;
    });
  });
}

export interface AnnotationChanges {
  color?: HighlightColor;
  tags?: string[];
  note?: string;
  /** After re-anchoring on a changed page. */
  selectors?: Selector[];
  codePoints?: { start: number; end: number };
}

/** Changes colour, tags, note or selectors of a highlight; throws DbError 'not-found' if it is gone. */
export function updateAnnotation(
  db: RendaDb,
  id: string,
  changes: AnnotationChanges,
): Promise<AnnotationRecord> {
  return guard('update the highlight', () => {
    const patch: Partial<AnnotationRecord> = {};
    if (changes.color !== undefined) patch.color = checkColor(changes.color);
    if (changes.tags !== undefined) patch.tags = checkTags(changes.tags);
    if (changes.note !== undefined) patch.note = checkNote(changes.note);
    if (changes.selectors !== undefined) patch.selectors = storedSelectors(checkSelectors(changes.selectors));
    if (changes.codePoints !== undefined) patch.codePoints = checkCodePoints(changes.codePoints);
    return db.transaction('rw', db.annotations, db.terms, async () => {
      const old = await db.annotations.get(id);
      if (!old)
        throw new DbError(
          'not-found',
          'This highlight no longer exists (it may have been deleted in another tab).',
        );
      const record: AnnotationRecord = { ...old, ...patch, updated: Math.max(Date.now(), old.updated) };
      checkAnnotationRecord(record);
      await db.annotations.put(record);
      await putTerms(db, annotationTermsKey(old), annotationTerms(record));
      return record;
    });
  });
}

/** Deletes a highlight; returns the deleted record (keep it to offer undo), or null if there was none. */
export function deleteAnnotation(db: RendaDb, id: string): Promise<AnnotationRecord | null> {
  return guard('delete the highlight', () =>
    db.transaction('rw', db.annotations, db.terms, async () => {
      const old = await db.annotations.get(id);
      if (!old) return null;
      await db.annotations.delete(id);
      await db.terms.delete(annotationTermsKey(old));
      return old;
    }),
  );
}

/** Puts back a deleted highlight exactly (same id, dates, tags). Its page must still exist. */
export function restoreAnnotation(db: RendaDb, record: AnnotationRecord): Promise<AnnotationRecord> {
  return guard('restore the highlight', () => {
    checkSelectors(record.selectors);
    checkColor(record.color);
    checkTags(record.tags);
    checkNote(record.note);
    if (typeof record.id !== 'string' || record.id === '')
      throw invalid('A restored highlight needs its id.');
    checkAnnotationRecord(record);
    return db.transaction('rw', db.pages, db.annotations, db.terms, async () => {
      if (!(await db.pages.get(record.pageUrl))) {
        throw new DbError('not-found', 'The page of this highlight was deleted; restore the page instead.');
      }
      const old = await db.annotations.get(record.id);
      await db.annotations.put(record);
      await putTerms(db, old ? annotationTermsKey(old) : null, annotationTerms(record));
      return record;
    });
  });
}

/** The highlights saved for this address (by key or alias), in reading order. */
export function annotationsForPage(
  db: RendaDb,
  url: string,
  canonical?: string | null,
): Promise<AnnotationRecord[]> {
  return guard('read the highlights of this page', async () => {
    const keys = keysFor(url, canonical);
    return db.transaction('r', db.pages, db.annotations, async () => {
      const page = await findPage(db, keys);
      // A page saved before it had a canonical link may hold highlights under the page's own address.
      const key = page?.url ?? keys[0];
      if (key === undefined) return [];
      return (await db.annotations.where('pageUrl').equals(key).toArray()).sort(byPosition);
    });
  });
}

/** Every tag in use, sorted. */
export function allTags(db: RendaDb): Promise<string[]> {
  return guard('read the tags', async () => (await db.annotations.orderBy('tags').uniqueKeys()) as string[]);
}

// ---------- the library ----------

export interface ListQuery {
  tag?: string;
  color?: HighlightColor;
  site?: string;
  /** An official's name, as detected. */
  official?: string;
  /** A slogan's text, as detected. */
  slogan?: string;
  /** Inclusive YYYY-MM-DD bounds on the date the list is sorted by (page date or saved day). */
  from?: string;
  to?: string;
  /** 'published': by page date (the saved day when the page has none); 'saved': by last save. Newest first. */
  sort?: 'published' | 'saved';
  offset?: number;
  /** Default: all. */
  limit?: number;
}

export interface PageWithAnnotations {
  page: PageRecord;
  /** In reading order. With a tag or colour filter, only the highlights that match it. */
  annotations: AnnotationRecord[];
}

export interface PageList {
  /** How many pages match, for paging. */
  total: number;
  items: PageWithAnnotations[];
}

function checkListQuery(q: ListQuery): void {
  for (const k of ['from', 'to'] as const) {
    const v = q[k];
    if (v !== undefined && !DATE.test(v)) throw invalid(`${k} must be YYYY-MM-DD, not ${JSON.stringify(v)}.`);
  }
  if (q.color !== undefined) checkColor(q.color);
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

/** Everything in the database (pages by key, annotations by id), for backup and export. */
export function dumpAll(db: RendaDb): Promise<{ pages: PageRecord[]; annotations: AnnotationRecord[] }> {
  return guard('read the whole database', () =>
    db.transaction('r', db.pages, db.annotations, async () => ({
      pages: await db.pages.toArray(),
      annotations: await db.annotations.toArray(),
    })),
  );
}

/** Deletes every page, highlight and index row, in one transaction. */
export function clearAll(db: RendaDb): Promise<void> {
  return guard('delete everything', () =>
    db.transaction('rw', db.pages, db.annotations, db.terms, async () => {
      await db.annotations.clear();
      await db.terms.clear();
      await db.pages.clear();
    }),
  );
}
