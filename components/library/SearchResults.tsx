import { localDay } from '../../utils/core/records';
import type { SearchHit } from '../../utils/core/views';
import { t, tn } from '../../utils/i18n';
import { groupHits, matchesIn } from '../../utils/library/search';
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

/** Search hits gathered by page, with the matched text in <mark>. */
export function SearchResults({ query, hits, capped, tagSuggestions, actions }: Props) {
  if (hits.length === 0) return <p class="empty">{t('libSearchNone', query)}</p>;
  return (
    <section class="results" aria-label={tn('libSearchResults', hits.length, String(hits.length))}>
      <p class="count">
        {tn('libSearchResults', hits.length, String(hits.length))}
        {capped !== null ? ` ${tn('libSearchCapped', capped, String(capped))}` : ''}
      </p>
      <ul class="hits">
        {groupHits(hits).map((g) => (
          <li key={g.pageUrl} class="hit">
            <h2 class="hit-title">
              {g.page ? (
                <PageLink url={g.page.url} title={g.page.title} openTab={actions.openTab}>
                  {g.page.title.trim() !== '' ? (
                    <Marked text={g.page.title} ranges={matchesIn(g.titleMatches, 'title')} />
                  ) : (
                    t('libUntitled')
                  )}
                </PageLink>
              ) : (
                <span class="page-title">{g.pageUrl}</span>
              )}{' '}
              <span class="meta">
                {g.page ? (g.page.published ?? g.page.site) : ''}
                {g.titleMatches.length > 0 ? ` · ${t('libMatchInTitle')}` : ''}
              </span>
            </h2>
            {g.text ? (
              <p class="text-hit">
                <button
                  type="button"
                  class="link"
                  onClick={() => actions.openSaved(g.pageUrl, g.text?.version.n)}
                >
                  {g.text.current
                    ? t('libTextMatch')
                    : t('libTextMatchOld', localDay(g.text.version.lastSeen))}
                </button>{' '}
                <span class="excerpt" lang="zh">
                  …<Marked text={g.text.excerpt} ranges={g.text.matches} />…
                </span>
              </p>
            ) : null}
            {g.annotations.length > 0 ? (
              <ul class="annotations">
                {g.annotations.map(({ annotation, matches }) => (
                  <AnnotationItem
                    key={annotation.id}
                    annotation={annotation}
                    matches={matches}
                    tagSuggestions={tagSuggestions}
                    onSave={actions.saveAnnotation}
                    onDelete={actions.deleteAnnotation}
                    onTag={(tag) => actions.filterBy('tag', tag)}
                  />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
