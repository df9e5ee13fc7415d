import { useEffect, useRef, useState } from 'preact/hooks';
import { addTags, enterCommits, splitTagInput, suggestTags } from '../utils/tags';

interface Props {
  tags: string[];
  suggestions: string[];
  placeholder: string;
  /** Takes the keyboard focus when shown (the editor of a new highlight). */
  autoFocus?: boolean;
  onChange: (tags: string[]) => void;
}

/** Tag chips and an input that works with Chinese input methods. */
export function TagInput({ tags, suggestions, placeholder, autoFocus, onChange }: Props) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  const commit = (more: string[], rest = '') => {
    const next = addTags(tags, more);
    if (next.length !== tags.length) onChange(next);
    setText(rest);
  };
  // Separators typed through an input method arrive when the composition ends. Preact would
  // listen for "CompositionEnd" (no oncompositionend property on inputs), so listen by hand.
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onEnd = () => {
      const { tags: done, rest } = splitTagInput(el.value);
      if (done.length) latest.current(done, rest);
    };
    el.addEventListener('compositionend', onEnd);
    return () => el.removeEventListener('compositionend', onEnd);
  }, []);
  const shown = suggestTags(text, suggestions, tags, 6);
  return (
    <div class="tags">
      {tags.map((tag) => (
        <span class="chip" key={tag}>
          {tag}
          <button
            type="button"
            class="chip-x"
            tabIndex={-1 /* Backspace in the field removes tags; Tab goes on to the next field */}
            aria-label={`× ${tag}`}
            onClick={() => onChange(tags.filter((x) => x !== tag))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        ref={input}
        class="tag-input"
        value={text}
        placeholder={placeholder}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          // Composition text is not final; separators typed through an IME arrive on compositionend.
          if ((e as InputEvent).isComposing) return setText(value);
          const { tags: done, rest } = splitTagInput(value);
          if (done.length) commit(done, rest);
          else setText(value);
        }}
        onKeyDown={(e) => {
          if (enterCommits(e)) {
            e.preventDefault();
            if (text.trim()) commit([text]);
          } else if (e.key === 'Backspace' && !text && tags.length) {
            onChange(tags.slice(0, -1));
          }
        }}
      />
      {shown.length > 0 ? (
        // A list of buttons, each reached by Tab: not a listbox, which would promise arrow keys.
        <ul class="suggestions">
          {shown.map((s) => (
            <li key={s}>
              <button type="button" onClick={() => commit([s])}>
                {s}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
