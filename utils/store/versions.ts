// The saved articles: each distinct version of a page's article, kept once by its hash with
// when it was first and last seen, within the storage budget; and what the page record tells
// the reader about them (changed since, gone, not kept). Hashes are computed by the caller
// (crypto.subtle is asynchronous and would end a Dexie transaction).
import { checkBudget, versionBytes } from '../archive/budget';
import { diffVersions } from '../archive/diff';
import { DbError } from '../core/errors';
import {
  check,
  lastSeenOf,
  VersionSchema,
  type ArchiveState,
  type GoneReason,
  type PageRecord,
  type StoredVersion,
  type VersionRecord,
} from '../core/records';
import type { ArticleSnapshot, VersionSummary } from '../core/views';
import { guard } from './errors';
import { findPage, keysFor } from './pages';
import type { RendaDb } from './schema';
import { pageTerms, pageTermsKey, putTerms } from './terms';
import { indexVersions, unindexVersions } from './text-index';

export type KeepOutcome =
  /** first: the page's first saved version; same: seen before (its last-seen date moved); changed: a new version. */
  | { kind: 'first' | 'same' | 'changed'; hash: string }
  | { kind: 'not-kept'; reason: 'version-too-large' | 'library-full'; size: number; limit: number };

export function summaryOf(v: StoredVersion): VersionSummary {
  return {
    n: v.n,
    hash: v.hash,
    title: v.title,
    firstSeen: v.firstSeen,
    lastSeen: v.lastSeen,
    chars: v.text.length,
  };
}

/** The page's versions, oldest first. */
export function versionsOf(db: RendaDb, pageUrl: string): Promise<StoredVersion[]> {
  return db.versions.where('pageUrl').equals(pageUrl).sortBy('n');
}

/** Bytes of every saved version, from the `bytes` index alone (no text is read). */
export async function usedBytes(db: RendaDb): Promise<number> {
  const sizes = (await db.versions.orderBy('bytes').keys()) as number[];
  return sizes.reduce((a, b) => a + b, 0);
}

function withArchive(page: PageRecord, patch: Partial<ArchiveState>, drop: (keyof ArchiveState)[] = []) {
  const merged: ArchiveState = { ...page.archive, ...patch };
  const archive = Object.fromEntries(
    Object.entries(merged).filter(([k]) => !(drop as string[]).includes(k)),
  ) as ArchiveState;
  return { ...page, archive };
}

/**
 * Inside a transaction over pages, versions and textgrams: keeps the article as a version of the
 * page (or moves the last-seen date of the same version), and records on the page what changed.
 * Returns the page as it now is and what happened; at the budget nothing is kept and the page says so.
 */
export async function keepVersion(
  db: RendaDb,
  page: PageRecord,
  snapshot: ArticleSnapshot,
  hash: string,
  now: number,
): Promise<{ page: PageRecord; outcome: KeepOutcome }> {
  const previous = lastSeenOf(await versionsOf(db, page.url));
  const same = await db.versions.where('[pageUrl+hash]').equals([page.url, hash]).first();
  let outcome: KeepOutcome;
  if (same) {
    await db.versions.put({ ...same, lastSeen: Math.max(same.lastSeen, now) });
    outcome = { kind: 'same', hash };
  } else {
    const record: VersionRecord = {
      pageUrl: page.url,
      hash,
      title: snapshot.title,
      published: snapshot.published,
      source: snapshot.source,
      byline: snapshot.byline,
      text: snapshot.text,
      officials: snapshot.officials.map(({ name, titles }) => ({ name, titles })),
      meetings: snapshot.meetings.map(({ name, date }) => ({ name, date })),
      slogans: snapshot.slogans.map(({ text, count }) => ({ text, count })),
      firstSeen: now,
      lastSeen: now,
      bytes: versionBytes(snapshot),
    };
    check(VersionSchema, record, 'saved article');
    const verdict = checkBudget({ chars: record.text.length, bytes: record.bytes }, await usedBytes(db));
    if (!verdict.ok) {
      const notKept = { at: now, reason: verdict.reason, size: verdict.size, limit: verdict.limit };
      const updated = withArchive(page, { notKept });
      await db.pages.put(updated);
      return { page: updated, outcome: { kind: 'not-kept', ...notKept } };
    }
    const n = await db.versions.add(record as StoredVersion);
    await indexVersions(db, [{ n, text: record.text }]);
    outcome = { kind: previous ? 'changed' : 'first', hash };
  }
  let updated = withArchive(page, { current: hash }, ['gone', 'notKept']);
  if (previous && previous.hash !== hash) {
    const { summary } = diffVersions(previous.text, snapshot.text);
    updated = withArchive(updated, { change: { at: now, since: previous.lastSeen, ...summary } });
    // The record describes the article as it now reads: its title and what it mentions.
    updated = {
      ...updated,
      title: snapshot.title || updated.title,
      published: snapshot.published,
      source: snapshot.source,
      officials: snapshot.officials.map(({ name, titles }) => ({ name, titles })),
      meetings: snapshot.meetings.map(({ name, date }) => ({ name, date })),
      slogans: snapshot.slogans.map(({ text, count }) => ({ text, count })),
    };
    if (outcome.kind === 'same') outcome = { kind: 'changed', hash };
  }
  await db.pages.put(updated);
  await putTerms(db, pageTermsKey(page), pageTerms(updated));
  return { page: updated, outcome };
}

