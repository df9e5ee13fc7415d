// Records for the exporter tests, with fixed times so that expected output is exact.
import type { AnnotationRecord, PageRecord } from '../../../utils/core/records';
import type { ExportGroup } from '../../../utils/export/types';

export const T1 = Date.UTC(2026, 10, 23, 4, 5, 6, 7);
export const T2 = Date.UTC(2026, 10, 24, 0, 0, 0, 0);

export function page(overrides: Partial<PageRecord> = {}): PageRecord {
  return {
    url: 'https://rd.example.gov.cn/a/1.html',
    aliases: [],
    title: '区委召开人大工作会议',
    published: '2022-07-01',
    source: '区人大常委会办公室',
    site: 'rd.example.gov.cn',
    officials: [],
    meetings: [],
    slogans: [],
    created: T1,
    updated: T1,
    ...overrides,
  };
}

export function annotation(exact: string, overrides: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return {
    id: '0b0c0d0e-1111-4222-8333-444455556666',
    pageUrl: 'https://rd.example.gov.cn/a/1.html',
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: '会议强调，', suffix: '。' },
      { type: 'TextPositionSelector', start: 20, end: 20 + exact.length },
    ],
    color: 'yellow',
    tags: [],
    note: '',
    created: T1,
    updated: T2,
    ...overrides,
  };
}

export function group(annotations: AnnotationRecord[], p: Partial<PageRecord> = {}): ExportGroup {
  return { page: page(p), annotations };
}

/** Local times (noon and morning), for output that is written in local time: the same in every time zone. */
export const L1 = new Date(2026, 10, 23, 12, 5, 6, 7).getTime();
export const L2 = new Date(2026, 10, 24, 9, 30, 0, 0).getTime();
