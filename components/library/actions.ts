// What the library's buttons do: edit and delete with undo, export, back up and
// import. Every store call goes through the client API; every outcome is said.
import type { StoreApi } from '../../utils/client/api';
import type { AnnotationChanges, AnnotationRecord, PageRecord } from '../../utils/core/records';
import type { MarkdownLabels } from '../../utils/export/markdown';
import { t, tn } from '../../utils/i18n';
import {
  backupFile,
  buildExportFile,
  type ExportFile,
  type ExportFormat,
} from '../../utils/library/exporting';
import { toExportQuery, type Filters } from '../../utils/library/state';
import { showError } from './errors';
import type { Notices } from './notice-state';
import type { PageActions } from './PageCard';

export interface LibraryServices {
  /** Opens a saved page (browser.tabs.create in the extension). */
  openTab: (url: string) => void;
  /** Saves an export file (utils/download.ts in the extension). */
  download: (file: ExportFile) => void;
  /** Labels of the Markdown export, in the interface language. */
  markdownLabels?: MarkdownLabels;
}

interface Deps {
  store: StoreApi;
  services: LibraryServices;
  notices: Notices;
  reload: () => void;
  filters: Filters;
  filterBy: (key: 'tag' | 'official' | 'slogan' | 'site', value: string) => void;
}

export function libraryActions({ store, services, notices, reload, filters, filterBy }: Deps) {
  const { info, fail, offerUndo, setNotice } = notices;
  const download = (file: ExportFile) => {
    services.download(file);
    info(t('libExported', file.fileName));
  };
  const labels = services.markdownLabels ? { labels: services.markdownLabels } : {};

  const actions: PageActions = {
    openTab: services.openTab,
    async saveAnnotation(id: string, changes: AnnotationChanges) {
      try {
        await store.updateAnnotation(id, changes);
        info(t('libSaved'));
        reload();
        return true;
      } catch (err) {
        fail(err);
        return false;
      }
    },
    deleteAnnotation(a: AnnotationRecord) {
      store.deleteAnnotation(a.id).then((removed) => {
        reload();
        if (removed) offerUndo(t('libDeleted'), () => store.restoreAnnotation(removed), reload);
      }, fail);
    },
    deletePage(p: PageRecord) {
      store.deletePage(p.url).then((removed) => {
        reload();
        if (removed)
          offerUndo(
            tn('libPageDeleted', removed.annotations.length, String(removed.annotations.length)),
            () => store.restorePage(removed),
            reload,
          );
      }, fail);
    },
    exportPage(p, annotations, format) {
      try {
        download(buildExportFile(format, [{ page: p, annotations }], { page: p, ...labels }));
      } catch (err) {
        fail(err);
      }
    },
    filterBy,
  };

  /** Exports the highlights of every page the filters let through. */
  const exportSet = async (format: ExportFormat) => {
    try {
      const { items } = await store.listPages(toExportQuery(filters));
      const groups = items.filter((g) => g.annotations.length > 0);
      if (groups.length === 0) return info(t('libExportEmpty'));
      download(buildExportFile(format, groups, labels));
    } catch (err) {
      fail(err);
    }
  };

  const backup = async () => {
    try {
      download(backupFile(await store.exportBackup()));
    } catch (err) {
      fail(err);
    }
  };

  const importFile = async (file: File) => {
    info(t('libImporting'));
    try {
      const r = await store.importBackupText(await file.text());
      const n = (x: number) => String(x);
      info(
        t(
          'libImportDone',
          n(r.pages.added),
          n(r.pages.updated),
          n(r.pages.skipped),
          n(r.added),
          n(r.updated),
          n(r.skipped),
        ),
      );
      reload();
    } catch (err) {
      setNotice({ kind: 'error', text: t('libImportFailed', showError(err)) });
    }
  };

  return { actions, exportSet, backup, importFile };
}
