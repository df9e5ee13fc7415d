// Keyboard shortcuts of the library: / focuses the search box, Ctrl/⌘+Z undoes the
// last delete while its notice is up. Never while the user types in a field.
import { useEffect, useRef, type MutableRef } from 'preact/hooks';

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable;
}

export function useShortcuts(search: MutableRef<HTMLInputElement | null>, undo: (() => void) | undefined) {
  const undoRef = useRef(undo);
  undoRef.current = undo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        search.current?.focus();
      } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && !e.shiftKey && undoRef.current) {
        e.preventDefault();
        undoRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
