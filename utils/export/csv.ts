// CSV export for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads
// Chinese as mojibake), CRLF rows, RFC 4180 quoting, and no cell that a spreadsheet
// would run as a formula (CSV injection).
import { quoteOf } from '../core/records';
import type { ExportGroup } from './types';

export const CSV_COLUMNS = [
  'title',
  'url',
  'published',
  'source',
  'quote',
  'tags',
  'note',
  'color',
  'created',
  'updated',
] as const;

export const BOM = '\uFEFF';
export const TAG_SEPARATOR = '; ';

/** One cell: made inert if a spreadsheet would read it as a formula, then quoted if needed. */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function buildCsv(groups: readonly ExportGroup[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { page, annotations } of groups) {
    for (const a of annotations) {
      rows.push([
        page.title,
        page.url,
        page.published ?? '',
        page.source ?? '',
        quoteOf(a),
        a.tags.join(TAG_SEPARATOR),
        a.note,
        a.color,
        iso(a.created),
        iso(a.updated),
      ]);
    }
  }
  return BOM + rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}
