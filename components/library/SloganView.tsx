import type { SloganEntry } from '../../utils/core/views';
import { t, tn } from '../../utils/i18n';
import { filterByText } from '../../utils/library/posts';
import { useIndexFilter } from './index-filter';

interface Props {
  slogans: SloganEntry[];
  /** Shows the pages with the slogan, in one month if given. */
  showSlogan: (text: string, month?: string) => void;
}

/** Every formulation seen on saved pages with its use per month. */
export function SloganView({ slogans, showSlogan }: Props) {
  const { text, shown, input, more } = useIndexFilter();
  if (slogans.length === 0) return <p class="empty">{t('libSlogansEmpty')}</p>;
  const list = filterByText(slogans, text, (s) => [s.text]);
  return (
    <section class="index slogans">
      <div class="index-tools">{input}</div>
      <ul class="entries">
        {list.slice(0, shown).map((s) => {
          const max = Math.max(1, ...s.months.map((m) => m.count));
          return (
            <li key={s.text} class="entry">
              <details>
                <summary>
                  <span class="name">{s.text}</span>{' '}
                  <span class="meta">
                    {t(
                      'libOccurrences',
                      tn('libTimes', s.total, String(s.total)),
                      tn('libPagesCount', s.pages, String(s.pages)),
                    )}
                  </span>
                </summary>
                <button type="button" class="link" onClick={() => showSlogan(s.text)}>
                  {t('libShowPassages')}
                </button>
                <ol class="months">
                  {s.months.map((m) => (
                    <li key={m.month}>
                      <button
                        type="button"
                        class="month"
                        aria-label={t(
                          'libMonthCount',
                          m.month,
                          tn('libTimes', m.count, String(m.count)),
                          tn('libPagesCount', m.pages, String(m.pages)),
                        )}
                        onClick={() => showSlogan(s.text, m.month)}
                      >
                        <span class="month-label">{m.month}</span>
                        <span class="bar-track">
                          <span class="bar" style={{ width: `${Math.round((m.count / max) * 100)}%` }} />
                        </span>
                        <span class="month-count">{m.count}</span>
                      </button>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          );
        })}
      </ul>
      {list.length > shown ? (
        <button type="button" class="more" onClick={more}>
          {t('libShowMore')}
        </button>
      ) : null}
    </section>
  );
}
