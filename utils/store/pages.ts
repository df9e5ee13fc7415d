// Page identity and saved pages. A page is keyed by its normalised canonical link (its
// own address becomes an alias); lookups try the other scheme too. Every function does
// all it says or throws a DbError; multi-record changes run in one transaction.
import { DbError } from '../core/errors';
import {
  byPosition,
  check,
  checkAnnotationRecord,
  checkPageRecord,
  PageInputSchema,
  type AnnotationRecord,
  type PageInput,
  type PageRecord,
} from '../core/records';
import type { Selector } from '../core/records';
import type { RemovedPage } from '../core/views';
import { InvalidUrlError, normalizeUrl, siteOf } from '../url';
import { guard } from './errors';
import type { RendaDb } from './schema';
import { dropVersions, moveVersions, putVersions } from './versions';
import {
  addTerms,
  annotationTerms,
  annotationTermsKey,
  dropTerms,
  pageTerms,
  pageTermsKey,
  putTerms,
} from './terms';

/** The tables a change to a page may touch: its record, highlights, index rows and saved articles. */
export const PAGE_TABLES = (db: RendaDb) => [db.pages, db.annotations, db.terms, db.versions, db.textgrams];

export function invalid(message: string): DbError {
  return new DbError('invalid', message);
}

export function keysFor(url: string, canonical?: string | null): string[] {
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
export function lookupKeys(keys: string[]): string[] {
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
export async function findPage(db: RendaDb, keys: string[]): Promise<PageRecord | undefined> {
  const all = lookupKeys(keys);
  for (const k of all) {
    const p = await db.pages.get(k);
    if (p) return p;
  }
  return db.pages.where('aliases').anyOf(all).first();
}

/** Only the named keys of a plain object (detection results carry mentions, kinds, glosses we do not keep). */
export function pick(o: unknown, keys: readonly string[]): unknown {
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
export function storedSelectors(selectors: Selector[]): Selector[] {
  return selectors.map((s) => {
    const keys = SELECTOR_KEYS[(s as { type?: string })?.type ?? ''];
    return (keys ? pick(s, keys) : s) as Selector;
  });
}

/** Inside a transaction: upsert a page by key or alias, keep its index row current. */
export async function upsertPage(db: RendaDb, input: PageInput, now: number): Promise<PageRecord> {
  check(PageInputSchema, input, 'page');
  const keys = keysFor(input.url, input.canonical);
  const existing = await findPage(db, keys);
  const fields = {
    title: input.title,
    published: input.published,
    source: input.source,
    officials: input.officials.map((o) => pick(o, ['name', 'titles'])) as PageRecord['officials'],
    meetings: input.meetings.map((m) => pick(m, ['name', 'date'])) as PageRecord['meetings'],
    slogans: input.slogans.map((x) => pick(x, ['text', 'count'])) as PageRecord['slogans'],
    // Only when the caller says (null included): a caller that does not know them (an older
    // analyzer) must not erase what an earlier save kept, nor write undefined into the record.
    ...(input.byline !== undefined ? { byline: input.byline } : {}),
    ...(input.siteName !== undefined ? { siteName: input.siteName } : {}),
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
      await moveVersions(db, other.url, existing.url);
      await dropTerms(db, [pageTermsKey(other)]);
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
    db.transaction('rw', PAGE_TABLES(db), () => upsertPage(db, input, Date.now())),
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
export function deletePage(db: RendaDb, url: string): Promise<RemovedPage | null> {
  return guard('delete the page', () =>
    db.transaction('rw', PAGE_TABLES(db), async () => {
      const page = await findPage(db, keysFor(url));
      if (!page) return null;
      const annotations = await db.annotations.where('pageUrl').equals(page.url).toArray();
      await db.annotations.bulkDelete(annotations.map((a) => a.id));
      await dropTerms(db, [...annotations.map(annotationTermsKey), pageTermsKey(page)]);
      const versions = await dropVersions(db, page.url);
      await db.pages.delete(page.url);
      return { page, annotations: annotations.sort(byPosition), versions };
    }),
  );
}

/** Puts back a page, its highlights and its saved articles exactly as deletePage returned them. */
export function restorePage(db: RendaDb, removed: RemovedPage): Promise<void> {
  return guard('restore the page', () =>
    db.transaction('rw', PAGE_TABLES(db), async () => {
      if (removed.annotations.some((a) => a.pageUrl !== removed.page.url)) {
        throw invalid('Every restored highlight must belong to the restored page.');
      }
      const versions = removed.versions ?? [];
      if (versions.some((x) => x.pageUrl !== removed.page.url)) {
        throw invalid('Every restored saved copy must belong to the restored page.');
      }
      checkPageRecord(removed.page);
      removed.annotations.forEach(checkAnnotationRecord);
      const existing = await db.pages.get(removed.page.url);
      await db.pages.put(removed.page);
      await putTerms(db, existing ? pageTermsKey(existing) : null, pageTerms(removed.page));
      const replaced = await db.annotations.bulkGet(removed.annotations.map((a) => a.id));
      await dropTerms(db, replaced.filter((a): a is AnnotationRecord => !!a).map(annotationTermsKey));
      await db.annotations.bulkPut(removed.annotations);
      await addTerms(db, removed.annotations.map(annotationTerms));
      await dropVersions(db, removed.page.url);
      await putVersions(db, versions);
    }),
  );
}
