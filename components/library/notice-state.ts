// The one line of feedback and its timers: errors stay until dismissed, the rest clear
// themselves; a delete offers undo for a while.
import { useCallback, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { showError } from './errors';
import type { NoticeState } from './Notice';

const UNDO_MS = 10_000;
const INFO_MS = 6_000;

export interface Notices {
  notice: NoticeState | null;
  setNotice: (n: NoticeState | null) => void;
  info: (text: string) => void;
  fail: (err: unknown) => void;
  /** Says text and offers Undo, which runs restore and then reload. */
  offerUndo: (text: string, restore: () => Promise<unknown>, reload: () => void) => void;
}

export function useNotices(): Notices {
  const [notice, setState] = useState<NoticeState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const setNotice = useCallback((n: NoticeState | null) => {
    clearTimeout(timer.current);
    setState(n);
    if (n && n.kind === 'info') timer.current = setTimeout(() => setState(null), n.undo ? UNDO_MS : INFO_MS);
  }, []);
  const info = (text: string) => setNotice({ kind: 'info', text });
  const fail = (err: unknown) => setNotice({ kind: 'error', text: showError(err) });
  const offerUndo = (text: string, restore: () => Promise<unknown>, reload: () => void) =>
    setNotice({
      kind: 'info',
      text,
      undo: () => {
        setNotice(null);
        restore().then(() => {
          info(t('libUndone'));
          reload();
        }, fail);
      },
    });
  return { notice, setNotice, info, fail, offerUndo };
}
