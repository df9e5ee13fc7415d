import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type AnnotationRecord, type HighlightColor, HIGHLIGHT_COLORS } from '../utils/core/records';
import { SWATCH } from './colors';
import { TagInput } from './TagInput';

/** Where to draw, in page coordinates (the overlay host sits at the page's origin). */
export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

export type ToolbarState =
  | { kind: 'hidden' }
  | { kind: 'selection'; at: Anchor }
  /** focus: false leaves the focus on the page (a selection inside the highlight stays copyable). */
  | { kind: 'editor'; at: Anchor; annotation: AnnotationRecord; focus?: boolean }
  | { kind: 'message'; at: Anchor | null; text: string; undo?: () => void; error?: boolean };

export interface ToolbarText {
  highlight: string;
  colors: Record<HighlightColor, string>;
  tagsPlaceholder: string;
  notePlaceholder: string;
  remove: string;
  close: string;
  undo: string;
}

interface Props {
  state: ToolbarState;
  text: ToolbarText;
  suggestions: string[];
  onCreate: (color: HighlightColor) => void;
  onChange: (id: string, changes: Partial<Pick<AnnotationRecord, 'color' | 'tags' | 'note'>>) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
}

/** The in-page toolbar and editor. Rendered in the overlay's shadow root; page text only as text. */
export function HighlightToolbar(props: Props) {
  const { state, text } = props;
  if (state.kind === 'hidden') return null;
  if (state.kind === 'message') {
    return (
      <div class={`bar message${state.error ? ' error' : ''}`} role="status" style={place(state.at)}>
        <span>{state.text}</span>
        {state.undo ? (
          <button type="button" class="undo" ref={(b) => b?.focus()} onClick={state.undo}>
            {text.undo}
          </button>
        ) : null}
        <button type="button" aria-label={text.close} onClick={props.onClose}>
          ×
        </button>
      </div>
    );
  }
  if (state.kind === 'selection') {
    return (
      <div class="bar" role="toolbar" aria-label={text.highlight} style={place(state.at)}>
        <Swatches text={text} onPick={props.onCreate} />
      </div>
    );
  }
  return <Editor {...props} state={state} />;
}

function Swatches({
  text,
  current,
  onPick,
}: {
  text: ToolbarText;
  current?: HighlightColor;
  onPick: (c: HighlightColor) => void;
}) {
  return (
    <>
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          type="button"
          key={c}
          class={`swatch${c === current ? ' current' : ''}`}
          style={{ background: SWATCH[c] }}
          title={text.colors[c]}
          aria-label={text.colors[c]}
          aria-pressed={c === current}
          data-color={c}
          onMouseDown={(e) => e.preventDefault() /* keep the page's selection */}
          onClick={() => onPick(c)}
        />
      ))}
    </>
  );
}

function Editor({
  state,
  text,
  suggestions,
  onChange,
  onDelete,
  onClose,
}: Props & { state: { kind: 'editor' } & ToolbarState }) {
  const { annotation } = state as Extract<ToolbarState, { kind: 'editor' }>;
  const [note, setNote] = useState(annotation.note);
  // A note is saved when the field loses focus or the editor closes, not on every key.
  const latest = useRef({ note, annotation });
  latest.current = { note, annotation };
  // A layout effect, run as the editor is drawn: a plain effect waits for the next frame, and
  // would wipe what the reader typed in the meantime (the first character after a click).
  useLayoutEffect(() => {
    setNote(annotation.note);
    return () => {
      const { note: typed, annotation: saved } = latest.current;
      if (typed !== saved.note) onChange(saved.id, { note: typed });
    };
  }, [annotation.id]);
  return (
    <div
      class="editor"
      role="dialog"
      style={place((state as Extract<ToolbarState, { kind: 'editor' }>).at)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div class="row">
        <Swatches
          text={text}
          current={annotation.color}
          onPick={(color) => onChange(annotation.id, { color })}
        />
        <span class="spacer" />
        <button type="button" class="delete" onClick={() => onDelete(annotation.id)}>
          {text.remove}
        </button>
        <button type="button" aria-label={text.close} onClick={onClose}>
          ×
        </button>
      </div>
      <textarea
        class="note"
        rows={3}
        value={note}
        placeholder={text.notePlaceholder}
        onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={() => note !== annotation.note && onChange(annotation.id, { note })}
      />
      <TagInput
        tags={annotation.tags}
        suggestions={suggestions}
        placeholder={text.tagsPlaceholder}
        autoFocus={(state as Extract<ToolbarState, { kind: 'editor' }>).focus !== false}
        onChange={(tags) => onChange(annotation.id, { tags })}
      />
    </div>
  );
}

function place(at: Anchor | null): Record<string, string> {
  if (!at) return { position: 'fixed', left: '50%', bottom: '16px', transform: 'translateX(-50%)' };
  return { left: `${Math.max(4, at.left)}px`, top: `${at.bottom + 6}px` };
}
