// "Keep this article": the page's article saved as a copy without a highlight; once kept, how
// many versions the extension holds.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ArchiveStatus } from '../../utils/core/views';
import { t, tn } from '../../utils/i18n';
import { sendToTab } from '../../utils/messaging';

/** Opens the library on the page's saved copy. */
export function openSavedCopy(pageUrl: string): Promise<unknown> {
  const hash = new URLSearchParams({ view: 'saved', url: pageUrl }).toString();
  return browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${hash}` });
}

interface Props {
  tabId: number;
  /** What is kept already (null: the page is not saved, or not known yet). */
  status: ArchiveStatus | null;
  onKept: (status: ArchiveStatus) => void;
}

export function KeepArticle({ tabId, status, onKept }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = status?.versions.length ?? 0;
  if (status && count > 0)
    return (
      <button type="button" class="link kept" onClick={() => void openSavedCopy(status.pageUrl)}>
        {tn('archKept', count, String(count))}
      </button>
    );
  const keep = () => {
    setBusy(true);
    setError(null);
    sendToTab(tabId, { type: 'page/keep' })
      .then(onKept, (err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" class="keep" disabled={busy} onClick={keep}>
        {t('archKeep')}
      </button>
      {error ? <p class="error">{error}</p> : null}
    </>
  );
}