/** Inside a transaction: the page was found without its article; the first time it was is kept. */
export async function markGone(
  db: RendaDb,
  page: PageRecord,
  reason: GoneReason,
  now: number,
): Promise<PageRecord> {
  const updated = withArchive(page, { gone: { at: page.archive?.gone?.at ?? now, reason } });
  await db.pages.put(updated);
  return updated;
}

/** Inside a transaction: deletes a page's versions and their index entries; returns them (for undo). */
export async function dropVersions(db: RendaDb, pageUrl: string): Promise<StoredVersion[]> {
  const versions = await versionsOf(db, pageUrl);
  await unindexVersions(db, versions);
  await db.versions.bulkDelete(versions.map((v) => v.n));
  return versions;
}

/** Inside a transaction: puts back versions exactly as dropVersions returned them. */
export async function putVersions(db: RendaDb, versions: readonly StoredVersion[]): Promise<void> {
  for (const v of versions) check(VersionSchema, stripKey(v), 'saved article');
  await db.versions.bulkPut([...versions]);
  await indexVersions(db, versions);
}

/**
 * Inside a transaction: versions of `from` become versions of `to` (two records found to be one
 * article). A version both hold is kept once, seen from the earlier to the later date.
 */
export async function moveVersions(db: RendaDb, from: string, to: string): Promise<void> {
  for (const v of await versionsOf(db, from)) {
    const twin = await db.versions.where('[pageUrl+hash]').equals([to, v.hash]).first();
    if (twin) {
      await db.versions.put({
        ...twin,
        firstSeen: Math.min(twin.firstSeen, v.firstSeen),
        lastSeen: Math.max(twin.lastSeen, v.lastSeen),
      });
      await unindexVersions(db, [v]);
      await db.versions.delete(v.n);
    } else {
      await db.versions.put({ ...v, pageUrl: to });
    }
  }
}

/** A version without its database key: what backups hold and the record schema checks. */
export function stripKey(v: StoredVersion): VersionRecord {
  const { n: _n, ...record } = v;
  void _n;
  return record;
}

/** The saved versions of the page at this address (by key or alias), oldest first; [] when none. */
export function listVersions(db: RendaDb, url: string): Promise<VersionSummary[]> {
  return guard('read the saved copies', () =>
    db.transaction('r', db.pages, db.versions, async () => {
      const page = await findPage(db, keysFor(url));
      return page ? (await versionsOf(db, page.url)).map(summaryOf) : [];
    }),
  );
}

/** One saved version, text included. */
export function getVersion(db: RendaDb, n: number): Promise<StoredVersion> {
  return guard('read the saved copy', async () => {
    const v = Number.isInteger(n) ? await db.versions.get(n) : undefined;
    if (!v) throw new DbError('not-found', 'This saved copy no longer exists.');
    return v;
  });
}
