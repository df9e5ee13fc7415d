import { useEffect, useState } from 'preact/hooks';
import { EntitySections } from '../../components/EntitySections';
import { sendToTab } from '../../utils/messaging';
import { t } from '../../utils/i18n';
import { requestReport, targetTabId, type TabReport } from '../../utils/popup/tab-report';

type State = { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'report'; tabId: number; report: TabReport };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = async (force: boolean) => {
    const tabId = await targetTabId(location.search);
    if (tabId === null) return setState({ kind: 'no-tab' });
    try {
      setState({ kind: 'report', tabId, report: await requestReport(tabId, force) });
    } catch (err) {
      setState({ kind: 'report', tabId, report: { status: 'error', url: '', error: String(err) } });
    }
  };
  useEffect(() => void load(false), []);

  if (state.kind === 'loading') return <p class="status">{t('popupLoading')}</p>;
  if (state.kind === 'no-tab') return <p class="status">{t('popupNoTab')}</p>;
  const { report, tabId } = state;
  switch (report.status) {
    case 'restricted':
      return <p class="status">{t('popupRestricted')}</p>;
    case 'error':
      return <p class="status error">{t('popupError', report.error)}</p>;
    case 'not-article':
      return (
        <div class="status">
          <p>{t('popupNotArticle')}</p>
          <button type="button" onClick={() => void load(true)}>
            {t('popupAnalyseAnyway')}
          </button>
        </div>
      );
    case 'article': {
      const { article, detection } = report;
      const reveal = (text: string) => void sendToTab(tabId, { type: 'page/reveal', text }).catch(() => {});
      return (
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
          <EntitySections detection={detection} onReveal={reveal} />
        </main>
      );
    }
  }
}
