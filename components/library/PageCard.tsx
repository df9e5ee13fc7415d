import { useState } from 'preact/hooks';
import {
  type AnnotationRecord,
  type PageRecord,
  localDay,
  type AnnotationChanges,
  quoteOf,
} from '../../utils/core/records';
import { t, tn } from '../../utils/i18n';
import type { CitationStyle } from '../../utils/library/citing';
import { EXPORT_FORMATS, type ExportFormat } from '../../utils/library/exporting';
import { occurrences } from '../../utils/library/marks';
import { AnnotationItem } from './AnnotationItem';
import { CitationButtons, ExportButtons } from './ExportButtons';
import { Menu } from './Menu';
import { PageEntities } from './PageEntities';
import { PageLink } from './PageLink';

export interface PageActions {
  openTab: (url: string) => void;
  saveAnnotation: (id: string, changes: AnnotationChanges) => Promise<boolean>;
  deleteAnnotation: (a: AnnotationRecord) => void;
  deletePage: (page: PageRecord) => void;
  exportPage: (page: PageRecord, annotations: AnnotationRecord[], format: ExportFormat) => void;
  /** Copies the page's citation in a style to the clipboard, and says so. */
  copyCitation: (page: PageRecord, style: CitationStyle) => void;
  /** The styles "Copy citation" offers, the interface's default first. */
  citationStyles: readonly CitationStyle[];
  filterBy: (key: 'tag' | 'official' | 'slogan' | 'site', value: string) => void;
  /** Shows the page's saved copy (a version of it: its key). */
  openSaved: (url: string, version?: number) => void;
}

/** A page with hundreds of highlights shows this many until asked for the rest (the list stays light). */
export const FIRST_HIGHLIGHTS = 30;

interface Props {
  page: PageRecord;
  annotations: AnnotationRecord[];
  /** Texts to mark in the quotes (the official or formulation the list is filtered by). */
  markTexts?: string[];
  tagSuggestions: string[];
  actions: PageActions;
}

/** A saved page: its title and meta line, its entities folded into one line, then the reader's quotes and notes. */
export function PageCard({ page, annotations, markTexts = [], tagSuggestions, actions }: Props) {
  const [all, setAll] = useState(false);
  return (
    <article class="page-card">
      <header>
        <h2>
          <PageLink url={page.url} title={page.title} openTab={actions.openTab} />
        </h2>
        <p class="meta">
          {page.published ? <time>{page.published}</time> : null}
          <button type="button" class="link" onClick={() => actions.filterBy('site', page.site)}>
            {page.site}
          </button>
          {page.source ? <span>{page.source}</span> : null}
          <span>{t('libSavedOn', localDay(page.updated))}</span>
          <span>{tn('libHighlightsCount', annotations.length, String(annotations.length))}</span>
          {page.archive?.gone ? (
            <span class="mark-gone">{t('libMarkGone', localDay(page.archive.gone.at))}</span>
          ) : page.archive?.change ? (
            <span class="mark-changed">{t('libMarkChanged', localDay(page.archive.change.at))}</span>
          ) : null}
          {page.archive ? (
            <button type="button" class="link open-copy" onClick={() => actions.openSaved(page.url)}>
              {t('libSavedCopy')}
            </button>
          ) : null}
        </p>
        <Menu label={t('libPageMenu')}>
          <CitationButtons styles={actions.citationStyles} onCite={(s) => actions.copyCitation(page, s)} />
          <hr />
          <ExportButtons
            formats={[...EXPORT_FORMATS, 'ris', 'bib']}
            onExport={(f) => actions.exportPage(page, annotations, f)}
          />
          <hr />
          <button type="button" class="danger delete-page" onClick={() => actions.deletePage(page)}>
            {t('libDeletePage')}
          </button>
        </Menu>
        <PageEntities page={page} filterBy={actions.filterBy} />
      </header>
      <ul class="annotations">
        {(all ? annotations : annotations.slice(0, FIRST_HIGHLIGHTS)).map((a) => (
          <AnnotationItem
            key={a.id}
            annotation={a}
            matches={occurrences(quoteOf(a), markTexts).map((r) => ({ field: 'quote', ...r }))}
            tagSuggestions={tagSuggestions}
            onSave={actions.saveAnnotation}
            onDelete={actions.deleteAnnotation}
            onTag={(tag) => actions.filterBy('tag', tag)}
          />
        ))}
      </ul>
      {!all && annotations.length > FIRST_HIGHLIGHTS ? (
        <button type="button" class="more" onClick={() => setAll(true)}>
          {tn('libShowAll', annotations.length, String(annotations.length))}
        </button>
      ) : null}
    </article>
  );
}
