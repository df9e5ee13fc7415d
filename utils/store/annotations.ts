// Highlights: add, change, delete, restore, and the ones of a page. Inputs are checked
// against the record schema's input forms before any transaction starts.
import { DbError } from '../core/errors';
import {
  AnnotationChangesSchema,
  AnnotationInputSchema,
  byPosition,
  check,
  checkAnnotationRecord,
  type AnnotationChanges,
  type AnnotationRecord,
  type HighlightColor,
  type PageInput,
  type PageRecord,
  type Selector,
} from '../core/records';
import { guard } from './errors';
import { findPage, keysFor, PAGE_TABLES, storedSelectors, upsertPage } from './pages';
import { keepVersion } from './versions';
import type { ArticleSnapshot } from '../core/views';
import { cleanTags, type RendaDb } from './schema';
import { annotationTerms, annotationTermsKey, pageTerms, pageTermsKey, putTerms } from './terms';

export type { AnnotationChanges };

export interface NewAnnotationInput {
  /** The page (saved or updated in the same transaction), or the URL/key of a page already saved. */
  page: PageInput | string;
  selectors: Selector[];
  color: HighlightColor;
  tags?: string[];
  note?: string;
  codePoints?: { start: number; end: number };
  /** The article as read now, with its hash (articleHash): kept as a version of the page with the highlight. */
  article?: { snapshot: ArticleSnapshot; hash: string };
}

/**
 * Saves a new highlight (and its page, and the article it was made on) in one transaction; returns
 * the stored record. The article not kept for lack of room does not stop the highlight: the page
 * record says it was not kept.
 */
export function addAnnotation(db: RendaDb, input: NewAnnotationInput): Promise<AnnotationRecord> {
  return guard('save the highlight', () => {
    const valid = check(AnnotationInputSchema, input, 'highlight');
    const selectors = storedSelectors(valid.selectors as Selector[]);
    const { color, codePoints } = valid;
    const tags = cleanTags(valid.tags ?? []);
    const note = valid.note ?? '';
    return db.transaction('rw', PAGE_TABLES(db), async () => {
      const now = Date.now();
      let page: PageRecord;
      if (typeof input.page === 'string') {
        const found = await findPage(db, keysFor(input.page));
        if (!found) throw new DbError('not-found', `No saved page for ${input.page}; save the page first.`);
        page = { ...found, updated: now };
        await db.pages.put(page);
        await putTerms(db, pageTermsKey(found), pageTerms(page));
      } else {
        page = await upsertPage(db, input.page, now);
      }
      const pageUrl = page.url;
      const kept = input.article
        ? (await keepVersion(db, page, input.article.snapshot, input.article.hash, now)).outcome
        : null;
      const version = kept && kept.kind !== 'not-kept' ? kept.hash : undefined;
      const record: AnnotationRecord = {
        id: crypto.randomUUID(),
        pageUrl,
        selectors,
        ...(codePoints ? { codePoints } : {}),
        ...(version ? { version } : {}),
        color,
        tags,
        note,
        created: now,
        updated: now,
      };
      checkAnnotationRecord(record);
      // The record first, then its index row: both or neither land (one transaction).
      await db.annotations.add(record);
      await putTerms(db, null, annotationTerms(record));
      return record;
    });
  });
}

/** Changes colour, tags, note or selectors of a highlight; throws DbError 'not-found' if it is gone. */
export function updateAnnotation(
  db: RendaDb,
  id: string,
  changes: AnnotationChanges,
): Promise<AnnotationRecord> {
  return guard('update the highlight', () => {
    const valid = check(AnnotationChangesSchema, changes, 'highlight');
    const patch: Partial<AnnotationRecord> = {};
    if (valid.color !== undefined) patch.color = valid.color;
    if (valid.tags !== undefined) patch.tags = cleanTags(valid.tags);
    if (valid.note !== undefined) patch.note = valid.note;
    if (valid.selectors !== undefined) patch.selectors = storedSelectors(valid.selectors as Selector[]);
    if (valid.codePoints !== undefined) patch.codePoints = valid.codePoints;
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
    check(AnnotationInputSchema, record, 'highlight');
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
