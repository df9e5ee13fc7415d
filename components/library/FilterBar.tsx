import type { Facet, Facets } from '../../utils/core/views';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/core/records';
import { t } from '../../utils/i18n';
import { nationalFirst } from '../../utils/library/formulations';
import { activeFilters, type Filters, type SortKey } from '../../utils/library/state';
import { colorName } from '../colors';
import { FacetInput } from './FacetInput';

interface Props {
  filters: Filters;
  facets: Facets | undefined;
  onChange: (f: Filters) => void;
}

type TextKey = 'tag' | 'site' | 'official' | 'slogan';

/**
 * Sort order and every filter of the list; each control is a plain, labelled form field. Tags,
 * sites, officials and formulations are typed with suggestions: a library has hundreds of them.
 */
export function FilterBar({ filters, facets, onChange }: Props) {
  const set = (patch: Partial<Filters>) => {
    // Cleared fields leave the object, so that the state (and the address) only holds what is set.
    const merged: Record<string, unknown> = { ...filters, ...patch };
    onChange(
      Object.fromEntries(
        Object.entries(merged).filter(([, v]) => v !== undefined && v !== ''),
      ) as unknown as Filters,
    );
  };
  const facet = (key: TextKey, label: string, values: Facet[] | undefined) => (
    <FacetInput
      name={key}
      label={label}
      value={filters[key]}
      facets={values}
      counts={key === 'tag' ? 'highlights' : 'pages'}
      onChange={(v) => set({ [key]: v })}
    />
  );
  const date = (key: 'from' | 'to', label: string) => (
    <label class="filter">
      <span>{label}</span>
      <input
        type="date"
        name={key}
        value={filters[key] ?? ''}
        onChange={(e) => set({ [key]: (e.currentTarget as HTMLInputElement).value || undefined })}
      />
    </label>
  );
  return (
    <form class="filters" aria-label={t('libFilters')} onSubmit={(e) => e.preventDefault()}>
      <label class="filter">
        <span>{t('libSort')}</span>
        <select
          name="sort"
          value={filters.sort}
          onChange={(e) => set({ sort: (e.currentTarget as HTMLSelectElement).value as SortKey })}
        >
          <option value="published">{t('libSortPublished')}</option>
          <option value="saved">{t('libSortSaved')}</option>
        </select>
      </label>
      {facet('tag', t('libFilterTag'), facets?.tags)}
      <label class="filter">
        <span>{t('libFilterColor')}</span>
        <select
          name="color"
          value={filters.color ?? ''}
          onChange={(e) =>
            set({
              color: ((e.currentTarget as HTMLSelectElement).value || undefined) as
                HighlightColor | undefined,
            })
          }
        >
          <option value="">{t('libFilterAny')}</option>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {colorName(c)}
            </option>
          ))}
        </select>
      </label>
      {facet('site', t('libFilterSite'), facets?.sites)}
      {facet('official', t('libFilterOfficial'), facets?.officials)}
      {facet('slogan', t('libFilterSlogan'), facets && nationalFirst(facets.slogans, (f) => f.value))}
      {date('from', filters.sort === 'saved' ? t('libFilterSavedFrom') : t('libFilterFrom'))}
      {date('to', filters.sort === 'saved' ? t('libFilterSavedTo') : t('libFilterTo'))}
      {activeFilters(filters) > 0 ? (
        <button type="button" class="clear" onClick={() => onChange({ sort: filters.sort })}>
          {t('libClearFilters')}
        </button>
      ) : null}
    </form>
  );
}
