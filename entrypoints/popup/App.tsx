import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntitySections } from '../../components/EntitySections';
import { HighlightList } from '../../components/HighlightList';
import { ArchiveNotes } from '../../components/ArchiveNotes';
import type { ArchiveStatus } from '../../utils/core/views';
import { CopyCitation } from './CopyCitation';
import { KeepArticle, openSavedCopy } from './KeepArticle';
import { t } from '../../utils/i18n';
import { sendToTab, type PageAnnotations } from '../../utils/messaging';
import { requestReport, sendToTabInjecting, targetTabId, type TabReport } from '../../utils/tabs';

/** What the popup shows: the tab's report and its highlights (null: none to list, or not known). */
export interface Loaded {
  tabId: number;
  report: TabReport;
  /** A promise while the highlights are still on their way after the report has come. */
  highlights: PageAnnotations | null | Promise<PageAnnotations | null>;
  /** The saved copies and what changed (null: the page is not saved); never waited for. */
  archive: Promise<ArchiveStatus | null>;
}

/**
 * How long the report waits for the highlights, which are asked for at the same time: both
 * usually come within a few ms, and rendering them together keeps the highlights (listed first)
 * from pushing the page's people down under the reader's eyes. A slow restore (a huge page)
 * does not hold the report back any longer than this.
 */
const HIGHLIGHTS_WAIT_MS = 150;

/**
 * Asks the tab for its report and its highlights at once (two round trips in parallel, not one
 * after the other). Marks 'popup-report' and 'popup-highlights' for `npm run bench -- popup`.
 */
export async function loadTab(search: string, force: boolean): Promise<Loaded | null> {
  const tabId = await targetTabId(search);
  if (tabId === null) return null;
  const highlights = sendToTabInjecting(tabId, { type: 'page/annotations' }).then(
    (h) => (performance.mark('popup-highlights'), h),
    () => (performance.mark('popup-highlights'), null),
  );
  // Answered once the page was compared with its saved copies; shown when it comes.
  const archive = sendToTab(tabId, { type: 'page/archive' }).catch(() => null);
  let report: TabReport;
  try {
    report = await requestReport(tabId, force);
  } catch (err) {
    report = { status: 'error', url: '', error: err instanceof Error ? err.message : String(err) };
  }
  performance.mark('popup-report');
  if (report.status === 'restricted') return { tabId, report, highlights: null, archive };
  const late = Symbol('late');
  const early = await Promise.race([
    highlights,
    new Promise<typeof late>((resolve) => setTimeout(() => resolve(late), HIGHLIGHTS_WAIT_MS)),
  ]);
  return { tabId, report, highlights: early === late ? highlights : early, archive };
}

type State = { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'report'; tabId: number; report: TabReport };

export function App({ first }: { first: Promise<Loaded | null> }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [highlights, setHighlights] = useState<PageAnnotations | null | undefined>(undefined);
  const [exportError, setExportError] = useState<string | null>(null);
  const [archive, setArchive] = useState<ArchiveStatus | null>(null);
  const filled = useRef(false);

  const show = (loading: Promise<Loaded | null>) => {
    void loading.then(
      (loaded) => {
        if (!loaded) return setState({ kind: 'no-tab' });
        setState({ kind: 'report', tabId: loaded.tabId, report: loaded.report });
        void loaded.archive.then(setArchive);
        if (loaded.highlights instanceof Promise) {
          setHighlights(undefined);
          void loaded.highlights.then(setHighlights);
        } else setHighlights(loaded.highlights);
      },
      // No tab to ask (the browser would not say which is active): say so rather than read forever.
      () => setState({ kind: 'no-tab' }),
    );
  };
  useLayoutEffect(() => show(first), []);
  // Once the report and the highlights are in the DOM: the benchmark's "filled".
  useLayoutEffect(() => {
    if (filled.current || state.kind !== 'report' || highlights === undefined) return;
    filled.current = true;
    performance.mark('popup-filled');
  });

  if (state.kind === 'loading') return <p class="status">{t('popupLoading')}</p>;
  if (state.kind === 'no-tab') return <p class="status">{t('popupNoTab')}</p>;
  const { report, tabId } = state;
  const reveal = (msg: { text: string } | { annotationId: string }) =>
    void sendToTab(tabId, { type: 'page/reveal', ...msg }).catch(() => {});
  // Say how to highlight only where the page was read (an article, or a page found to hold none):
  // before "Analyse anyway" nothing on the page may answer a selection.
  const readable =
    report.status === 'article' || (report.status === 'not-article' && report.analysed === true);
  const list = highlights ? (
    <HighlightList {...highlights} hint={readable} onReveal={(annotationId) => reveal({ annotationId })} />
  ) : null;
  const annotations = highlights ? [...highlights.saved, ...highlights.orphaned] : [];
  const saved = archive ? (
    <ArchiveNotes archive={archive.archive} onOpenCopy={() => void openSavedCopy(archive.pageUrl)} />
  ) : null;
  const keep =
    report.status === 'article' ? <KeepArticle tabId={tabId} status={archive} onKept={setArchive} /> : null;
  const footer = (
    <footer>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenLibrary')}
      </button>
      {annotations.length > 0 ? (
        <button
          type="button"
          onClick={() =>
            // Loaded on demand: the exporters are not needed to show the popup.
            void import('./export-page')
              .then(({ exportPageMarkdown }) => exportPageMarkdown(annotations))
              .catch((err: unknown) => setExportError(err instanceof Error ? err.message : String(err)))
          }
        >
          {t('popupExportPage')}
        </button>
      ) : null}
      {report.status === 'article' && report.citation ? <CopyCitation item={report.citation} /> : null}
      {keep}
      {exportError ? <p class="error">{exportError}</p> : null}
    </footer>
  );

  switch (report.status) {
    case 'restricted':
      return <p class="status">{t('popupRestricted')}</p>;
    case 'error':
      return (
        <>
          <p class="status error">{t('popupError', report.error)}</p>
          {saved}
          {list ? <main>{list}</main> : null}
          {footer}
        </>
      );
    case 'not-article':
      return (
        <>
          {report.analysed ? (
            // Read already and found empty (a list page): reading it again would visibly do nothing.
            <p class="status">{t('popupNoArticleText')}</p>
          ) : (
            <div class="status">
              <p>{t('popupNotArticle')}</p>
              <button type="button" onClick={() => show(loadTab(location.search, true))}>
                {t('popupAnalyseAnyway')}
              </button>
            </div>
          )}
          {saved}
          {list ? <main>{list}</main> : null}
          {footer}
        </>
      );
    case 'article': {
      const { article, detection } = report;
      return (
        <>
          <main>
            <header>
              <h1 lang="zh">{article.title}</h1>
              <p class="meta">
                {[article.published, article.source && t('popupSource', article.source)]
                  .filter(Boolean)
                  .join(' · ')}
                {detection.congress.isCongressNews ? <span class="tag">{t('popupCongress')}</span> : null}
              </p>
              {saved}
            </header>
            {list}
            {/* Beside the highlights they concern: a few Tab presses away, not after every entity. */}
            {footer}
            <EntitySections detection={detection} onReveal={(text) => reveal({ text })} />
          </main>
        </>
      );
    }
  }
}
