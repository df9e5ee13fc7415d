import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from '../../utils/client/api';
import { t } from '../../utils/i18n';
import { filterHits } from '../../utils/library/search';
import {
  activeFilters,
  clampPage,
  monthRange,
  toListQuery,
  type Filters,
  type LibraryState,
  type View,
} from '../../utils/library/state';
import { libraryActions, type LibraryServices } from './actions';
import { FilterBar } from './FilterBar';
import { useHashState, windowHash, type HashStore } from './hash-state';
import { useAsync } from './hooks';
import { LibraryHeader } from './LibraryHeader';
import { Notice } from './Notice';
import { useNotices } from './notice-state';
import { PageCard } from './PageCard';
import { Pager, renderAsync } from './Pager';
import { PeopleView } from './PeopleView';
import { useSearchInput } from './search-input';
import { SearchResults } from './SearchResults';
import { useShortcuts } from './shortcuts';
import { SloganView } from './SloganView';
import { SavedCopy } from './SavedCopy';
import { StorageStatus } from './StorageStatus';

export type { LibraryServices } from './actions';
export type { HashStore } from './hash-state';

export const PAGE_SIZE = 20;
export const SEARCH_LIMIT = 300;

interface Props {
  store: StoreApi;
  services: LibraryServices;
  hash?: HashStore;
  pageSize?: number;
}

/** The library: every saved page and highlight; browse, search, index, edit, export and import. */
export function LibraryApp({ store, services, hash = windowHash, pageSize = PAGE_SIZE }: Props) {
  const [state, setState] = useHashState(hash, (next) => search.setInput(next.query));
  const search = useSearchInput(state.query, state.query, (q) =>
    setState((s) => ({ ...s, view: 'browse', query: q, page: 0 })),
  );
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const notices = useNotices();
  const reload = () => setVersion((v) => v + 1);
  useShortcuts(search.ref, notices.notice?.undo);

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
        ? store.listPages(toListQuery(filters, page, pageSize))
        : Promise.resolve(null),
    [view, query, filterKey, page, version],
  );
  const hits = useAsync(
    () =>
      view === 'browse' && query !== ''
        ? store.search(query, { limit: SEARCH_LIMIT })
        : Promise.resolve(null),
    [view, query, version],
  );
  const people = useAsync(
    () => (view === 'people' ? store.peopleIndex() : Promise.resolve(null)),
    [view, version],
  );
  const slogans = useAsync(
    () => (view === 'slogans' ? store.sloganIndex() : Promise.resolve(null)),
    [view, version],
  );
  // The filter values scan every record: read them once the first screen is in, not before it.
  const main = view === 'people' ? people : view === 'slogans' ? slogans : query !== '' ? hits : list;
  const firstScreen = main.status !== 'loading';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (firstScreen) setShown(true);
  }, [firstScreen]);
  const facets = useAsync(() => (shown ? store.facets() : Promise.resolve(undefined)), [version, shown]);
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
    if (patch.query !== undefined) search.setInput(patch.query);
  };
  const setFilters = (f: Filters) => go({ filters: f, page: 0 });
  const showFiltered = (f: Filters) => go({ view: 'browse', query: '', filters: f, page: 0 });
  const setView = (v: View) => go({ view: v });

  const { actions, exportSet, backup, importFile } = libraryActions({
    store,
    services,
    notices,
    reload,
    filters,
    filterBy: (key, value) => showFiltered({ ...filters, [key]: value }),
    openSaved: (url, version) =>
      go({ view: 'saved', copy: { url, version: version ?? null, compare: null } }),
  });
  const importNow = (file: File) => {
    if (busy) return;
    setBusy(true);
    void importFile(file).finally(() => setBusy(false));
  };

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
        importNow(file);
      }}
    >
      <LibraryHeader
        view={view}
        onView={setView}
        search={{
          ...search,
          onCommit: (q) => go({ view: 'browse', query: q, page: 0 }),
          onClear: () => {
            search.setInput('');
            if (state.query) go({ query: '', page: 0 });
          },
        }}
        filtered={activeFilters(filters) > 0}
        busy={busy}
        onExport={(f) => void exportSet(f)}
        onBackup={() => void backup()}
        onImport={importNow}
      />
      <Notice notice={notices.notice} onDismiss={() => notices.setNotice(null)} />
      <main>
        {view === 'browse' ? (
          <>
            <FilterBar filters={filters} facets={facets.value} onChange={setFilters} />
            {query !== ''
              ? renderAsync(hits, (h) =>
                  h ? (
                    <SearchResults
                      query={query}
                      hits={filterHits(h, filters)}
                      capped={h.length >= SEARCH_LIMIT ? SEARCH_LIMIT : null}
                      tagSuggestions={tagSuggestions}
                      actions={actions}
                    />
                  ) : null,
                )
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
        ) : view === 'saved' && state.copy ? (
          <SavedCopy
            store={store}
            copy={state.copy}
            onChange={(copy) => go({ copy })}
            onBack={() => go({ view: 'browse', copy: null })}
          />
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
      <StorageStatus store={store} version={version} />
    </div>
  );
}
