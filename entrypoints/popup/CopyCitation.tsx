import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { styleLabel } from '../../components/citation-style-label';
import type { CslItem } from '../../utils/export/citation';
import { t } from '../../utils/i18n';
import { citationStyles } from '../../utils/library/citation-styles';
import type { CitationStyle } from '../../utils/library/citing';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'copied' } | { kind: 'error'; message: string };

/**
 * "Copy citation" for the page the popup reads (saved or not): its CSL-JSON item cited in a style,
 * copied as plain text. The citation engine (in a worker, loaded on demand) is started only when
 * the reader asks, so that opening the popup stays quick.
 */
export function CopyCitation({ item }: { item: CslItem }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const cite = async (style: CitationStyle) => {
    setStatus({ kind: 'busy' });
    try {
      const { citeItems } = await import('../../utils/library/citing');
      const text = await citeItems([item], style);
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <details class="cite">
      <summary>{t('libCopyCitation')}</summary>
      <div class="cite-styles">
        {citationStyles(browser.i18n.getUILanguage()).map((s) => (
          <button
            type="button"
            key={s}
            aria-label={t('libCopyCitationIn', styleLabel(s))}
            disabled={status.kind === 'busy'}
            onClick={() => void cite(s)}
          >
            {styleLabel(s)}
          </button>
        ))}
      </div>
      <p class="meta" role="status">
        {status.kind === 'busy'
          ? t('libCitationPreparing')
          : status.kind === 'copied'
            ? t('libCitationCopied')
            : status.kind === 'error'
              ? status.message
              : ''}
      </p>
    </details>
  );
}
