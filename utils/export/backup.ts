// The backup file: the whole database as versioned JSON. Reading one validates the
// COMPLETE file before anything is written, so a damaged, truncated or foreign file
// changes nothing; the error names the first bad field by its path.
import * as v from 'valibot';
import {
  type AnnotationRecord,
  type PageRecord,
  AnnotationSchema,
  formatPath,
  PageSchema,
  type VersionRecord,
  VersionSchema,
} from '../core/records';

export const BACKUP_FORMAT = 'renda-reader-backup';
/**
 * 2: pages may carry `byline` and `siteName` (for citations). A release that reads only version 1
 * checks pages strictly and would call such a file damaged; at version 2 it says "update the
 * extension" instead. Version 1 files (no such fields) read as they always did.
 */
export const BACKUP_VERSION = 3;
/**
 * 3: the saved articles (`versions`: each kept version of a page's article), pages' `archive` state
 * and highlights' `version`. Every version this release imports: the records of versions 1 and 2
 * are valid records of version 3 (a file without `versions` has none).
 */
export const READABLE_VERSIONS = [1, 2, 3] as const;
export type BackupVersion = (typeof READABLE_VERSIONS)[number];

export { formatPath };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** What the file says: this release writes BACKUP_VERSION and reads any of READABLE_VERSIONS. */
  version: BackupVersion;
  /** ISO 8601. */
  exportedAt: string;
  pages: PageRecord[];
  annotations: AnnotationRecord[];
  /** Absent in files of versions 1 and 2. */
  versions?: VersionRecord[];
}

export class BackupError extends Error {
  /** Where in the file, e.g. annotations[3].color; null for the file as a whole. */
  readonly path: string | null;
  constructor(message: string, path: string | null = null) {
    super(message);
    this.name = 'BackupError';
    this.path = path;
  }
}

export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.picklist(READABLE_VERSIONS),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  pages: v.array(PageSchema),
  annotations: v.array(AnnotationSchema),
  versions: v.optional(v.array(VersionSchema)),
});

/** Serialises the database (records sorted by key, so equal databases give equal files). */
export function buildBackup(
  pages: readonly PageRecord[],
  annotations: readonly AnnotationRecord[],
  exportedAt: Date = new Date(),
  versions: readonly VersionRecord[] = [],
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    pages: [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
    annotations: [...annotations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    // By page, then first seen: the order they were kept in.
    versions: [...versions].sort((a, b) =>
      a.pageUrl < b.pageUrl ? -1 : a.pageUrl > b.pageUrl ? 1 : a.firstSeen - b.firstSeen,
    ),
  };
  return JSON.stringify(backup);
}

/**
 * Parses and validates a backup file. Throws BackupError saying what is wrong (and where) for text that
 * is not JSON, not a backup, of another version, or invalid anywhere, including duplicate keys and
 * highlights whose page is not in the file.
 */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new BackupError(`The file is not complete JSON (it may be truncated or damaged): ${why}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BackupError('The file is not a Renda Reader backup (expected a JSON object).');
  }
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) {
    throw new BackupError(
      `The file is not a Renda Reader backup (format is ${JSON.stringify(head.format)}).`,
      'format',
    );
  }
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(head.version)) {
    const newer = typeof head.version === 'number' && head.version > BACKUP_VERSION;
    throw new BackupError(
      `This backup is version ${JSON.stringify(head.version)}; this extension reads versions ${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${READABLE_VERSIONS[READABLE_VERSIONS.length - 1]}` +
        (newer ? ' (update the extension to import it).' : '.'),
      'version',
    );
  }
  const result = v.safeParse(BackupSchema, data, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const path = formatPath(issue.path as { key: unknown }[] | undefined);
    throw new BackupError(`The backup is invalid at ${path ?? 'the top level'}: ${issue.message}`, path);
  }
  const backup = result.output as Backup;
  const urls = new Set<string>();
  backup.pages.forEach((p, i) => {
    if (urls.has(p.url))
      throw new BackupError(`The backup lists the page ${p.url} twice.`, `pages[${i}].url`);
    urls.add(p.url);
  });
  const ids = new Set<string>();
  backup.annotations.forEach((a, i) => {
    if (ids.has(a.id))
      throw new BackupError(`The backup lists the highlight ${a.id} twice.`, `annotations[${i}].id`);
    ids.add(a.id);
    if (!urls.has(a.pageUrl)) {
      throw new BackupError(
        `The highlight ${a.id} belongs to a page missing from the backup.`,
        `annotations[${i}].pageUrl`,
      );
    }
  });
  const kept = new Set<string>();
  (backup.versions ?? []).forEach((x, i) => {
    if (!urls.has(x.pageUrl)) {
      throw new BackupError(
        `A saved copy belongs to a page missing from the backup (${x.pageUrl}).`,
        `versions[${i}].pageUrl`,
      );
    }
    const key = `${x.pageUrl} ${x.hash}`;
    if (kept.has(key))
      throw new BackupError(`The backup lists one saved copy of ${x.pageUrl} twice.`, `versions[${i}].hash`);
    kept.add(key);
  });
  return backup;
}
