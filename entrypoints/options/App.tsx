import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryApp, type LibraryServices } from '../../components/library/LibraryApp';
import { openDb, type RendaDb } from '../../utils/store/schema';
import { downloadText } from '../../utils/download';
import { t } from '../../utils/i18n';
import { showError } from '../../components/library/errors';
import { markdownLabelsFor } from '../../utils/library/exporting';

const services: LibraryServices = {
  openTab: (url) => void browser.tabs.create({ url }),
  download: (file) => downloadText(file.text, file.fileName, file.mime),
  markdownLabels: markdownLabelsFor(browser.i18n.getUILanguage()),
};

type State = { kind: 'opening' } | { kind: 'open'; db: RendaDb } | { kind: 'failed'; message: string };

/** Opens the database in the extension's origin and shows the library, or says why it cannot. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'opening' });
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    openDb({ onVersionChange: () => setChanged(true) }).then(
      (db) => setState({ kind: 'open', db }),
      (err: unknown) => setState({ kind: 'failed', message: showError(err) }),
    );
  }, []);
  if (state.kind === 'opening') return <p class="status">{t('libLoading')}</p>;
  if (state.kind === 'failed')
    return (
      <p class="status error" role="alert">
        {state.message}
      </p>
    );
  return (
    <>
      {changed ? (
        <div class="banner" role="alert">
          {t('libDbChanged')}{' '}
          <button type="button" onClick={() => location.reload()}>
            {t('libReload')}
          </button>
        </div>
      ) : null}
      <LibraryApp db={state.db} services={services} />
    </>
  );
}
