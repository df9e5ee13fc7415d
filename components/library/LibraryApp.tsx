import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { exportBackup, importBackupText } from '../../utils/store/backup';
import { facets as loadFacets, peopleIndex, sloganIndex } from '../../utils/store/indexes';
import type { AnnotationRecord, PageRecord } from '../../utils/core/records';
import { deleteAnnotation, restoreAnnotation, updateAnnotation } from '../../utils/store/annotations';
import { deletePage, restorePage } from '../../utils/store/pages';
import { listPages } from '../../utils/store/lists';
import { type AnnotationChanges } from '../../utils/core/records';
import type { RendaDb } from '../../utils/store/schema';
import { search } from '../../utils/store/search';
import type { MarkdownLabels } from '../../utils/export/markdown';
import { t } from '../../utils/i18n';
import { enterCommits } from '../../utils/tags';
import { showError } from './errors';
import {
  backupFile,
  buildExportFile,
  type ExportFile,
  type ExportFormat,
} from '../../utils/library/exporting';
import { filterHits } from '../../utils/library/search';
import {
  activeFilters,
  clampPage,
  monthRange,
  parseState,
  stateToHash,
  toExportQuery,
  toListQuery,
  type Filters,
  type LibraryState,
  type View,
} from '../../utils/library/state';
import { ExportButtons } from './ExportButtons';
import { FilterBar } from './FilterBar';
import { Menu } from './Menu';
import { useAsync, useDebounced } from './hooks';
import { Notice, type NoticeState } from './Notice';
import { PageCard, type PageActions } from './PageCard';
import { PeopleView } from './PeopleView';
import { SearchResults } from './SearchResults';
import { SloganView } from './SloganView';

export interface LibraryServices {
  /** Opens a saved page (browser.tabs.create in the extension). */
  openTab: (url: string) => void;
  /** Saves an export file (utils/download.ts in the extension). */
  download: (file: ExportFile) => void;
  /** Labels of the Markdown export, in the interface language. */
  markdownLabels?: MarkdownLabels;
}

/** Where the view state is kept between reloads: the address's #fragment in the extension. */
export interface HashStore {
  get(): string;
  set(hash: string): void;
  subscribe(onChange: () => void): () => void;
}

export const windowHash: HashStore = {
  get: () => location.hash,
  set: (hash) => {
    if (hash !== location.hash)
      history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash);
  },
  subscribe: (onChange) => {
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  },
};

export const PAGE_SIZE = 20;
export const SEARCH_LIMIT = 300;
const UNDO_MS = 10_000;
const INFO_MS = 6_000;

interface Props {
  db: RendaDb;
  services: LibraryServices;
  hash?: HashStore;
  pageSize?: number;
}

function isSingleChar(s: string): boolean {
  return [...s].length === 1;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable;
}

