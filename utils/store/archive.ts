// Keeping the article: what the background does when the reader asks to keep a page's article,
// and each time a saved page is opened again (a new version saved, or the article found gone).
import { articleGone } from '../archive/gone';
import { articleHash } from '../archive/hash';
import { lastSeenOf, type PageInput, type PageRecord } from '../core/records';
import type { ArchiveStatus, ArchiveUsage, ArticleSnapshot, Visit } from '../core/views';
import { TOTAL_BUDGET_BYTES } from '../archive/budget';
import { guard } from './errors';
import { findPage, keysFor, PAGE_TABLES, upsertPage } from './pages';
import type { RendaDb } from './schema';
import { keepVersion, markGone, summaryOf, usedBytes, versionsOf } from './versions';

async function statusOf(db: RendaDb, page: PageRecord): Promise<ArchiveStatus> {
  return {
    pageUrl: page.url,
    archive: page.archive ?? {},
    versions: (await versionsOf(db, page.url)).map(summaryOf),
  };
}

/** "Keep this article": the page saved (without a highlight) with its article as a version. */
export async function keepArticle(
  db: RendaDb,
  input: PageInput,
  snapshot: ArticleSnapshot,
): Promise<ArchiveStatus> {
  const hash = await articleHash(snapshot);
  return guard('keep the article', () =>
    db.transaction('rw', PAGE_TABLES(db), async () => {
      const now = Date.now();
      const page = await upsertPage(db, input, now);
      const kept = await keepVersion(db, page, snapshot, hash, now);
      return statusOf(db, kept.page);
    }),
  );
}

/**
 * A page opened again: when it is saved, its article is compared with the saved copies (a new
 * version kept when it differs) or found gone. Null for a page that is not saved.
 */
export async function visitPage(db: RendaDb, visit: Visit): Promise<ArchiveStatus | null> {
  const hash = visit.snapshot ? await articleHash(visit.snapshot) : null;
  return guard('compare the page with its saved copy', () =>
    db.transaction('rw', PAGE_TABLES(db), async () => {
      const page = await findPage(db, keysFor(visit.url, visit.canonical));
      if (!page) return null;
      const versions = await versionsOf(db, page.url);
      const last = lastSeenOf(versions);
      const now = Date.now();
      const gone = articleGone({
        ...(visit.status !== undefined ? { status: visit.status } : {}),
        title: visit.title,
        text: visit.snapshot?.text ?? visit.text,
        articleTitle: visit.snapshot?.title ?? null,
        saved: last ? { title: last.title, text: last.text } : null,
      });
      if (gone) return statusOf(db, await markGone(db, page, gone, now));
      // A page saved before articles were kept gets its first copy now (not called a change).
      if (!visit.snapshot || !hash) return statusOf(db, page);
      const kept = await keepVersion(db, page, visit.snapshot, hash, now);
      return statusOf(db, kept.page);
    }),
  );
}

/** How much the saved articles take, against the budget. */
export function archiveUsage(db: RendaDb): Promise<ArchiveUsage> {
  return guard('read the storage used', () =>
    db.transaction('r', db.versions, async () => ({
      usedBytes: await usedBytes(db),
      budgetBytes: TOTAL_BUDGET_BYTES,
      versions: await db.versions.count(),
    })),
  );
}
