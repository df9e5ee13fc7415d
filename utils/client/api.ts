// The one client API of the store, for the popup and the library. Pure types and the
// list of method names: the background implements it over Dexie (utils/store/api.ts),
// and the extension pages call it by message (utils/client/index.ts), so neither page
// loads the database code.
import type { AnnotationChanges, AnnotationRecord, PageRecord, StoredVersion } from '../core/records';
import type {
  Facets,
  ImportReport,
  ListQuery,
  OfficialEntry,
  PageList,
  RemovedPage,
  SearchHit,
  SearchOptions,
  SloganEntry,
  ArchiveUsage,
  VersionSummary,
} from '../core/views';

export interface StoreApi {
  /** The page saved for this address (or its canonical link); null if none. */
  getPage(url: string, canonical?: string | null): Promise<PageRecord | null>;
  /** Deletes a page and its highlights; returns what was deleted, for undo. */
  deletePage(url: string): Promise<RemovedPage | null>;
  restorePage(removed: RemovedPage): Promise<void>;
  updateAnnotation(id: string, changes: AnnotationChanges): Promise<AnnotationRecord>;
  /** Returns the deleted record, for undo, or null when there was none. */
  deleteAnnotation(id: string): Promise<AnnotationRecord | null>;
  restoreAnnotation(record: AnnotationRecord): Promise<AnnotationRecord>;
  listPages(query?: ListQuery): Promise<PageList>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  peopleIndex(): Promise<OfficialEntry[]>;
  sloganIndex(): Promise<SloganEntry[]>;
  facets(): Promise<Facets>;
  /** The whole store as backup JSON text. */
  exportBackup(): Promise<string>;
  /** Validates the whole file, then merges it in one transaction. */
  importBackupText(text: string): Promise<ImportReport>;
  /** The highlights of a saved page, in reading order. */
  annotationsForPage(url: string): Promise<AnnotationRecord[]>;
  /** The saved versions of a page's article, oldest first (no text). */
  listVersions(url: string): Promise<VersionSummary[]>;
  /** One saved version with its text. */
  getVersion(n: number): Promise<StoredVersion>;
  /** The storage the saved articles take, against the budget. */
  archiveUsage(): Promise<ArchiveUsage>;
}

export type StoreMethod = keyof StoreApi;

/** Every method, so that the background can refuse a name that is not one. */
export const STORE_METHODS = [
  'getPage',
  'deletePage',
  'restorePage',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'listPages',
  'search',
  'peopleIndex',
  'sloganIndex',
  'facets',
  'exportBackup',
  'importBackupText',
  'annotationsForPage',
  'listVersions',
  'getVersion',
  'archiveUsage',
] as const satisfies readonly StoreMethod[];

// A compile-time check that the list names every method.
type Missing = Exclude<StoreMethod, (typeof STORE_METHODS)[number]>;
const complete: Missing extends never ? true : Missing = true;
void complete;

export function isStoreMethod(value: unknown): value is StoreMethod {
  return typeof value === 'string' && (STORE_METHODS as readonly string[]).includes(value);
}
