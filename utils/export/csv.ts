// CSV export for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads
// Chinese as mojibake), CRLF rows, RFC 4180 quoting, and no cell that a spreadsheet
// would run as a formula (CSV injection). Dates are written as Excel reads dates when it
// opens a file: 2022-07-01, and 2026-11-23 12:05:06 in local time (an ISO timestamp with
// its T and Z stays text in Excel), each in its own column and never made inert (they
// start with a digit).
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

const two = (n: number): string => String(n).padStart(2, '0');

/** A time as Excel reads a date and time: YYYY-MM-DD HH:MM:SS, local time, whole seconds. */
export function excelDateTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ` +
    `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`
  );
}

/** Rows as a file: the byte-order mark, then each row's cells made safe, CRLF after every row. */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
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
        excelDateTime(a.created),
        excelDateTime(a.updated),
      ]);
    }
  }
  return csvFile(rows);
}
