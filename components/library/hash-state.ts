// The library's view state lives in the address's #fragment: a reload, the back button
// or a bookmark shows the same view, filters and page.
import { useEffect, useState } from 'preact/hooks';
import { parseState, stateToHash, type LibraryState } from '../../utils/library/state';

/** Where the view state is kept between reloads: the address's #fragment in the extension. */
export interface HashStore {
  get(): string;
  set(hash: string): void;
  subscribe(onChange: () => void): () => void;
}

export const windowHash: HashStore = {
  get: () => location.hash,
  set: (hash) => {
    if (hash !== location.hash)
      history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash);
  },
  subscribe: (onChange) => {
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  },
};

/** The state, written to the hash on every change; a hash changed from outside replaces it (and onOutside hears it). */
export function useHashState(hash: HashStore, onOutside: (state: LibraryState) => void) {
  const [state, setState] = useState<LibraryState>(() => parseState(hash.get()));
  useEffect(() => hash.set(stateToHash(state)), [state]);
  useEffect(
    () =>
      hash.subscribe(() => {
        const next = parseState(hash.get());
        setState(next);
        onOutside(next);
      }),
    [],
  );
  return [state, setState] as const;
}
