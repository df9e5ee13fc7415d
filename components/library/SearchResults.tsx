import type { AnnotationRecord } from '../../utils/db/model';
import type { SearchHit } from '../../utils/db/search';
import { t } from '../../utils/i18n';
import { matchesIn } from '../../utils/library/search';
import { AnnotationItem } from './AnnotationItem';
import { Marked } from './Marked';
import type { PageActions } from './PageCard';
import { PageLink } from './PageLink';

interface Props {
  query: string;
  hits: SearchHit[];
  /** The search stopped at this many hits. */
  capped: number | null;
  tagSuggestions: string[];
  actions: PageActions;
}

function hitKey(h: SearchHit): string {
  return h.kind === 'annotation' ? `a:${h.annotation.id}` : `p:${h.page.url}`;
}

/** Search hits with the matched text in <mark>. */
export function SearchResults({ query, hits, capped, tagSuggestions, actions }: Props) {
  if (hits.length === 0) return <p class="empty">{t('libSearchNone', query)}</p>;
  return (
    <section class="results" aria-label={t('libSearchResults', String(hits.length))}>
      <p class="count" role="status">
        {t('libSearchResults', String(hits.length))}
        {capped !== null ? ` ${t('libSearchCapped', String(capped))}` : ''}
      </p>
      <ul class="hits">
        {hits.map((h) => (
          <li key={hitKey(h)} class={`hit hit-${h.kind}`}>
            {h.kind === 'page' ? (
              <p class="hit-title">
                <PageLink url={h.page.url} title={h.page.title} openTab={actions.openTab}>
                  <Marked text={h.page.title} ranges={matchesIn(h.matches, 'title')} />
                </PageLink>{' '}
                <span class="meta">
                  {t('libMatchInTitle')} · {h.page.published ?? h.page.site}
                </span>
              </p>
            ) : (
              <>
                <p class="hit-title">
                  {h.page ? (
                    <>
                      <PageLink url={h.page.url} title={h.page.title} openTab={actions.openTab} />{' '}
                      <span class="meta">{h.page.published ?? h.page.site}</span>
                    </>
                  ) : (
                    <span class="meta">{h.annotation.pageUrl}</span>
                  )}
                </p>
                <ul class="annotations">
                  <AnnotationItem
                    annotation={h.annotation}
                    matches={h.matches}
                    tagSuggestions={tagSuggestions}
                    onSave={actions.saveAnnotation}
                    onDelete={(a: AnnotationRecord) => actions.deleteAnnotation(a)}
                    onTag={(tag) => actions.filterBy('tag', tag)}
                  />
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
