// Export files as the library offers them: the builders of utils/export, a file name
// with the page title or the date, and the MIME type the download gets. The highlight
// formats (Markdown, CSV, JSON-LD) and the officials CSV are built here synchronously;
// the reference formats (RIS, BibTeX, CSL-JSON) and the Markdown citation line need the
// citation formatter, which exportFile loads on demand (utils/library/citing.ts).
import type { PageRecord } from '../core/records';
import { buildCsv } from '../export/csv';
import { exportFileName, type ExportKind } from '../export/filename';
import { buildJsonLd } from '../export/jsonld';
import {
  buildMarkdown,
  MARKDOWN_LABELS_EN,
  MARKDOWN_LABELS_ZH,
  type MarkdownLabels,
} from '../export/markdown';
import { buildOfficialsCsv } from '../export/officials-csv';
import type { ExportGroup } from '../export/types';
import { citationFunction, markdownCitationStyle, referenceText, type ReferenceFormat } from './citing';
import { pageExtras } from './english';

/** What the menus offer for highlights. */
export const EXPORT_FORMATS = ['md', 'csv', 'jsonld'] as const;
/** What they offer for research: reference-manager files, and the officials as a table. */
export const REFERENCE_FORMATS = ['ris', 'bib', 'csljson'] as const;
export type HighlightFormat = (typeof EXPORT_FORMATS)[number];
export type ExportFormat = HighlightFormat | ReferenceFormat | 'officials';

export interface ExportFile {
  text: string;
  fileName: string;
  mime: string;
}

const MIME: Record<ExportFormat | 'backup', string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
  officials: 'text/csv;charset=utf-8',
  // The types reference managers register for (Zotero and EndNote open a downloaded .ris).
  ris: 'application/x-research-info-systems;charset=utf-8',
  bib: 'application/x-bibtex;charset=utf-8',
  csljson: 'application/vnd.citationstyles.csl+json;charset=utf-8',
  backup: 'application/json;charset=utf-8',
};

const KIND: Record<ExportFormat, ExportKind> = {
  md: 'md',
  csv: 'csv',
  jsonld: 'jsonld',
  officials: 'officials',
  ris: 'ris',
  bib: 'bib',
  csljson: 'csljson',
};

/** Markdown labels in the interface language (Chinese for zh*, else English). */
export function markdownLabelsFor(uiLanguage: string): MarkdownLabels {
  return /^zh([-_]|$)/i.test(uiLanguage) ? MARKDOWN_LABELS_ZH : MARKDOWN_LABELS_EN;
}

export interface ExportOptions {
  /** Exporting one page: its title and date go into the file name. */
  page?: PageRecord;
  labels?: MarkdownLabels;
  /** The Markdown citation line of each page (plain text), or null for none. */
  citation?: (page: PageRecord) => string | null;
  now?: Date;
}

/** The groups with what the stored pages lack worked out again (pinyin, English posts, places). */
export function withExtras(groups: readonly ExportGroup[]): ExportGroup[] {
  return groups.map((g) => (g.extras ? g : { ...g, extras: pageExtras(g.page) }));
}

function fileFor(format: ExportFormat, text: string, options: ExportOptions): ExportFile {
  const fileName = exportFileName(KIND[format], {
    title: options.page?.title ?? null,
    date: options.page?.published ?? null,
    ...(options.now ? { now: options.now } : {}),
  });
  return { text, fileName, mime: MIME[format] };
}

/** A highlight format or the officials CSV, built at once (a Markdown citation line only if `citation` is given). */
export function buildExportFile(
  format: HighlightFormat | 'officials',
  groups: readonly ExportGroup[],
  options: ExportOptions = {},
): ExportFile {
  const { citation, labels } = options;
  const text =
    format === 'md'
      ? buildMarkdown(withExtras(groups), {
          ...(labels ? { labels } : {}),
          ...(citation ? { citation: (g: ExportGroup) => citation(g.page) } : {}),
        })
      : format === 'officials'
        ? buildOfficialsCsv(withExtras(groups))
        : format === 'csv'
          ? buildCsv(groups)
          : buildJsonLd(groups);
  return fileFor(format, text, options);
}

/**
 * Any export format. Markdown gets each page's citation line in the interface's style (GB/T 7714
 * in Chinese, a Chicago bibliography entry in English); RIS, BibTeX and CSL-JSON cite the pages
 * themselves. Loads the citation formatter when one of those needs it.
 */
export async function exportFile(
  format: ExportFormat,
  groups: readonly ExportGroup[],
  options: Omit<ExportOptions, 'citation'> & { uiLanguage: string },
): Promise<ExportFile> {
  if (format === 'ris' || format === 'bib' || format === 'csljson') {
    return fileFor(
      format,
      await referenceText(
        format,
        groups.map((g) => g.page),
      ),
      options,
    );
  }
  if (format === 'md') {
    const pages = groups.map((g) => g.page);
    const citation = await citationFunction(pages, markdownCitationStyle(options.uiLanguage));
    return buildExportFile(format, groups, { ...options, citation });
  }
  return buildExportFile(format, groups, options);
}

export function backupFile(text: string, now: Date = new Date()): ExportFile {
  return { text, fileName: exportFileName('backup', { now }), mime: MIME.backup };
}
