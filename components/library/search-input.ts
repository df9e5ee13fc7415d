// Search as you type, but not on an input method's unfinished pinyin, and not for one
// character: the index has no single characters, so such a query scans (Enter runs it).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDebounced } from './hooks';

export const SEARCH_DEBOUNCE_MS = 250;

export function isSingleChar(s: string): boolean {
  return [...s].length === 1;
}

/** The search box's text; onSettled gets the trimmed text once typing (and composing) paused. */
export function useSearchInput(initial: string, query: string, onSettled: (q: string) => void) {
  const [input, setInput] = useState(initial);
  const [composing, setComposing] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const debounced = useDebounced(composing ? null : input, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (debounced === null) return;
    const q = debounced.trim();
    if (!isSingleChar(q) && q !== query) onSettled(q);
  }, [debounced]);
  // Listeners by hand: Preact's onCompositionEnd listens for "CompositionEnd", since input elements
  // have no oncompositionend property to tell it the DOM's lower-case name.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const start = () => setComposing(true);
    const end = () => {
      setComposing(false);
      setInput(el.value);
    };
    el.addEventListener('compositionstart', start);
    el.addEventListener('compositionend', end);
    return () => {
      el.removeEventListener('compositionstart', start);
      el.removeEventListener('compositionend', end);
    };
  }, []);
  const oneCharPending = isSingleChar(input.trim()) && input.trim() !== query;
  return { input, setInput, ref, oneCharPending };
}
