// Export files as the library offers them: the builders of utils/export, a file name
// with the page title or the date, and the MIME type the download gets.
import type { PageRecord } from '../core/records';
import { buildCsv } from '../export/csv';
import { exportFileName } from '../export/filename';
import { buildJsonLd } from '../export/jsonld';
import {
  buildMarkdown,
  MARKDOWN_LABELS_EN,
  MARKDOWN_LABELS_ZH,
  type MarkdownLabels,
} from '../export/markdown';
import type { ExportGroup } from '../export/types';

export const EXPORT_FORMATS = ['md', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  text: string;
  fileName: string;
  mime: string;
}

const MIME: Record<ExportFormat | 'backup', string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
  backup: 'application/json;charset=utf-8',
};

/** Markdown labels in the interface language (Chinese for zh*, else English). */
export function markdownLabelsFor(uiLanguage: string): MarkdownLabels {
  return /^zh([-_]|$)/i.test(uiLanguage) ? MARKDOWN_LABELS_ZH : MARKDOWN_LABELS_EN;
}

export interface ExportOptions {
  /** Exporting one page: its title and date go into the file name. */
  page?: PageRecord;
  labels?: MarkdownLabels;
  now?: Date;
}

export function buildExportFile(
  format: ExportFormat,
  groups: readonly ExportGroup[],
  options: ExportOptions = {},
): ExportFile {
  const text =
    format === 'md'
      ? buildMarkdown(groups, options.labels ? { labels: options.labels } : {})
      : format === 'csv'
        ? buildCsv(groups)
        : buildJsonLd(groups);
  const fileName = exportFileName(format, {
    title: options.page?.title ?? null,
    date: options.page?.published ?? null,
    ...(options.now ? { now: options.now } : {}),
  });
  return { text, fileName, mime: MIME[format] };
}

export function backupFile(text: string, now: Date = new Date()): ExportFile {
  return { text, fileName: exportFileName('backup', { now }), mime: MIME.backup };
}