/** The library: every saved page and highlight; browse, search, index, edit, export and import. */
export function LibraryApp({ db, services, hash = windowHash, pageSize = PAGE_SIZE }: Props) {
  const [state, setState] = useState<LibraryState>(() => parseState(hash.get()));
  const [input, setInput] = useState(state.query);
  const [version, setVersion] = useState(0);
  const [notice, setNoticeState] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>();

  const reload = () => setVersion((v) => v + 1);
  const setNotice = useCallback((n: NoticeState | null) => {
    clearTimeout(noticeTimer.current);
    setNoticeState(n);
    // Errors stay until dismissed; the rest clear themselves.
    if (n && n.kind === 'info')
      noticeTimer.current = setTimeout(() => setNoticeState(null), n.undo ? UNDO_MS : INFO_MS);
  }, []);
  const fail = (err: unknown) => setNotice({ kind: 'error', text: showError(err) });

  // ---- the address keeps the state ----
  useEffect(() => hash.set(stateToHash(state)), [state]);
  useEffect(
    () =>
      hash.subscribe(() => {
        const next = parseState(hash.get());
        setState(next);
        setInput(next.query);
      }),
    [],
  );
  // Search as you type, but not on an input method's unfinished pinyin, and not for one character
  // (the index has no single characters: such a query scans; Enter runs it).
  const [composing, setComposing] = useState(false);
  const debounced = useDebounced(composing ? null : input, 250);
  useEffect(() => {
    if (debounced === null) return;
    const q = debounced.trim();
    if (isSingleChar(q)) return;
    if (q !== state.query) setState((s) => ({ ...s, view: 'browse', query: q, page: 0 }));
  }, [debounced]);
  // Listeners by hand: Preact's onCompositionEnd listens for "CompositionEnd", since input elements
  // have no oncompositionend property to tell it the DOM's lower-case name.
  useEffect(() => {
    const el = searchRef.current;
    if (!el) return;
    const start = () => setComposing(true);
    const end = () => {
      setComposing(false);
      setInput(el.value);
    };
    el.addEventListener('compositionstart', start);
    el.addEventListener('compositionend', end);
    return () => {
      el.removeEventListener('compositionstart', start);
      el.removeEventListener('compositionend', end);
    };
  }, []);
  const oneCharPending = isSingleChar(input.trim()) && input.trim() !== state.query;

  // Highlights saved in other tabs appear when the user comes back to this one.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  // ---- data ----
  const { view, filters, query, page } = state;
  const filterKey = JSON.stringify(filters);
  const list = useAsync(
    () =>
      view === 'browse' && query === ''
        ? listPages(db, toListQuery(filters, page, pageSize))
        : Promise.resolve(null),
    [view, query, filterKey, page, version],
  );
  const hits = useAsync(
    () =>
      view === 'browse' && query !== '' ? search(db, query, { limit: SEARCH_LIMIT }) : Promise.resolve(null),
    [view, query, version],
  );
  const people = useAsync(
    () => (view === 'people' ? peopleIndex(db) : Promise.resolve(null)),
    [view, version],
  );
  const slogans = useAsync(
    () => (view === 'slogans' ? sloganIndex(db) : Promise.resolve(null)),
    [view, version],
  );
  // The filter values scan every record: read them once the first screen is in, not before it.
  const main = view === 'people' ? people : view === 'slogans' ? slogans : query !== '' ? hits : list;
  const firstScreen = main.status !== 'loading';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (firstScreen) setShown(true);
  }, [firstScreen]);
  const facets = useAsync(() => (shown ? loadFacets(db) : Promise.resolve(undefined)), [version, shown]);
  const tagSuggestions = facets.value?.tags.map((f) => f.value) ?? [];

  // After a delete or an import the current page number may no longer exist.
  const total = list.status === 'done' && list.value ? list.value.total : null;
  useEffect(() => {
    if (total === null) return;
    const p = clampPage(page, total, pageSize);
    if (p !== page) setState((s) => ({ ...s, page: p }));
  }, [total, page]);

  const markTexts = [filters.official, filters.slogan].filter((x): x is string => x !== undefined);

  // ---- navigation ----
  const go = (patch: Partial<LibraryState>) => {
    setState((s) => ({ ...s, ...patch }));
    if (patch.query !== undefined) setInput(patch.query);
  };
  const setFilters = (f: Filters) => go({ filters: f, page: 0 });
  const showFiltered = (f: Filters) => go({ view: 'browse', query: '', filters: f, page: 0 });
  const setView = (v: View) => go({ view: v });

  // ---- keyboard ----
  const undoRef = useRef<(() => void) | undefined>();
  undoRef.current = notice?.undo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && undoRef.current) {
        e.preventDefault();
        undoRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // ---- actions ----
  const offerUndo = (text: string, restore: () => Promise<unknown>) =>
    setNotice({
      kind: 'info',
      text,
      undo: () => {
        setNotice(null);
        restore().then(() => {
          setNotice({ kind: 'info', text: t('libUndone') });
          reload();
        }, fail);
      },
    });

  const download = (file: ExportFile) => {
    services.download(file);
    setNotice({ kind: 'info', text: t('libExported', file.fileName) });
  };
  const labels = services.markdownLabels ? { labels: services.markdownLabels } : {};

  const actions: PageActions = {
    openTab: services.openTab,
    async saveAnnotation(id: string, changes: AnnotationChanges) {
      try {
        await updateAnnotation(db, id, changes);
        setNotice({ kind: 'info', text: t('libSaved') });
        reload();
        return true;
      } catch (err) {
        fail(err);
        return false;
      }
    },
    deleteAnnotation(a: AnnotationRecord) {
      deleteAnnotation(db, a.id).then((removed) => {
        reload();
        if (removed) offerUndo(t('libDeleted'), () => restoreAnnotation(db, removed));
      }, fail);
    },
    deletePage(p: PageRecord) {
      deletePage(db, p.url).then((removed) => {
        reload();
        if (removed)
          offerUndo(t('libPageDeleted', String(removed.annotations.length)), () => restorePage(db, removed));
      }, fail);
    },
    exportPage(p, annotations, format) {
      try {
        download(buildExportFile(format, [{ page: p, annotations }], { page: p, ...labels }));
      } catch (err) {
        fail(err);
      }
    },
    filterBy(key, value) {
      showFiltered({ ...filters, [key]: value });
    },
  };

  const exportSet = async (format: ExportFormat) => {
    try {
      const { items } = await listPages(db, toExportQuery(filters));
      const groups = items.filter((g) => g.annotations.length > 0);
      if (groups.length === 0) return setNotice({ kind: 'info', text: t('libExportEmpty') });
      download(buildExportFile(format, groups, labels));
    } catch (err) {
      fail(err);
    }
  };
  const backup = async () => {
    try {
      download(backupFile(await exportBackup(db)));
    } catch (err) {
      fail(err);
    }
  };
  const importFile = async (file: File) => {
    setBusy(true);
    setNotice({ kind: 'info', text: t('libImporting') });
    try {
      const r = await importBackupText(db, await file.text());
      const n = (x: number) => String(x);
      setNotice({
        kind: 'info',
        text: t(
          'libImportDone',
          n(r.pages.added),
          n(r.pages.updated),
          n(r.pages.skipped),
          n(r.added),
          n(r.updated),
          n(r.skipped),
        ),
      });
      reload();
    } catch (err) {
      setNotice({ kind: 'error', text: t('libImportFailed', showError(err)) });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  // ---- rendering ----
  const viewButton = (v: View, label: string) => (
    <button
      type="button"
      class="view"
      aria-current={view === v ? 'page' : undefined}
      onClick={() => setView(v)}
    >
      {label}
    </button>
  );

  return (
    <div
      class="library"
      onDragOver={(e) => {
        // A backup file dropped anywhere on the page is imported like one chosen with the button.
        if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer?.files[0];
        if (!file) return;
        e.preventDefault();
        if (!busy) void importFile(file);
      }}
    >
      <header class="top">
        <h1>{t('libTitle')}</h1>
        <form role="search" class="search" onSubmit={(e) => e.preventDefault()}>
          <input
            ref={searchRef}
            type="search"
            name="q"
            aria-label={t('libSearchLabel')}
            placeholder={t('libSearchPlaceholder')}
            value={input}
            aria-describedby={oneCharPending ? 'search-hint' : undefined}
            onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              // Escape clears the results at once: the debounced value may not change (Enter, then Escape).
              if (e.key === 'Escape') {
                setInput('');
                if (state.query) go({ query: '', page: 0 });
              } else if (enterCommits(e)) go({ view: 'browse', query: input.trim(), page: 0 });
            }}
          />
          {oneCharPending ? (
            <p id="search-hint" class="hint">
              {t('libSearchOneChar')}
            </p>
          ) : null}
        </form>
        <nav class="views" aria-label={t('libViews')}>
          {viewButton('browse', t('libViewBrowse'))}
          {viewButton('people', t('libViewPeople'))}
          {viewButton('slogans', t('libViewSlogans'))}
        </nav>
        <div class="tools">
          <Menu label={t('libExport')} class="export-menu">
            <p class="menu-title">
              {activeFilters(filters) > 0 ? t('libExportFiltered') : t('libExportAll')}
            </p>
            <ExportButtons onExport={(f) => void exportSet(f)} />
            <hr />
            <button type="button" class="backup" onClick={() => void backup()}>
              {t('libBackup')}
            </button>
          </Menu>
          <button type="button" class="import" disabled={busy} onClick={() => fileRef.current?.click()}>
            {t('libImport')}
          </button>
          <input
            ref={fileRef}
            type="file"
            name="backup"
            class="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            accept=".json,application/json"
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) void importFile(file);
            }}
          />
        </div>
      </header>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <main>
        {view === 'browse' ? (
          <>
            <FilterBar filters={filters} facets={facets.value} onChange={setFilters} />
            {query !== ''
              ? renderAsync(hits, (h) => {
                  if (!h) return null;
                  const shown = filterHits(h, filters);
                  return (
                    <SearchResults
                      query={query}
                      hits={shown}
                      capped={h.length >= SEARCH_LIMIT ? SEARCH_LIMIT : null}
                      tagSuggestions={tagSuggestions}
                      actions={actions}
                    />
                  );
                })
              : renderAsync(list, (l) => {
                  if (!l) return null;
                  if (l.total === 0)
                    return (
                      <p class="empty">{activeFilters(filters) > 0 ? t('libNoMatch') : t('libEmpty')}</p>
                    );
                  // A fresh element for each place: Preact must not mount one vnode twice.
                  const pager = () =>
                    l.total > pageSize ? (
                      <Pager
                        page={page}
                        total={l.total}
                        pageSize={pageSize}
                        onPage={(p) => go({ page: p })}
                      />
                    ) : null;
                  return (
                    <>
                      {pager()}
                      <div class="pages">
                        {l.items.map(({ page: p, annotations }) => (
                          <PageCard
                            key={p.url}
                            page={p}
                            annotations={annotations}
                            markTexts={markTexts}
                            tagSuggestions={tagSuggestions}
                            actions={actions}
                          />
                        ))}
                      </div>
                      {pager()}
                    </>
                  );
                })}
          </>
        ) : view === 'people' ? (
          renderAsync(people, (p) =>
            p ? (
              <PeopleView
                people={p}
                openTab={services.openTab}
                showOfficial={(name) => showFiltered({ sort: 'published', official: name })}
              />
            ) : null,
          )
        ) : (
          renderAsync(slogans, (s) =>
            s ? (
              <SloganView
                slogans={s}
                showSlogan={(text, month) =>
                  showFiltered({ sort: 'published', slogan: text, ...(month ? monthRange(month) : {}) })
                }
              />
            ) : null,
          )
        )}
      </main>
    </div>
  );
}

function renderAsync<T>(
  a: { status: 'loading' | 'done' | 'error'; value?: T; error?: unknown },
  render: (value: T) => preact.ComponentChildren,
) {
  if (a.status === 'error')
    return (
      <p class="error" role="alert">
        {showError(a.error)}
      </p>
    );
  if (a.value === undefined) return <p class="loading">{t('libLoading')}</p>;
  return render(a.value);
}

interface PagerProps {
  page: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
}

function Pager({ page, total, pageSize, onPage }: PagerProps) {
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <nav class="pager">
      <button type="button" class="prev" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('libPrev')}
      </button>
      <span class="range">{t('libPageRange', String(first), String(last), String(total))}</span>
      <button type="button" class="next" disabled={last >= total} onClick={() => onPage(page + 1)}>
        {t('libNext')}
      </button>
    </nav>
  );
}
