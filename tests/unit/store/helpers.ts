// Shared fixtures for the database tests: a fresh fake-indexeddb database per test.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { Selector } from '../../../utils/anchor/types';
import type { PageInput } from '../../../utils/core/records';
import { openDb, type OpenOptions, type RendaDb } from '../../../utils/store/schema';
import { annotationTerms, pageTerms } from '../../../utils/store/terms';

let n = 0;
export function freshName(): string {
  return `test-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`;
}

export function openTestDb(options: OpenOptions = {}): Promise<RendaDb> {
  return openDb({ name: freshName(), indexedDB, IDBKeyRange, ...options });
}

export { indexedDB, IDBKeyRange };

export function pageInput(overrides: Partial<PageInput> = {}): PageInput {
  return {
    url: 'https://rd.example.gov.cn/a/1.html',
    canonical: null,
    title: '区委召开人大工作会议',
    published: '2022-07-01',
    source: '区人大常委会办公室',
    officials: [{ name: '许小波', titles: ['区委书记'] }],
    meetings: [{ name: '区委人大工作会议', date: '2022-07-01' }],
    slogans: [{ text: '强富美高', count: 2 }],
    ...overrides,
  };
}

export function selectors(exact: string, start = 0, prefix = '', suffix = ''): Selector[] {
  return [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start, end: start + exact.length },
  ];
}

/** The search index holds exactly one current row per page and per annotation, and nothing else. */
export async function expectIndexInSync(db: RendaDb): Promise<void> {
  const [pages, annotations, rows] = await Promise.all([
    db.pages.toArray(),
    db.annotations.toArray(),
    db.terms.toArray(),
  ]);
  const expected = [...pages.map(pageTerms), ...annotations.map(annotationTerms)].sort((a, b) =>
    a.key < b.key ? -1 : 1,
  );
  const got = rows.sort((a, b) => (a.key < b.key ? -1 : 1));
  if (JSON.stringify(got) !== JSON.stringify(expected)) {
    throw new Error(
      `search index out of sync: ${got.map((r) => r.key).join(' ')} vs ${expected.map((r) => r.key).join(' ')}`,
    );
  }
}
