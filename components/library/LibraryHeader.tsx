import { useRef, type MutableRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { ExportFormat } from '../../utils/library/exporting';
import type { View } from '../../utils/library/state';
import { enterCommits } from '../../utils/tags';
import { ExportButtons } from './ExportButtons';
import { Menu } from './Menu';

/** Reference-manager files of the pages, and their officials as a table. */
const RESEARCH_FORMATS: readonly ExportFormat[] = ['ris', 'bib', 'csljson', 'officials'];

interface Props {
  view: View;
  onView: (v: View) => void;
  search: {
    ref: MutableRef<HTMLInputElement | null>;
    input: string;
    setInput: (s: string) => void;
    oneCharPending: boolean;
    /** Enter: run the query now (also one character). */
    onCommit: (q: string) => void;
    /** Escape: clear the box and the results. */
    onClear: () => void;
  };
  filtered: boolean;
  busy: boolean;
  onExport: (f: ExportFormat) => void;
  onBackup: () => void;
  onImport: (file: File) => void;
}

/** Title, the search box, the three views, and export / backup / import. */
export function LibraryHeader({ view, onView, search, filtered, busy, onExport, onBackup, onImport }: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  const viewButton = (v: View, label: string) => (
    <button
      type="button"
      class="view"
      aria-current={view === v ? 'page' : undefined}
      onClick={() => onView(v)}
    >
      {label}
    </button>
  );
  return (
    <header class="top">
      <h1>{t('libTitle')}</h1>
      <form role="search" class="search" onSubmit={(e) => e.preventDefault()}>
        <input
          ref={search.ref}
          type="search"
          name="q"
          aria-label={t('libSearchLabel')}
          placeholder={t('libSearchPlaceholder')}
          value={search.input}
          aria-describedby={search.oneCharPending ? 'search-hint' : undefined}
          onInput={(e) => search.setInput((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            // Escape clears the results at once: the debounced value may not change (Enter, then Escape).
            if (e.key === 'Escape') search.onClear();
            else if (enterCommits(e)) search.onCommit(search.input.trim());
          }}
        />
        {search.oneCharPending ? (
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
          <p class="menu-title">{filtered ? t('libExportFiltered') : t('libExportAll')}</p>
          <ExportButtons onExport={onExport} />
          <hr />
          <p class="menu-title">{t('libExportResearch')}</p>
          <ExportButtons formats={RESEARCH_FORMATS} onExport={onExport} />
          <hr />
          <button type="button" class="backup" onClick={onBackup}>
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
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onImport(file);
            // The same file chosen again must fire change again.
            input.value = '';
          }}
        />
      </div>
    </header>
  );
}
