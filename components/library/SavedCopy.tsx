// The saved copy of one page: any kept version read as an article with the reader's highlights
// on it (orphans in place on the version they were made on), or two versions compared.
import { useMemo } from 'preact/hooks';
import { diffVersions } from '../../utils/archive/diff';
import type { StoreApi } from '../../utils/client/api';
import { lastSeenOf, localDay, quoteOf, type StoredVersion } from '../../utils/core/records';
import type { VersionSummary } from '../../utils/core/views';
import { t } from '../../utils/i18n';
import { placeOnVersion } from '../../utils/library/saved-copy';
import type { SavedCopyState } from '../../utils/library/state';
import { ArchiveNotes } from '../ArchiveNotes';
import { ArticleView } from './ArticleView';
import { useAsync } from './hooks';
import { renderAsync } from './Pager';
import { VersionDiffView } from './VersionDiffView';

interface Props {
  store: StoreApi;
  copy: SavedCopyState;
  onChange: (copy: SavedCopyState) => void;
  onBack: () => void;
}

/** A moment to the minute, local time: two versions seen on one day must read apart. */
function when(ms: number): string {
  const d = new Date(ms);
  return `${localDay(ms)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function seen(v: VersionSummary, i: number): string {
  return t('libVersionSeen', String(i + 1), when(v.firstSeen), when(v.lastSeen));
}

export function SavedCopy({ store, copy, onChange, onBack }: Props) {
  const base = useAsync(async () => {
    const [page, versions, annotations] = await Promise.all([
      store.getPage(copy.url),
      store.listVersions(copy.url),
      store.annotationsForPage(copy.url),
    ]);
    return { page, versions, annotations };
  }, [copy.url]);
  const versions = base.value?.versions ?? [];
  const latest = lastSeenOf(versions);
  const shownN = copy.version ?? latest?.n ?? null;
  const texts = useAsync(async () => {
    const wanted = [shownN, latest?.n ?? null, copy.compare].filter((n): n is number => n !== null);
    const got = await Promise.all([...new Set(wanted)].map((n) => store.getVersion(n)));
    return new Map<number, StoredVersion>(got.map((v) => [v.n, v]));
  }, [shownN, latest?.n, copy.compare]);

  return (
    <section class="saved-copy" aria-label={t('libSavedCopy')}>
      <button type="button" class="link back" onClick={onBack}>
        {t('libSavedCopyBack')}
      </button>
      {renderAsync(base, ({ page, versions: all, annotations }) => {
        if (all.length === 0 || shownN === null) return <p class="empty">{t('libNoCopy')}</p>;
        const byN = texts.value;
        const shown = byN?.get(shownN);
        const newest = latest ? byN?.get(latest.n) : undefined;
        const other = copy.compare !== null ? byN?.get(copy.compare) : undefined;
        return (
          <>
            <h2 lang="zh">{page?.title ?? copy.url}</h2>
            {page?.archive ? <ArchiveNotes archive={page.archive} /> : null}
            <div class="version-pickers">
              <label>
                {t('libVersionLabel')}{' '}
                <select
                  value={String(shownN)}
                  onChange={(e) =>
                    onChange({ ...copy, version: Number((e.target as HTMLSelectElement).value) })
                  }
                >
                  {all.map((v, i) => (
                    <option key={v.n} value={String(v.n)}>
                      {seen(v, i)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              {all.length > 1 ? (
                <label>
                  {t('libCompareWith')}{' '}
                  <select
                    value={copy.compare === null ? '' : String(copy.compare)}
                    onChange={(e) => {
                      const value = (e.target as HTMLSelectElement).value;
                      onChange({ ...copy, compare: value === '' ? null : Number(value) });
                    }}
                  >
                    <option value="">{t('libCompareNone')}</option>
                    {all.map((v, i) =>
                      v.n === shownN ? null : (
                        <option key={v.n} value={String(v.n)}>
                          {seen(v, i)}
                        </option>
                      ),
                    )}
                  </select>
                </label>
              ) : null}
            </div>
            {!shown || !newest ? (
              renderAsync(texts, () => null)
            ) : other ? (
              <Compared older={other.n < shown.n ? other : shown} newer={other.n < shown.n ? shown : other} />
            ) : (
              <Reading version={shown} latest={newest} annotations={annotations} />
            )}
          </>
        );
      })}
    </section>
  );
}

function Compared({ older, newer }: { older: StoredVersion; newer: StoredVersion }) {
  const diff = useMemo(() => diffVersions(older.text, newer.text), [older.n, newer.n]);
  return <VersionDiffView diff={diff} />;
}

function Reading({
  version,
  latest,
  annotations,
}: {
  version: StoredVersion;
  latest: StoredVersion;
  annotations: Parameters<typeof placeOnVersion>[1];
}) {
  const placed = useMemo(
    () => placeOnVersion(version.text, annotations, latest.text),
    [version.n, latest.n, annotations],
  );
  return (
    <>
      <ArticleView
        title={version.title}
        published={version.published}
        source={version.source}
        text={version.text}
        highlights={placed.painted}
      />
      {placed.elsewhere.length > 0 ? (
        <section class="elsewhere">
          <h3>{t('libCopyElsewhere')}</h3>
          <ul>
            {placed.elsewhere.map((a) => (
              <li key={a.id} lang="zh">
                {quoteOf(a)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
