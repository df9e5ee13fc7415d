// Saved articles at scale (Node, fake-indexeddb): 1,000 pages, each with its article kept
// (about 5,000 characters of corpus sentences, ~5 MB in all) and 10 highlights. Figures: the
// median of 2-character searches over quotes, notes and article text; the library's first
// screen; adding a new version to a full library; and an ESTIMATE of the size of the saved
// text and its index (JSON of the rows; the on-disk figure needs a browser run).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { VersionRecord } from '../../utils/core/records';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/export/backup';
import { keepArticle } from '../../utils/store/archive';
import { importBackup } from '../../utils/store/backup';
import { listPages } from '../../utils/store/lists';
import { openDb } from '../../utils/store/schema';
import { search } from '../../utils/store/search';
import { corpusSentences, figure, makeLibraryData, makeSavedVersions, median, rng } from '../bench-lib';

const PAGES = 1000;

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

export default async function run(): Promise<void> {
  const sentences = corpusSentences();
  const { pages, annotations } = makeLibraryData(sentences, { pages: PAGES, perPage: 10 });
  const versions = await makeSavedVersions(pages, sentences);
  const r = rng(5);
  const chars = versions.reduce((n, v) => n + v.text.length, 0);
  const db = await openDb({ name: `bench-saved-${Date.now()}`, indexedDB, IDBKeyRange });
  const [loadMs] = await time(() =>
    importBackup(db, {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      pages,
      annotations,
      versions,
    }),
  );
  console.log(
    `loaded ${PAGES} pages, ${annotations.length} highlights and ${versions.length} saved articles ` +
      `(${(chars / 1e6).toFixed(1)} M characters) in one import: ${(loadMs / 1000).toFixed(1)} s`,
  );

  const queries: string[] = [];
  while (queries.length < 40) {
    const text = (versions[Math.floor(r() * versions.length)] as VersionRecord).text;
    const at = Math.floor(r() * (text.length - 2));
    const two = text.slice(at, at + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(two)) queries.push(two);
  }
  const searchMs: number[] = [];
  const textHits: number[] = [];
  for (const q of queries) {
    const [t, hits] = await time(() => search(db, q, { limit: 300 }));
    if (!hits.some((h) => h.kind === 'text'))
      throw new Error(`no article text found for ${q}, which is in one`);
    searchMs.push(t);
    textHits.push(hits.filter((h) => h.kind === 'text').length);
  }
  const firstScreen: number[] = [];
  for (let i = 0; i < 15; i++) firstScreen.push((await time(() => listPages(db, { limit: 20 })))[0]);

  const keepMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const v = versions[i] as VersionRecord;
    const page = pages[i] as (typeof pages)[number];
    const changed = { ...v, text: `${v.text}\n${sentences[i] as string}` };
    keepMs.push(
      (
        await time(() =>
          keepArticle(db, { ...page, canonical: null }, { ...changed, officials: v.officials }),
        )
      )[0],
    );
  }

  const len = (x: unknown) => new TextEncoder().encode(JSON.stringify(x)).length;
  let versionBytesJson = 0;
  await db.versions.each((v) => void (versionBytesJson += len(v)));
  let gramsJson = 0;
  let grams = 0;
  await db.textgrams.each((row) => {
    gramsJson += len(row);
    grams++;
  });
  db.close();

  console.log(
    figure(
      `search over quotes, notes and saved text, 2-character queries, median of ${queries.length}`,
      median(searchMs),
      ' ms',
      { max: 50 },
    ),
  );
  console.log(
    `  article hits per query: median ${median(textHits)}; slowest query ${Math.max(...searchMs).toFixed(1)} ms`,
  );
  console.log(
    figure(
      'library first screen (listPages, 20 pages + highlights), median of 15',
      median(firstScreen),
      ' ms',
      { max: 500 },
    ),
  );
  console.log(
    `keeping a changed version in the full library (diff, index), median of 20: ${median(keepMs).toFixed(1)} ms`,
  );
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  console.log(
    `saved text size ESTIMATE (JSON; not on disk): versions ${mb(versionBytesJson)}, text index ${mb(gramsJson)} in ${grams} bigram rows`,
  );
}
