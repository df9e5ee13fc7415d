// What the reader is told about a saved page's article, in the popup and in the library: changed
// since when and how much, gone and why, a version not kept for lack of room.
import { localDay, type ArchiveState } from '../utils/core/records';
import { t, tn } from '../utils/i18n';
import { formatBytes } from '../utils/present/bytes';

/** "1 passage edited, 2 removed, 0 added" in the interface language. */
export function changeSummary(
  c: Pick<NonNullable<ArchiveState['change']>, 'edited' | 'removed' | 'added'>,
): string {
  return [
    tn('archEdited', c.edited, String(c.edited)),
    tn('archRemoved', c.removed, String(c.removed)),
    tn('archAdded', c.added, String(c.added)),
  ].join(t('archSeparator'));
}

const GONE_WORDS = {
  http: 'archGoneHttp',
  'not-found-page': 'archGoneNotFound',
  missing: 'archGoneMissing',
} as const;

interface Props {
  archive: ArchiveState;
  /** Offered where the saved copy can be opened (the popup: in the library). */
  onOpenCopy?: () => void;
}

export function ArchiveNotes({ archive, onOpenCopy }: Props) {
  const { change, gone, notKept } = archive;
  if (!change && !gone && !notKept) return null;
  return (
    <div class="archive-notes" role="status">
      {gone ? (
        <p class="archive-gone">{t('archGone', localDay(gone.at), t(GONE_WORDS[gone.reason]))}</p>
      ) : change ? (
        <p class="archive-changed">{t('archChangedSince', localDay(change.since), changeSummary(change))}</p>
      ) : null}
      {notKept ? (
        <p class="archive-not-kept">
          {t(
            'archNotKept',
            notKept.reason === 'version-too-large'
              ? t('archTooLarge', formatBytes(notKept.size), formatBytes(notKept.limit))
              : t('archLibraryFull', formatBytes(notKept.limit)),
          )}
        </p>
      ) : null}
      {onOpenCopy && (gone || change) ? (
        <button type="button" class="open-copy" onClick={onOpenCopy}>
          {t('archOpenCopy')}
        </button>
      ) : null}
    </div>
  );
}
