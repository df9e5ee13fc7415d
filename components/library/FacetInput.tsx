import { useEffect, useRef, useState } from 'preact/hooks';
import type { Facet } from '../../utils/core/views';
import { t, tn } from '../../utils/i18n';
import { facetChoice } from '../../utils/library/facets';

interface Props {
  name: string;
  label: string;
  /** The value filtered by, if any. */
  value: string | undefined;
  facets: Facet[] | undefined;
  /** Pages or highlights: what a facet's count counts. */
  counts: 'pages' | 'highlights';
  onChange: (value: string | undefined) => void;
}

/**
 * A filter field with the library's values as suggestions (a native <datalist>: typed ahead,
 * read by screen readers, the same in both browsers). A value from the list filters at once;
 * other text waits for one, and Enter or leaving the field puts the current filter back.
 */
export function FacetInput({ name, label, value, facets, counts, onChange }: Props) {
  const [draft, setDraft] = useState(value ?? '');
  // A filter set from elsewhere (a chip, the index, the address) shows in the field.
  useEffect(() => setDraft(value ?? ''), [value]);
  const list = facets ?? [];
  // A value from the address may not be among the facets (yet): it still counts as chosen.
  const values =
    value && !list.some((f) => f.value === value)
      ? [value, ...list.map((f) => f.value)]
      : list.map((f) => f.value);

  const input = useRef<HTMLInputElement>(null);
  const show = (text: string) => {
    setDraft(text);
    // Also now: typed text and its reset can come before Preact renders, leaving its state unchanged.
    if (input.current) input.current.value = text;
  };
  const apply = (text: string, commit: boolean) => {
    const choice = facetChoice(text, values);
    if (choice.kind === 'set') {
      show(choice.value);
      if (choice.value !== value) onChange(choice.value);
    } else if (choice.kind === 'clear') {
      if (value !== undefined) onChange(undefined);
    } else if (commit) {
      show(value ?? '');
    }
  };
  // By hand: Preact would listen for "CompositionEnd", which no browser sends.
  const latest = useRef(apply);
  latest.current = apply;
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onEnd = () => latest.current(el.value, false);
    el.addEventListener('compositionend', onEnd);
    return () => el.removeEventListener('compositionend', onEnd);
  }, []);
  const id = `facets-${name}`;
  return (
    <label class="filter">
      <span>{label}</span>
      <input
        ref={input}
        type="search"
        name={name}
        list={id}
        autocomplete="off"
        placeholder={t('libFilterAny')}
        value={draft}
        onInput={(e) => {
          const el = e.currentTarget as HTMLInputElement;
          setDraft(el.value);
          // An input method's text is not chosen until its composition ends.
          if (!(e as InputEvent).isComposing) apply(el.value, false);
        }}
        onChange={(e) => apply((e.currentTarget as HTMLInputElement).value, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.isComposing) {
            e.preventDefault();
            apply((e.currentTarget as HTMLInputElement).value, true);
          }
        }}
      />
      <datalist id={id}>
        {list.map((f) => (
          <option key={f.value} value={f.value}>
            {counts === 'pages'
              ? tn('libPagesCount', f.count, String(f.count))
              : tn('libHighlightsCount', f.count, String(f.count))}
          </option>
        ))}
      </datalist>
    </label>
  );
}
