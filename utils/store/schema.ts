// The database: every schema version and every upgrade, in one place. A version,
// once released, is never edited: a change is a new version with its own upgrade.
import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
import {
  isHighlightColor,
  type AnnotationRecord,
  type PageRecord,
  type Selector,
  type StoredVersion,
} from '../core/records';
import { toDbError } from './errors';
import { annotationTerms, pageTerms, type TermsRow } from './terms';
import type { TextGramsRow } from './text-index';

export const DB_NAME = 'renda-reader';

/**
 * Version 1 (the first release): tags kept as one comma-separated string, no aliases,
 * no search index; colour and note could be missing.
 */
export const SCHEMA_V1 = {
  pages: 'url, site, updated',
  annotations: 'id, pageUrl, created',
} as const;

/** Version 2: tags as a list, canonical aliases, dates indexed, and the n-gram search index. */
export const SCHEMA_V2 = {
  pages: 'url, site, published, updated, *aliases',
  annotations: 'id, pageUrl, created, updated, color, *tags',
  terms: 'key, *grams',
} as const;

/**
 * Version 3 (current): the same tables; the search index rebuilt with the one folding scheme
 * (utils/core/fold.ts), which also folds compatibility forms, non-ASCII capitals and
 * traditional characters to simplified ones.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/**
 * Version 4 (current): the saved articles. `versions` holds each distinct version of a page's
 * article under a small auto-increment key `n` (one per page and hash); `textgrams` is the search
 * index of their text, one row per bigram with the `n` of every version holding it (utils/store/
 * text-index.ts). Nothing to migrate: no version of an article existed before.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  versions: '++n, pageUrl, &[pageUrl+hash], bytes',
  textgrams: 'key',
} as const;

export const CURRENT_VERSION = 4;

/** A page as version 1 stored it. */
export interface PageV1 {
  url: string;
  title: string;
  published?: string | null;
  source?: string | null;
  site: string;
  officials?: PageRecord['officials'];
  meetings?: PageRecord['meetings'];
  slogans?: PageRecord['slogans'];
  created: number;
  updated?: number;
}

/** An annotation as version 1 stored it. */
export interface AnnotationV1 {
  id: string;
  pageUrl: string;
  selectors: Selector[];
  color?: string;
  /** "人大工作, 基层治理" */
  tags?: string;
  note?: string | null;
  created: number;
  updated?: number;
}

/** Splits a version-1 tag string; both ASCII and Chinese separators were accepted by the old tag box. */
export function splitTags(tags: unknown): string[] {
  const parts = Array.isArray(tags)
    ? tags.filter((t): t is string => typeof t === 'string')
    : typeof tags === 'string'
      ? tags.split(/[,，、;；\n]/)
      : [];
  return cleanTags(parts);
}

