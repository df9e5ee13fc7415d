// Pure export builders: strings in, strings out (no DOM, no browser API).
export { buildBackup, parseBackup, BackupError, BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup';
export { codePointLength, codePointPosition, toCodePointRange, type CodePointPosition } from './codepoints';
export { buildCsv, csvCell, CSV_COLUMNS, BOM } from './csv';
export { exportFileName, sanitizeFileName, type ExportKind } from './filename';
export { buildJsonLd, toWebAnnotation, annotationIri, ANNO_CONTEXT, type WebAnnotation } from './jsonld';
export {
  buildMarkdown,
  MARKDOWN_LABELS_EN,
  MARKDOWN_LABELS_ZH,
  type MarkdownLabels,
  type MarkdownOptions,
} from './markdown';
export type { ExportGroup } from './types';
