import { SWATCH } from './colors';
import { type AnnotationRecord, quoteOf } from '../utils/core/records';
import { t } from '../utils/i18n';

interface Props {
  saved: AnnotationRecord[];
  orphaned: AnnotationRecord[];
  /** Orphans were only looked for verbatim (the page is too large): say so rather than "not found". */
  verbatimOnly?: boolean;
  onReveal: (id: string) => void;
}

/** The page's highlights in the popup; orphans are listed with their quote, not placed. */
export function HighlightList({ saved, orphaned, verbatimOnly = false, onReveal }: Props) {
  return (
    <section class="highlights">
      <h2>
        {t('popupHighlights')} <span class="count">{saved.length + orphaned.length}</span>
      </h2>
      {saved.length + orphaned.length === 0 ? <p class="none">{t('popupNoHighlights')}</p> : null}
      <ul>
        {saved.map((a) => (
          <li key={a.id}>
            <button type="button" class="entity hl" title={t('popupJump')} onClick={() => onReveal(a.id)}>
              <span class="dot" style={{ background: SWATCH[a.color] }} />
              <span class="quote">{quoteOf(a)}</span>
              {a.tags.length ? <span class="meta tags">{a.tags.join(' · ')}</span> : null}
              {a.note ? <span class="meta note">{a.note}</span> : null}
            </button>
          </li>
        ))}
        {orphaned.map((a) => (
          <li key={a.id} class="orphan">
            <span class="dot" style={{ background: SWATCH[a.color] }} />
            <span class="quote">{quoteOf(a)}</span>
            <span class="meta">{t(verbatimOnly ? 'popupNotSearched' : 'popupOrphaned')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
