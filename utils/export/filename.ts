// File names for exports: the page title (Chinese kept) and date for one page,
// else the extension's name and today's date. Safe on Windows, macOS and Linux.

export type ExportKind = 'md' | 'csv' | 'jsonld' | 'backup' | 'ris' | 'bib' | 'csljson' | 'officials';

const EXTENSION: Record<ExportKind, string> = {
  md: 'md',
  csv: 'csv',
  jsonld: 'jsonld',
  backup: 'json',
  ris: 'ris',
  bib: 'bib',
  // CSL-JSON is JSON; Zotero's import looks at the content, not at the name.
  csljson: 'json',
  // The officials CSV: named apart from the highlights CSV of the same pages and day.
  officials: 'csv',
};

const MAX_TITLE = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A title made safe as a file name: no path or reserved characters, no trailing dots, at most 80 characters. */
export function sanitizeFileName(title: string): string {
  let s = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = [...s].slice(0, MAX_TITLE).join('').trim();
  s = s.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

function localDate(d: Date): string {
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/**
 * `区委召开人大工作会议-2022-07-01.md` for one page (title, and its date if known);
 * `renda-reader-2026-11-23.csv` otherwise, `renda-reader-backup-2026-11-23.json` for a backup and
 * `renda-reader-officials-2026-11-23.csv` for the officials CSV.
 */
export function exportFileName(
  kind: ExportKind,
  options: { title?: string | null; date?: string | null; now?: Date } = {},
): string {
  const ext = EXTENSION[kind];
  const title = kind === 'backup' ? '' : sanitizeFileName(options.title ?? '');
  const suffix = kind === 'officials' ? '-officials' : '';
  if (title !== '')
    return options.date ? `${title}-${options.date}${suffix}.${ext}` : `${title}${suffix}.${ext}`;
  const today = localDate(options.now ?? new Date());
  const stem = kind === 'backup' ? 'renda-reader-backup' : `renda-reader${suffix}`;
  return `${stem}-${today}.${ext}`;
}
