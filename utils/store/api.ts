// The store's functions bound to a database: what the background answers `store/call`
// with, and what tests hand to the library in place of the messaging client.
import type { StoreApi } from '../client/api';
import { annotationsForPage, deleteAnnotation, restoreAnnotation, updateAnnotation } from './annotations';
import { exportBackup, importBackupText } from './backup';
import { facets, peopleIndex, sloganIndex } from './indexes';
import { listPages } from './lists';
import { deletePage, getPage, restorePage } from './pages';
import type { RendaDb } from './schema';
import { search } from './search';
import { archiveUsage } from './archive';
import { getVersion, listVersions } from './versions';

export function createStoreApi(db: () => Promise<RendaDb>): StoreApi {
  return {
    getPage: async (url, canonical) => getPage(await db(), url, canonical),
    deletePage: async (url) => deletePage(await db(), url),
    restorePage: async (removed) => restorePage(await db(), removed),
    updateAnnotation: async (id, changes) => updateAnnotation(await db(), id, changes),
    deleteAnnotation: async (id) => deleteAnnotation(await db(), id),
    restoreAnnotation: async (record) => restoreAnnotation(await db(), record),
    listPages: async (query) => listPages(await db(), query),
    search: async (query, options) => search(await db(), query, options),
    peopleIndex: async () => peopleIndex(await db()),
    sloganIndex: async () => sloganIndex(await db()),
    facets: async () => facets(await db()),
    exportBackup: async () => exportBackup(await db()),
    importBackupText: async (text) => importBackupText(await db(), text),
    annotationsForPage: async (url) => annotationsForPage(await db(), url),
    listVersions: async (url) => listVersions(await db(), url),
    getVersion: async (n) => getVersion(await db(), n),
    archiveUsage: async () => archiveUsage(await db()),
  };
}
