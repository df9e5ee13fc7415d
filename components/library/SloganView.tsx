import { useMemo } from 'preact/hooks';
import type { SloganEntry } from '../../utils/core/views';
import { t, tn } from '../../utils/i18n';
import { formulationInEnglish } from '../../utils/library/english';
import { isNational } from '../../utils/library/formulations';
import { filterByText } from '../../utils/library/posts';
import { useIndexFilter } from './index-filter';

interface Props {
  slogans: SloganEntry[];
  /** Shows the pages with the slogan, in one month if given. */
  showSlogan: (text: string, month?: string) => void;
}

/**
 * Every formulation seen on saved pages with its use per month: the national ones (known
 * formulations, numbered formulas) first, then the words the pages put in quotes, which
 * are many and mostly local (大事, 天宁实践), each group most used first.
 */
export function SloganView({ slogans, showSlogan }: Props) {
  const { text, shown, input, more } = useIndexFilter();
  const national = useMemo(() => slogans.filter((s) => isNational(s.text)), [slogans]);
  const local = useMemo(() => slogans.filter((s) => !isNational(s.text)), [slogans]);
  if (slogans.length === 0) return <p class="empty">{t('libSlogansEmpty')}</p>;
  // The English finds a formulation too (whole-process finds 全过程人民民主).
  const byText = (list: SloganEntry[]) =>
    filterByText(list, text, (s) => [s.text, formulationInEnglish(s.text) ?? '']);
  const first = byText(national);
  const rest = byText(local);
  const groups = [
    { label: t('libNationalFormulations'), list: first.slice(0, shown) },
    { label: t('libQuotedWords'), list: rest.slice(0, Math.max(0, shown - first.length)) },
  ].filter((g) => g.list.length > 0);
  return (
    <section class="index slogans">
      <div class="index-tools">{input}</div>
      {groups.map((g) => (
        <section key={g.label} class="slogan-group">
          <h2 class="group-label">{g.label}</h2>
          <ul class="entries">
            {g.list.map((s) => (
              <SloganItem key={s.text} slogan={s} showSlogan={showSlogan} />
            ))}
          </ul>
        </section>
      ))}
      {first.length + rest.length > shown ? (
        <button type="button" class="more" onClick={more}>
          {t('libShowMore')}
        </button>
      ) : null}
    </section>
  );
}

function SloganItem({ slogan: s, showSlogan }: { slogan: SloganEntry } & Pick<Props, 'showSlogan'>) {
  const max = Math.max(1, ...s.months.map((m) => m.count));
  const en = formulationInEnglish(s.text);
  return (
    <li class="entry">
      <details>
        <summary>
          <span class="name">{s.text}</span>{' '}
          {en ? (
            <>
              <span class="en" lang="en">
                {en}
              </span>{' '}
            </>
          ) : null}
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
                // A title, not aria-label: the name stays what is shown (month, count), and the
                // sentence is its description, and a tooltip.
                title={t(
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
}
