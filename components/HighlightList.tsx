import { SWATCH, colorName } from './colors';
import { type AnnotationRecord, quoteOf } from '../utils/core/records';
import { t } from '../utils/i18n';

interface Props {
  saved: AnnotationRecord[];
  orphaned: AnnotationRecord[];
  /** Orphans were only looked for verbatim (the page is too large): say so rather than "not found". */
  verbatimOnly?: boolean;
  /** With no highlight, say how to add one: only where selecting text does highlight. */
  hint: boolean;
  onReveal: (id: string) => void;
}

/**
 * The page's highlights in the popup, one compact row each: the colour dot on the quote's first
 * line, the quote, then tags and note on one small line. Orphans are listed, not placed.
 */
export function HighlightList({ saved, orphaned, verbatimOnly = false, hint, onReveal }: Props) {
  const count = saved.length + orphaned.length;
  if (count === 0 && !hint) return null;
  return (
    <section class="highlights">
      {count === 0 ? (
        <p class="none hint">{t('popupNoHighlights')}</p>
      ) : (
        <h2>
          {t('popupHighlights')} <span class="count">{count}</span>
        </h2>
      )}
      <ul>
        {saved.map((a) => (
          <li key={a.id}>
            <button type="button" class="entity hl" title={t('popupJump')} onClick={() => onReveal(a.id)}>
              <Dot record={a} />
              <span class="quote" lang="zh">
                {quoteOf(a)}
              </span>
              {a.tags.length || a.note ? (
                <span class="meta hl-meta">
                  {a.tags.length ? <span class="tags">{a.tags.join(' · ')}</span> : null}
                  {a.note ? <span class="note">{a.note}</span> : null}
                </span>
              ) : null}
            </button>
          </li>
        ))}
        {orphaned.map((a) => (
          <li key={a.id} class="hl orphan">
            <Dot record={a} />
            <span class="quote" lang="zh">
              {quoteOf(a)}
            </span>
            <span class="meta hl-meta">{t(verbatimOnly ? 'popupNotSearched' : 'popupOrphaned')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Dot({ record }: { record: AnnotationRecord }) {
  return (
    <span
      class="dot"
      role="img"
      aria-label={colorName(record.color)}
      style={{ background: SWATCH[record.color] }}
    />
  );
}
