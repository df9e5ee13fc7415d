import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  clampPage,
  DEFAULT_STATE,
  monthRange,
  pageCount,
  parseState,
  stateToHash,
  toExportQuery,
  toListQuery,
  type LibraryState,
} from '../../../utils/library/state';

describe('library state in the address', () => {
  it.each<[string, LibraryState]>([
    ['default', DEFAULT_STATE],
    ['search', { ...DEFAULT_STATE, query: '人大 工作&x=1#' }],
    [
      'every filter',
      {
        view: 'browse',
        query: '',
        page: 3,
        copy: null,
        filters: {
          sort: 'saved',
          tag: '人大工作',
          color: 'green',
          site: 'rd.example.gov.cn',
          official: '许小波',
          slogan: '强富美高',
          from: '2022-01-01',
          to: '2022-12-31',
        },
      },
    ],
    ['people view', { ...DEFAULT_STATE, view: 'people' }],
    ['slogans view', { ...DEFAULT_STATE, view: 'slogans' }],
    [
      'a saved copy with a comparison',
      {
        ...DEFAULT_STATE,
        view: 'saved',
        copy: { url: 'http://rd.example.gov.cn/a.html?id=1&x=2', version: 3, compare: 1 },
      },
    ],
    [
      'a saved copy, last version',
      { ...DEFAULT_STATE, view: 'saved', copy: { url: 'http://a.gov.cn/', version: null, compare: null } },
    ],
  ])('round-trips %s', (_name, state) => {
    expect(parseState(stateToHash(state))).toEqual(state);
  });

  it('gives the plain library an empty fragment', () => {
    expect(stateToHash(DEFAULT_STATE)).toBe('');
  });

  it.each([
    ['#view=nonsense', DEFAULT_STATE],
    ['#color=red', DEFAULT_STATE],
    ['#from=2022-1-1&to=yesterday', DEFAULT_STATE],
    ['#page=-2', DEFAULT_STATE],
    ['#view=saved', DEFAULT_STATE],
    [
      '#view=saved&url=http%3A%2F%2Fa.gov.cn%2F&v=x&cmp=-1',
      { ...DEFAULT_STATE, view: 'saved', copy: { url: 'http://a.gov.cn/', version: null, compare: null } },
    ],
    ['#page=1.5', DEFAULT_STATE],
    ['#sort=random', DEFAULT_STATE],
    ['#%E4%BA%BA', DEFAULT_STATE],
    ['', DEFAULT_STATE],
  ])('drops what is malformed in %s', (hash, expected) => {
    expect(parseState(hash)).toEqual(expected);
  });
});

describe('queries for the data layer', () => {
  it('pages the list and passes only the filters that are set', () => {
    expect(toListQuery({ sort: 'published', tag: '民生' }, 2, 20)).toEqual({
      sort: 'published',
      tag: '民生',
      offset: 40,
      limit: 20,
    });
  });
  it('exports the whole filtered set', () => {
    expect(toExportQuery({ sort: 'saved', official: '许小波', from: '2022-01-01' })).toEqual({
      sort: 'saved',
      official: '许小波',
      from: '2022-01-01',
    });
  });
  it('counts the active filters, not the sort', () => {
    expect(activeFilters({ sort: 'saved' })).toBe(0);
    expect(activeFilters({ sort: 'published', tag: 'a', to: '2022-01-01' })).toBe(2);
  });
});

describe('months and pages', () => {
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2022-12', '2022-12-01', '2022-12-31'],
    ['2022-04', '2022-04-01', '2022-04-30'],
  ])('monthRange(%s)', (month, from, to) => {
    expect(monthRange(month)).toEqual({ from, to });
  });
  it.each(['2022', '2022-13', '2022-00', 'abcd-ef'])('monthRange rejects %s', (m) => {
    expect(() => monthRange(m)).toThrow(/month/i);
  });
  it.each([
    [0, 0, 20, 0],
    [5, 100, 20, 4],
    [5, 81, 20, 4],
    [5, 80, 20, 3],
    [-1, 10, 20, 0],
  ])('clampPage(%i) with %i items of %i → %i', (page, total, size, expected) => {
    expect(clampPage(page, total, size)).toBe(expected);
  });
  it('has at least one page', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});
