import type { PageRecord } from '../../utils/core/records';
import { t, tn } from '../../utils/i18n';
import { formulationInEnglish, namePinyin, PINYIN_LANG } from '../../utils/library/english';
import { isNational } from '../../utils/library/formulations';
import { LazyDetails } from './LazyDetails';

interface Props {
  page: PageRecord;
  filterBy: (key: 'official' | 'slogan', value: string) => void;
}

interface Group {
  key: 'official' | 'slogan';
  label: string;
  values: string[];
  /** What is said beside each value, smaller: an official's pinyin, a formulation's English. */
  aside?: { text: (value: string) => string | null; lang: string };
}

/**
 * A page's officials and formulations folded into one line ("12 officials · 30 formulations"):
 * a long page detects hundreds, and the reader's own quotes are what the card is for. The
 * chips are built only when the line is opened, so a closed one is a single tab stop.
 */
export function PageEntities({ page, filterBy }: Props) {
  const officials = [...new Set(page.officials.map((o) => o.name))];
  const slogans = [...new Set(page.slogans.map((s) => s.text))];
  if (officials.length === 0 && slogans.length === 0) return null;
  const summary = [
    officials.length > 0 ? tn('libCardOfficials', officials.length, String(officials.length)) : null,
    slogans.length > 0 ? tn('libCardFormulations', slogans.length, String(slogans.length)) : null,
  ]
    .filter((x) => x !== null)
    .join(' · ');
  // National formulations (高质量发展, 四个意识) before the page's own quoted words (大事, 要事).
  const groups: Group[] = [
    {
      key: 'official',
      label: t('libViewPeople'),
      values: officials,
      aside: { text: namePinyin, lang: PINYIN_LANG },
    },
    {
      key: 'slogan',
      label: t('libNationalFormulations'),
      values: slogans.filter(isNational),
      aside: { text: formulationInEnglish, lang: 'en' },
    },
    { key: 'slogan', label: t('libQuotedWords'), values: slogans.filter((s) => !isNational(s)) },
  ];
  return (
    <LazyDetails class="entities" summary={summary}>
      {() =>
        groups
          .filter((g) => g.values.length > 0)
          .map((g) => (
            <div class="entity-group" key={g.label} role="group" aria-label={g.label}>
              <span class="entity-label">{g.label}</span>
              <ul class="entity-list">
                {g.values.map((v) => {
                  const aside = g.aside?.text(v);
                  return (
                    <li key={v}>
                      <button
                        type="button"
                        class={`entity ${g.key === 'official' ? 'official' : 'slogan'}`}
                        onClick={() => filterBy(g.key, v)}
                      >
                        <span class="entity-name">{v}</span>
                        {aside ? (
                          <>
                            {' '}
                            <span class="aside" lang={g.aside?.lang}>
                              {aside}
                            </span>
                          </>
                        ) : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))
      }
    </LazyDetails>
  );
}
