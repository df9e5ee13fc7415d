import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type AnnotationChanges,
  HIGHLIGHT_COLORS,
  type AnnotationRecord,
  type HighlightColor,
  quoteOf,
} from '../../utils/core/records';
import type { SearchMatch } from '../../utils/core/views';
import { t } from '../../utils/i18n';
import { matchesIn } from '../../utils/library/search';
import { TagInput } from '../TagInput';
import { colorName } from '../colors';
import { Marked } from './Marked';

interface Props {
  annotation: AnnotationRecord;
  /** Search matches to mark. */
  matches?: readonly SearchMatch[];
  tagSuggestions: string[];
  onSave: (id: string, changes: AnnotationChanges) => Promise<boolean>;
  onDelete: (annotation: AnnotationRecord) => void;
  onTag?: (tag: string) => void;
}

/** One highlight: its quote, tags and note, with editing and delete. Page text only as text. */
export function AnnotationItem({
  annotation: a,
  matches = [],
  tagSuggestions,
  onSave,
  onDelete,
  onTag,
}: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Keyboard users land back on Edit when the editor closes.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <li class={`annotation color-${a.color}`}>
      <blockquote class="quote">
        <Marked text={quoteOf(a)} ranges={matchesIn(matches, 'quote')} />
      </blockquote>
      {editing ? (
        <Editor
          annotation={a}
          tagSuggestions={tagSuggestions}
          onCancel={() => setEditing(false)}
          onSave={async (changes) => {
            if (await onSave(a.id, changes)) setEditing(false);
          }}
        />
      ) : (
        <>
          {a.tags.length > 0 ? (
            <ul class="chips" aria-label={t('libTags')}>
              {a.tags.map((tag, i) => (
                <li key={tag}>
                  {onTag ? (
                    <button type="button" class="chip" onClick={() => onTag(tag)}>
                      <Marked text={tag} ranges={matchesIn(matches, 'tag', i)} />
                    </button>
                  ) : (
                    <span class="chip">
                      <Marked text={tag} ranges={matchesIn(matches, 'tag', i)} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {a.note.trim() !== '' ? (
            <p class="note">
              <Marked text={a.note} ranges={matchesIn(matches, 'note')} />
            </p>
          ) : null}
          <div class="actions">
            <span class="swatch" role="img" title={colorName(a.color)} aria-label={colorName(a.color)} />
            <button type="button" class="edit" ref={editButton} onClick={() => setEditing(true)}>
              {t('libEdit')}
            </button>
            <button type="button" class="delete" onClick={() => onDelete(a)}>
              {t('libDelete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

interface EditorProps {
  annotation: AnnotationRecord;
  tagSuggestions: string[];
  onSave: (changes: AnnotationChanges) => Promise<void>;
  onCancel: () => void;
}

function Editor({ annotation, tagSuggestions, onSave, onCancel }: EditorProps) {
  const [color, setColor] = useState<HighlightColor>(annotation.color);
  const [tags, setTags] = useState<string[]>(annotation.tags);
  const [note, setNote] = useState(annotation.note);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus();
  }, []);
  const save = async () => {
    setBusy(true);
    try {
      await onSave({ color, tags, note });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      ref={form}
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <fieldset class="colors">
        <legend>{t('libColorChoice')}</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c} class={`color-choice color-${c}`} title={colorName(c)}>
            <input
              type="radio"
              name={`color-${annotation.id}`}
              value={c}
              checked={color === c}
              onChange={() => setColor(c)}
            />
            <span class="swatch" />
            <span class="visually-hidden">{colorName(c)}</span>
          </label>
        ))}
      </fieldset>
      <div class="field" role="group" aria-label={t('libTags')}>
        <span>{t('libTags')}</span>
        <TagInput
          tags={tags}
          suggestions={tagSuggestions}
          placeholder={t('libTagsPlaceholder')}
          onChange={setTags}
        />
      </div>
      <label class="field">
        <span>{t('libNote')}</span>
        <textarea
          rows={3}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('libSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('libCancel')}
        </button>
      </div>
    </form>
  );
}
