import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntitySections } from '../../components/EntitySections';
import { HighlightList } from '../../components/HighlightList';
import { t } from '../../utils/i18n';
import { sendToTab, type PageAnnotations } from '../../utils/messaging';
import { requestReport, sendToTabInjecting, targetTabId, type TabReport } from '../../utils/tabs';
import { exportPageMarkdown } from './export-page';

type State = { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'report'; tabId: number; report: TabReport };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [highlights, setHighlights] = useState<PageAnnotations | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const load = async (force: boolean) => {
    const tabId = await targetTabId(location.search);
    if (tabId === null) return setState({ kind: 'no-tab' });
    let report: TabReport;
    try {
      report = await requestReport(tabId, force);
    } catch (err) {
      report = { status: 'error', url: '', error: err instanceof Error ? err.message : String(err) };
    }
    setState({ kind: 'report', tabId, report });
    if (report.status !== 'restricted') {
      sendToTabInjecting(tabId, { type: 'page/annotations' })
        .then(setHighlights)
        .catch(() => setHighlights(null));
    }
  };
  useEffect(() => void load(false), []);

  if (state.kind === 'loading') return <p class="status">{t('popupLoading')}</p>;
  if (state.kind === 'no-tab') return <p class="status">{t('popupNoTab')}</p>;
  const { report, tabId } = state;
  const reveal = (msg: { text: string } | { annotationId: string }) =>
    void sendToTab(tabId, { type: 'page/reveal', ...msg }).catch(() => {});
  const footer = (
    <>
      {highlights ? (
        <HighlightList {...highlights} onReveal={(annotationId) => reveal({ annotationId })} />
      ) : null}
      <footer>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenLibrary')}
        </button>
        {highlights && highlights.saved.length + highlights.orphaned.length > 0 ? (
          <button
            type="button"
            onClick={() =>
              void exportPageMarkdown([...highlights.saved, ...highlights.orphaned]).catch((err: unknown) =>
                setExportError(err instanceof Error ? err.message : String(err)),
              )
            }
          >
            {t('popupExportPage')}
          </button>
        ) : null}
        {exportError ? <p class="error">{exportError}</p> : null}
      </footer>
    </>
  );

  switch (report.status) {
    case 'restricted':
      return <p class="status">{t('popupRestricted')}</p>;
    case 'error':
      return (
        <>
          <p class="status error">{t('popupError', report.error)}</p>
          {footer}
        </>
      );
    case 'not-article':
      return (
        <>
          <div class="status">
            <p>{t('popupNotArticle')}</p>
            <button type="button" onClick={() => void load(true)}>
              {t('popupAnalyseAnyway')}
            </button>
          </div>
          {footer}
        </>
      );
    case 'article': {
      const { article, detection } = report;
      return (
        <>
          <main>
            <header>
              <h1>{article.title}</h1>
              <p class="meta">
                {[article.published, article.source && t('popupSource', article.source)]
                  .filter(Boolean)
                  .join(' · ')}
                {detection.congress.isCongressNews ? <span class="tag">{t('popupCongress')}</span> : null}
              </p>
            </header>
            <EntitySections detection={detection} onReveal={(text) => reveal({ text })} />
          </main>
          {footer}
        </>
      );
    }
  }
}