/** Trimmed, non-empty, unique, in first-seen order. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const s = t.trim().replace(/\s+/g, ' ');
    if (s !== '' && !out.includes(s)) out.push(s);
  }
  return out;
}

// The upgrade must not fail on a damaged old record (the database would then never open again) nor
// drop one: each field is repaired to a valid value, so the result passes the record schema.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback;
}
function time(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback;
}
function day(v: unknown): string | null {
  return typeof v === 'string' && DAY.test(v) ? v : null;
}
function list<T>(v: unknown, map: (x: Record<string, unknown>) => T): T[] {
  return Array.isArray(v) ? v.filter((x) => typeof x === 'object' && x !== null).map(map) : [];
}
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function upgradePageV1(p: PageV1): PageRecord {
  const created = time(p.created, 0);
  return {
    url: p.url,
    aliases: [],
    title: str(p.title),
    published: day(p.published),
    source: typeof p.source === 'string' ? p.source : null,
    site: str(p.site) || hostOf(p.url),
    officials: list(p.officials, (o) => ({ name: str(o.name), titles: strings(o.titles) })),
    meetings: list(p.meetings, (m) => ({ name: str(m.name), date: day(m.date) })),
    slogans: list(p.slogans, (x) => ({ text: str(x.text), count: time(x.count, 1) })),
    created,
    updated: time(p.updated, created),
  };
}

function upgradeSelectors(v: unknown): Selector[] {
  const out: Selector[] = [];
  for (const s of list(v, (x) => x)) {
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      out.push({ type: 'TextQuoteSelector', exact: s.exact, prefix: str(s.prefix), suffix: str(s.suffix) });
    } else if (s.type === 'TextPositionSelector') {
      const start = time(s.start, -1);
      const end = time(s.end, -1);
      if (start >= 0 && end >= start) out.push({ type: 'TextPositionSelector', start, end });
    }
  }
  return out;
}

export function upgradeAnnotationV1(a: AnnotationV1): AnnotationRecord {
  const created = time(a.created, 0);
  return {
    id: a.id,
    pageUrl: str(a.pageUrl),
    selectors: upgradeSelectors(a.selectors),
    // Version 1 also let hex colours through; those become the default colour.
    color: isHighlightColor(a.color) ? a.color : 'yellow',
    tags: splitTags(a.tags),
    note: typeof a.note === 'string' ? a.note : '',
    created,
    updated: time(a.updated, created),
  };
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  // Rewrite whole records (not modify in place) so that no version-1 field survives by accident.
  const pages = ((await tx.table('pages').toArray()) as PageV1[]).map(upgradePageV1);
  const annotations = ((await tx.table('annotations').toArray()) as AnnotationV1[]).map(upgradeAnnotationV1);
  await tx.table('pages').bulkPut(pages);
  await tx.table('annotations').bulkPut(annotations);
  await tx.table('terms').bulkPut([...pages.map(pageTerms), ...annotations.map(annotationTerms)]);
}

/** Index rows depend on the folding scheme: when it changes, every row is computed afresh. */
async function rebuildTerms(tx: Transaction): Promise<void> {
  const pages = (await tx.table('pages').toArray()) as PageRecord[];
  const annotations = (await tx.table('annotations').toArray()) as AnnotationRecord[];
  await tx.table('terms').clear();
  await tx.table('terms').bulkPut([...pages.map(pageTerms), ...annotations.map(annotationTerms)]);
}

export class RendaDb extends Dexie {
  // `declare`: class fields would overwrite the tables Dexie sets up in the constructor.
  declare pages: Table<PageRecord, string>;
  declare annotations: Table<AnnotationRecord, string>;
  declare terms: Table<TermsRow, string>;
  declare versions: Table<StoredVersion, number>;
  declare textgrams: Table<TextGramsRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(rebuildTerms);
    this.version(4).stores(SCHEMA_V4);
    // Dexie opens a database of a higher version too (also when it reopens by itself after another
    // tab upgraded); that version's records may have a shape this code would corrupt. Sticky: runs
    // on every open.
    this.on(
      'ready',
      (vipDb: Dexie) => {
        const onDisk = vipDb.backendDB().version / 10;
        if (onDisk > CURRENT_VERSION) {
          throw Object.assign(
            new Error(`The database is at version ${onDisk}; this code knows ${CURRENT_VERSION}.`),
            {
              name: 'VersionError',
            },
          );
        }
      },
      true,
    );
  }
}

export interface OpenOptions {
  /** Database name (tests use a fresh one each). */
  name?: string;
  /** IndexedDB implementation, for Node (fake-indexeddb); the browser's by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /**
   * Another tab or the updated extension wants to upgrade or delete the database. This connection has
   * already been closed so that it can; it reopens by itself on the next query (with the new schema if
   * this code knows it). Extension pages should offer a reload.
   */
  onVersionChange?: () => void;
  /** Our upgrade waits for another connection (an old tab) to close. */
  onBlocked?: () => void;
}

/** Opens (creating or upgrading as needed) the database. Throws DbError, e.g. code 'version' for a newer one. */
export async function openDb(options: OpenOptions = {}): Promise<RendaDb> {
  const dexieOptions: DexieOptions = {};
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
  const db = new RendaDb(options.name ?? DB_NAME, dexieOptions);
  // Dexie's own versionchange handler closes the connection (with auto-reopen); this one only tells.
  const { onVersionChange, onBlocked } = options;
  if (onVersionChange) db.on('versionchange', () => onVersionChange());
  if (onBlocked) db.on('blocked', () => onBlocked());
  try {
    await db.open();
  } catch (err) {
    db.close();
    throw toDbError(err, 'open the highlights database');
  }
  return db;
}
