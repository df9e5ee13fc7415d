// The database API for the background script and the extension pages (never the content script:
// IndexedDB there would belong to the visited site).
export { openDb, RendaDb, DB_NAME, CURRENT_VERSION, type OpenOptions } from './schema';
export { DbError, type DbErrorCode } from './errors';
export {
  savePage,
  getPage,
  deletePage,
  restorePage,
  addAnnotation,
  updateAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  annotationsForPage,
  allTags,
  listPages,
  dumpAll,
  clearAll,
  pageDate,
  type NewAnnotationInput,
  type AnnotationChanges,
  type ListQuery,
  type PageList,
  type PageWithAnnotations,
} from './queries';
export { search, type SearchHit, type SearchMatch, type SearchField, type SearchOptions } from './search';
export {
  peopleIndex,
  sloganIndex,
  facets,
  buildPeopleIndex,
  buildSloganIndex,
  type OfficialEntry,
  type PostTimeline,
  type Appearance,
  type SloganEntry,
  type SloganMonth,
  type Facet,
  type Facets,
} from './indexes';
export { exportBackup, importBackup, importBackupText, type ImportReport, type ImportCounts } from './backup';
export type { PageRecord, AnnotationRecord, HighlightColor, PageInput } from './model';
export { HIGHLIGHT_COLORS } from './model';
