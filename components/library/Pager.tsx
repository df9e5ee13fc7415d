import { t, tn } from '../../utils/i18n';
import { showError } from './errors';

interface PagerProps {
  page: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
}

export function Pager({ page, total, pageSize, onPage }: PagerProps) {
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <nav class="pager">
      <button type="button" class="prev" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('libPrev')}
      </button>
      <span class="range">{tn('libPageRange', total, String(first), String(last), String(total))}</span>
      <button type="button" class="next" disabled={last >= total} onClick={() => onPage(page + 1)}>
        {t('libNext')}
      </button>
    </nav>
  );
}

/** A load's outcome: what went wrong, "loading", or the value rendered. */
export function renderAsync<T>(
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
