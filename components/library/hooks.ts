import { useEffect, useRef, useState } from 'preact/hooks';

export type Async<T> =
  | { status: 'loading'; value?: T }
  | { status: 'done'; value: T }
  | { status: 'error'; error: unknown; value?: T };

/**
 * Runs a load whenever deps change; an answer that arrives after newer deps is dropped, and the
 * previous value stays visible while the next one loads (no flicker when paging or typing).
 */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<Async<T>>({ status: 'loading' });
  const latest = useRef(0);
  useEffect(() => {
    const run = ++latest.current;
    setState((s) => ({ status: 'loading', ...(s.value !== undefined ? { value: s.value } : {}) }));
    load().then(
      (value) => {
        if (run === latest.current) setState({ status: 'done', value });
      },
      (error: unknown) => {
        if (run === latest.current)
          setState((s) => ({ status: 'error', error, ...(s.value !== undefined ? { value: s.value } : {}) }));
      },
    );
    // The caller lists what the load depends on.
  }, deps);
  return state;
}

/** value, but only after it stopped changing for ms (search as you type without a query per key). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}
