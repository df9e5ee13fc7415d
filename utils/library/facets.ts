// A filter typed with suggestions (officials, formulations, tags, sites: hundreds of values on
// a large library, too many for a drop-down). Only a value the library has filters the list:
// a half-typed name never narrows it to nothing.
import { fold } from '../core/fold';

export type FacetChoice =
  /** Filter by this value (as the library spells it). */
  | { kind: 'set'; value: string }
  /** The field was emptied: no filter on this key. */
  | { kind: 'clear' }
  /** Not (yet) a value of the library: while typing, wait; on commit, show the current filter again. */
  | { kind: 'none' };

/**
 * What the text typed into a facet field chooses. An exact value chooses it; so does one that
 * differs only in case or width (ＡＢＣ, abc), when no other value folds to the same text.
 */
export function facetChoice(typed: string, values: readonly string[]): FacetChoice {
  const text = typed.trim();
  if (text === '') return { kind: 'clear' };
  if (values.includes(text)) return { kind: 'set', value: text };
  const folded = fold(text);
  const same = values.filter((v) => fold(v) === folded);
  return same.length === 1 && same[0] !== undefined ? { kind: 'set', value: same[0] } : { kind: 'none' };
}
