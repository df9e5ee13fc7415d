// What the library shows (view, filters, search, page of the list), kept in the
// address's #fragment so that reload, back/forward and links from the index work.
import type { ListQuery } from '../core/views';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/records';

export const VIEWS = ['browse', 'people', 'slogans', 'saved'] as const;
export type View = (typeof VIEWS)[number];
export type SortKey = 'published' | 'saved';

/** The list's filters: the database query without its paging, the sort always set. */
export type Filters = Omit<ListQuery, 'sort' | 'offset' | 'limit'> & { sort: SortKey };

export interface LibraryState {
  view: View;
  filters: Filters;
  /** Search text; when not blank the browse view shows search results. */
  query: string;
  /** 0-based page of the list. */
  page: number;
  /**
   * View 'saved': the saved copy of one page (its URL), the version read (its key; null: the last
   * seen) and the version it is compared with (null: no comparison).
   */
  copy: SavedCopyState | null;
}

export interface SavedCopyState {
  url: string;
  version: number | null;
  compare: number | null;
}

export const DEFAULT_STATE: LibraryState = {
  view: 'browse',
  filters: { sort: 'published' },
  query: '',
  page: 0,
  copy: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_FILTERS = ['tag', 'site', 'official', 'slogan'] as const;

/** Reads a #fragment; anything unknown or malformed is dropped, never an error. */
export function parseState(hash: string): LibraryState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view = p.get('view');
  const filters: Filters = { sort: p.get('sort') === 'saved' ? 'saved' : 'published' };
  for (const k of TEXT_FILTERS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  const color = p.get('color');
  if (color && (HIGHLIGHT_COLORS as readonly string[]).includes(color))
    filters.color = color as HighlightColor;
  for (const k of ['from', 'to'] as const) {
    const v = p.get(k);
    if (v && DATE.test(v)) filters[k] = v;
  }
  const page = Number(p.get('page'));
  const copyUrl = p.get('url');
  const copy =
    view === 'saved' && copyUrl
      ? { url: copyUrl, version: key(p.get('v')), compare: key(p.get('cmp')) }
      : null;
  return {
    view:
      (VIEWS as readonly string[]).includes(view ?? '') && (view !== 'saved' || copy)
        ? (view as View)
        : 'browse',
    filters,
    query: p.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 0,
    copy,
  };
}

/** A version key from the fragment: a positive integer, else null. */
function key(v: string | null): number | null {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** The #fragment for a state (defaults left out, so the plain library has an empty one). */
export function stateToHash(s: LibraryState): string {
  const p = new URLSearchParams();
  if (s.view !== 'browse') p.set('view', s.view);
  if (s.view === 'saved' && s.copy) {
    p.set('url', s.copy.url);
    if (s.copy.version !== null) p.set('v', String(s.copy.version));
    if (s.copy.compare !== null) p.set('cmp', String(s.copy.compare));
  }
  if (s.query !== '') p.set('q', s.query);
  for (const k of [...TEXT_FILTERS, 'color', 'from', 'to'] as const) {
    const v = s.filters[k];
    if (v) p.set(k, v);
  }
  if (s.filters.sort !== 'published') p.set('sort', s.filters.sort);
  if (s.page > 0) p.set('page', String(s.page));
  const out = p.toString();
  return out === '' ? '' : `#${out}`;
}

/** How many filters (besides the sort order) are set. */
export function activeFilters(f: Filters): number {
  return [f.tag, f.color, f.site, f.official, f.slogan, f.from, f.to].filter((v) => v !== undefined).length;
}

/** The data layer's query for one page of the list. */
export function toListQuery(f: Filters, page: number, pageSize: number): ListQuery {
  const q: ListQuery = { sort: f.sort, offset: page * pageSize, limit: pageSize };
  for (const k of [...TEXT_FILTERS, 'color', 'from', 'to'] as const) {
    const v = f[k];
    if (v !== undefined) (q as Record<string, unknown>)[k] = v;
  }
  return q;
}

/** The same filters without paging: the whole filtered set, for export. */
export function toExportQuery(f: Filters): ListQuery {
  const { offset: _o, limit: _l, ...rest } = toListQuery(f, 0, 1);
  return rest;
}

/** First and last day of a YYYY-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new Error(`Expected a month as YYYY-MM, not ${JSON.stringify(month)}.`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  if (mon < 1 || mon > 12) throw new Error(`No such month: ${month}.`);
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A page number that exists for this many items (after a delete or a narrower filter). */
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(0, page), pageCount(total, pageSize) - 1);
}
