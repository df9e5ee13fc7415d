// What the library's buttons do: edit and delete with undo, export, back up and
// import. Every store call goes through the client API; every outcome is said.
import type { StoreApi } from '../../utils/client/api';
import type { AnnotationChanges, AnnotationRecord, PageRecord } from '../../utils/core/records';
import type { PageWithAnnotations } from '../../utils/core/views';
import type { MarkdownLabels } from '../../utils/export/markdown';
import { t, tn } from '../../utils/i18n';
import { citationReady, citationStyles, citePages, type CitationStyle } from '../../utils/library/citing';
import { backupFile, exportFile, type ExportFile, type ExportFormat } from '../../utils/library/exporting';
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
  /** The interface language (browser.i18n.getUILanguage()): the citation styles follow it. */
  uiLanguage?: string;
  /** Puts plain text on the clipboard (navigator.clipboard.writeText in the extension). */
  copyText?: (text: string) => Promise<void>;
}

/** The clipboard of the page: a write in answer to a click needs no permission in either browser. */
const clipboardWrite = (text: string): Promise<void> => navigator.clipboard.writeText(text);

interface Deps {
  store: StoreApi;
  services: LibraryServices;
  notices: Notices;
  reload: () => void;
  filters: Filters;
  filterBy: (key: 'tag' | 'official' | 'slogan' | 'site', value: string) => void;
  /** Shows the page's saved copy (a version of it: its key). */
  openSaved: (url: string, version?: number) => void;
}

export function libraryActions({ store, services, notices, reload, filters, filterBy, openSaved }: Deps) {
  const { info, fail, offerUndo, setNotice } = notices;
  const download = (file: ExportFile) => {
    services.download(file);
    info(t('libExported', file.fileName));
  };
  const labels = services.markdownLabels ? { labels: services.markdownLabels } : {};
  const uiLanguage = services.uiLanguage ?? 'en';
  const build = (format: ExportFormat, groups: PageWithAnnotations[], page?: PageRecord) =>
    exportFile(format, groups, { ...labels, uiLanguage, ...(page ? { page } : {}) });

  const actions: PageActions = {
    openTab: services.openTab,
    openSaved,
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
      build(format, [{ page: p, annotations }], p).then(download, fail);
    },
    async copyCitation(p: PageRecord, style: CitationStyle) {
      try {
        // The first citation in a style builds citeproc's engine for it (a second or two, in a
        // worker): say so meanwhile. The library warms the engines up when it opens, so this is rare.
        if (!citationReady(style)) info(t('libCitationPreparing'));
        const text = await citePages([p], style);
        await (services.copyText ?? clipboardWrite)(text);
        info(t('libCitationCopied'));
      } catch (err) {
        fail(err);
      }
    },
    citationStyles: citationStyles(uiLanguage),
    filterBy,
  };

  /** Exports the highlights of every page the filters let through. */
  const exportSet = async (format: ExportFormat) => {
    try {
      const { items } = await store.listPages(toExportQuery(filters));
      const groups = items.filter((g) => g.annotations.length > 0);
      if (groups.length === 0) return info(t('libExportEmpty'));
      download(await build(format, groups));
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
