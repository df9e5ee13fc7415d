// Backup and restore of the whole database. Import merges: records are matched by
// key (page URL, also through aliases; annotation id); a record from the file
// replaces the stored one only when its `updated` is newer, otherwise it is skipped.
// Nothing is duplicated, and importing a backup into an empty database restores it exactly.
import { buildBackup, parseBackup, type Backup } from '../export/backup';
import type { AnnotationRecord, PageRecord, StoredVersion, VersionRecord } from '../core/records';
import { PAGE_TABLES } from './pages';
import { indexVersions } from './text-index';
import { guard } from './errors';
import { dumpAll } from './lists';
import type { RendaDb } from './schema';
import { addTerms, annotationTerms, annotationTermsKey, dropTerms, pageTerms, pageTermsKey } from './terms';
import type { ImportCounts, ImportReport } from '../core/views';

/** The whole database as backup JSON text. */
export async function exportBackup(db: RendaDb, now: Date = new Date()): Promise<string> {
  const { pages, annotations, versions } = await dumpAll(db);
  return buildBackup(pages, annotations, now, versions);
}

/** Merges a validated backup into the database, all in one transaction. */
export function importBackup(db: RendaDb, backup: Backup): Promise<ImportReport> {
  return guard('import the backup', () =>
    db.transaction('rw', PAGE_TABLES(db), async () => {
      const pageCounts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
      const counts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
      // A page of the file may be stored under another key already (it was an alias there).
      const target = new Map<string, string>();
      const pagesOut: PageRecord[] = [];
      // Index rows of replaced records: their keys hold the old time.
      const staleTerms: string[] = [];
      for (const p of backup.pages) {
        const existing =
          (await db.pages.get(p.url)) ?? (await db.pages.where('aliases').equals(p.url).first());
        if (!existing) {
          pagesOut.push(p);
          target.set(p.url, p.url);
          pageCounts.added++;
          continue;
        }
        target.set(p.url, existing.url);
        if (p.updated > existing.updated) {
          const aliases = [...new Set([...existing.aliases, ...p.aliases, p.url])].filter(
            (u) => u !== existing.url,
          );
          pagesOut.push({ ...p, url: existing.url, aliases, created: Math.min(p.created, existing.created) });
          staleTerms.push(pageTermsKey(existing));
          pageCounts.updated++;
        } else {
          pageCounts.skipped++;
        }
      }

      const stored = await db.annotations.bulkGet(backup.annotations.map((a) => a.id));
      const annotationsOut: AnnotationRecord[] = [];
      backup.annotations.forEach((a, i) => {
        const pageUrl = target.get(a.pageUrl) ?? a.pageUrl;
        const record = pageUrl === a.pageUrl ? a : { ...a, pageUrl };
        const old = stored[i];
        if (!old) {
          annotationsOut.push(record);
          counts.added++;
        } else if (a.updated > old.updated) {
          annotationsOut.push(record);
          staleTerms.push(annotationTermsKey(old));
          counts.updated++;
        } else {
          counts.skipped++;
        }
      });

      await dropTerms(db, staleTerms);
      await db.pages.bulkPut(pagesOut);
      await db.annotations.bulkPut(annotationsOut);
      await addTerms(db, [...pagesOut.map(pageTerms), ...annotationsOut.map(annotationTerms)]);
      const versions = await mergeVersions(db, backup.versions ?? [], target);
      return { ...counts, pages: pageCounts, versions };
    }),
  );
}

/**
 * Inside the import's transaction: each saved copy of the file joins its page's (by hash); one
 * already kept keeps the wider span of dates it was seen over. Returns how many were new.
 */
async function mergeVersions(
  db: RendaDb,
  versions: readonly VersionRecord[],
  target: ReadonlyMap<string, string>,
): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
  const added: StoredVersion[] = [];
  for (const x of versions) {
    const pageUrl = target.get(x.pageUrl) ?? x.pageUrl;
    const twin = await db.versions.where('[pageUrl+hash]').equals([pageUrl, x.hash]).first();
    if (!twin) {
      const n = await db.versions.add({ ...x, pageUrl } as StoredVersion);
      added.push({ ...x, pageUrl, n });
      counts.added++;
    } else if (x.firstSeen < twin.firstSeen || x.lastSeen > twin.lastSeen) {
      await db.versions.put({
        ...twin,
        firstSeen: Math.min(twin.firstSeen, x.firstSeen),
        lastSeen: Math.max(twin.lastSeen, x.lastSeen),
      });
      counts.updated++;
    } else counts.skipped++;
  }
  await indexVersions(db, added);
  return counts;
}

/**
 * Validates backup text completely, then merges it. A bad file throws BackupError (with the path of the
 * first invalid field) before anything is written; a failed write throws DbError and changes nothing.
 */
export async function importBackupText(db: RendaDb, text: string): Promise<ImportReport> {
  return importBackup(db, parseBackup(text));
}
