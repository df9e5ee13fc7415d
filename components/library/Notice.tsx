import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface NoticeState {
  kind: 'info' | 'error';
  text: string;
  /** Offered for a while after a delete. */
  undo?: () => void;
}

interface Props {
  notice: NoticeState | null;
  onDismiss: () => void;
}

/** The one line of feedback: saved, deleted (with undo), imported, or what went wrong. */
export function Notice({ notice, onDismiss }: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  // What had focus was just deleted: Undo is the natural next key press.
  useEffect(() => {
    if (notice?.undo) undo.current?.focus();
  }, [notice]);
  // The live region stays in the document so that screen readers announce what appears in it.
  return (
    <div class="notice-area" role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {notice ? (
        <div class={`notice ${notice.kind}`}>
          <span class="notice-text">{notice.text}</span>
          {notice.undo ? (
            <button type="button" class="undo" ref={undo} onClick={notice.undo}>
              {t('libUndo')}
            </button>
          ) : null}
          <button type="button" class="dismiss" aria-label={t('libDismiss')} onClick={onDismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
