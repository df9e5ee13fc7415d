// Highlights on the live page: restore saved ones, create from the selection,
// edit, delete with undo. Talks to the database only through the background.
import { h, render } from 'preact';
import {
  HighlightToolbar,
  type Anchor,
  type ToolbarState,
  type ToolbarText,
} from '../../components/HighlightToolbar';
import { anchorAll, describe } from '../anchor';
import { whenTextAppears, type Highlighter } from '../highlight';
import { type AnnotationRecord, type HighlightColor, type PageInput, quoteOf } from '../core/records';
import { toCodePointRange } from '../export/codepoints';
import type { ArticleSnapshot } from '../core/views';
import { sendToBackground, type AnnotationChanges, type PageAnnotations } from '../messaging';
import type { Overlay } from './overlay';

/** How long to wait for text that a late-rendering page has not shown yet. */
const LATE_TEXT_MS = 10_000;

export interface AnnotatorOptions {
  doc: Document;
  overlay: () => Overlay;
  painter: Highlighter;
  css: string;
  text: ToolbarText & { deleted: string; nothingSelected: string; saveFailed: (err: unknown) => string };
  /** The page as it is saved with a highlight (title, date, detected entities). */
  page: () => PageInput;
  /** The article as read now, kept with the highlight; null when the page holds none. */
  snapshot?: () => ArticleSnapshot | null;
  /** Names of the officials, meetings and slogans on the page, offered as tags. */
  entityTags: () => string[];
}

export interface Annotator {
  /** Restores saved highlights (and, for a while, those whose text the page shows late). */
  restore(): Promise<PageAnnotations>;
  /**
   * Highlights the selection, or opens the highlight it lies within rather than saving a copy.
   * With nothing to highlight it says so (the shortcut is offered on every page) and is false.
   */
  highlightSelection(color: HighlightColor | null): Promise<boolean>;
  reveal(id: string): boolean;
  /** What is on the page now: placed highlights in reading order, and the orphans. */
  list(): PageAnnotations;
  /** Starts listening for selections and clicks on highlights. Idempotent. */
  activate(): void;
}

export function createAnnotator(o: AnnotatorOptions): Annotator {
  const { doc, painter } = o;
  const placed = new Map<string, { record: AnnotationRecord; range: Range }>();
  let orphaned: AnnotationRecord[] = [];
  // The page was too large for the approximate search when highlights were last placed.
  let verbatimOnly = false;
  let state: ToolbarState = { kind: 'hidden' };
  let knownTags: string[] = [];
  let container: HTMLElement | null = null;
  let active = false;

  const show = (next: ToolbarState) => {
    state = next;
    if (!container) {
      const overlay = o.overlay();
      const style = doc.createElement('style');
      style.textContent = o.css;
      container = doc.createElement('div');
      overlay.root.append(style, container);
    }
    render(
      h(HighlightToolbar, {
        state,
        text: o.text,
        suggestions: [...o.entityTags(), ...knownTags],
        onCreate: (color) => void highlightSelection(color),
        onChange: (id, changes) => void change(id, changes),
        onDelete: (id) => void remove(id),
        onClose: () => show({ kind: 'hidden' }),
      }),
      container,
    );
  };

  const anchorOf = (range: Range): Anchor => {
    const r = range.getBoundingClientRect();
    const win = doc.defaultView;
    return {
      left: r.left + (win?.scrollX ?? 0),
      top: r.top + (win?.scrollY ?? 0),
      bottom: r.bottom + (win?.scrollY ?? 0),
    };
  };

  const fail = (err: unknown, at: Anchor | null) =>
    show({
      kind: 'message',
      at,
      error: true,
      text: o.text.saveFailed(err),
    });

  const currentSelection = (): Range | null => {
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    if (!doc.body.contains(range.commonAncestorContainer) || !range.toString().trim()) return null;
    return range;
  };

  /** Opens the editor of the highlight the selection lies within; false when there is none. */
  const openExisting = (range: Range, focus: boolean): boolean => {
    const id = painter.containing(range);
    const entry = id ? placed.get(id) : undefined;
    if (!entry) return false;
    show({ kind: 'editor', at: anchorOf(range), annotation: entry.record, focus });
    void refreshTags();
    return true;
  };

  async function highlightSelection(color: HighlightColor | null): Promise<boolean> {
    const range = currentSelection();
    if (!range) {
      show({ kind: 'message', at: null, text: o.text.nothingSelected });
      return false;
    }
    // Asked for on purpose (menu, shortcut): the editor takes the focus, as after a new highlight.
    if (openExisting(range, true)) {
      doc.getSelection()?.removeAllRanges();
      return true;
    }
    const at = anchorOf(range);
    const selectors = describe(doc.body, range);
    const position = selectors.find((sel) => sel.type === 'TextPositionSelector');
    // The W3C export counts code points (𠮷 is one, not two): computed here, where the page text is.
    const codePoints = position && toCodePointRange(doc.body.textContent ?? '', position.start, position.end);
    try {
      const record = await sendToBackground({
        type: 'annotations/add',
        page: o.page(),
        ...(o.snapshot ? { snapshot: o.snapshot() ?? undefined } : {}),
        annotation: {
          selectors,
          color: color ?? 'yellow',
          tags: [],
          note: '',
          ...(codePoints ? { codePoints } : {}),
        },
      });
      placed.set(record.id, { record, range: range.cloneRange() });
      painter.add([{ id: record.id, range, color: record.color }]);
      doc.getSelection()?.removeAllRanges();
      activate();
      show({ kind: 'editor', at, annotation: record });
      void refreshTags();
      return true;
    } catch (err) {
      fail(err, at);
      return false;
    }
  }

  // Edits show at once and are saved one after another: a second tag typed before the first
  // was saved builds on the first, instead of on the list the database had last answered.
  let saving: Promise<void> = Promise.resolve();
  const inOrder = (task: () => Promise<void>): Promise<void> => (saving = saving.then(task));
  const unsaved = new Map<string, number>();

  function change(id: string, changes: AnnotationChanges): Promise<void> {
    const entry = placed.get(id);
    if (!entry) return Promise.resolve();
    const shown = (record: AnnotationRecord) => {
      entry.record = record;
      if (changes.color) painter.add([{ id, range: entry.range, color: record.color }]);
      if (state.kind === 'editor' && state.annotation.id === id) show({ ...state, annotation: record });
    };
    const before = entry.record;
    shown({ ...before, ...changes });
    unsaved.set(id, (unsaved.get(id) ?? 0) + 1);
    return inOrder(async () => {
      try {
        const record = await sendToBackground({ type: 'annotations/update', id, changes });
        // Later edits are already on screen; the last answer has them all.
        if (unsaved.get(id) === 1) shown(record);
        if (changes.tags) void refreshTags();
      } catch (err) {
        shown(before);
        fail(err, anchorOf(entry.range));
      } finally {
        const left = (unsaved.get(id) ?? 1) - 1;
        if (left) unsaved.set(id, left);
        else unsaved.delete(id);
      }
    });
  }

  function remove(id: string): Promise<void> {
    return inOrder(() => removeNow(id));
  }

  async function removeNow(id: string) {
    const entry = placed.get(id);
    if (!entry) return;
    const at = anchorOf(entry.range);
    try {
      const removed = await sendToBackground({ type: 'annotations/delete', id });
      painter.remove(id);
      placed.delete(id);
      if (!removed) return show({ kind: 'hidden' });
      show({
        kind: 'message',
        at,
        text: o.text.deleted,
        undo: () => {
          sendToBackground({ type: 'annotations/restore', annotation: removed })
            .then(() => {
              placed.set(id, { record: removed, range: entry.range });
              painter.add([{ id, range: entry.range, color: removed.color }]);
              show({ kind: 'editor', at, annotation: removed });
            })
            .catch((err: unknown) => fail(err, at));
        },
      });
    } catch (err) {
      fail(err, at);
    }
  }

  async function refreshTags() {
    knownTags = await sendToBackground({ type: 'tags/all' }).catch(() => knownTags);
  }

  /** Anchors records and draws those that can be placed; returns the rest. */
  function place(records: AnnotationRecord[]): AnnotationRecord[] {
    const { ranges, verbatimOnly: limited } = anchorAll(
      doc.body,
      records.map((r) => r.selectors),
    );
    verbatimOnly = limited;
    const items = records.flatMap((record, i) => {
      const range = ranges[i];
      if (!range) return [];
      placed.set(record.id, { record, range });
      return [{ id: record.id, range, color: record.color }];
    });
    // One call: the wrapping fallback reads every range before it changes the DOM.
    painter.add(items);
    return records.filter((r) => !placed.has(r.id));
  }

  async function restore() {
    const page = o.page();
    const records = await sendToBackground({
      type: 'annotations/forPage',
      url: page.url,
      canonical: page.canonical ?? null,
    });
    orphaned = place(records);
    if (records.length) activate();
    if (orphaned.length) void placeLate();
    return list();
  }

  // Pages that render their article after load: try the orphans again once their text shows up.
  async function placeLate() {
    const quotes = orphaned.map(quoteOf).filter(Boolean);
    const appeared = await whenTextAppears(doc.body, (text) => quotes.some((q) => text.includes(q)), {
      timeoutMs: LATE_TEXT_MS,
    });
    if (appeared) orphaned = place(orphaned);
  }

  function reveal(id: string): boolean {
    const entry = placed.get(id);
    if (!entry) return false;
    entry.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    o.overlay().flash(entry.range);
    return true;
  }

  // Listeners exist only where the analyzer runs: news pages, pages with highlights, and pages
  // the user asked about (the popup, the menu, the shortcut).
  function activate() {
    if (active) return;
    active = true;
    const onUp = (e: Event) => {
      if (isOurs(e)) return;
      // Let the selection settle (a click inside a selection collapses it after mouseup).
      setTimeout(() => {
        const range = currentSelection();
        // Inside a highlight: that highlight, not a copy of it. The focus stays on the page, so
        // that the selection can still be copied; the shortcut moves it into the editor.
        if (range && openExisting(range, false)) return;
        if (range) return show({ kind: 'selection', at: anchorOf(range) });
        if (state.kind === 'selection' || passing(state)) show({ kind: 'hidden' });
      }, 0);
    };
    doc.addEventListener('mouseup', onUp, { passive: true });
    doc.addEventListener('keyup', (e) => e.shiftKey && onUp(e), { passive: true });
    doc.addEventListener(
      'click',
      (e) => {
        if (isOurs(e) || currentSelection()) return;
        const id = painter.hitTestEvent(e);
        const entry = id ? placed.get(id) : undefined;
        if (entry) {
          show({ kind: 'editor', at: anchorOf(entry.range), annotation: entry.record });
          void refreshTags();
        } else if (state.kind === 'editor') show({ kind: 'hidden' });
      },
      { passive: true },
    );
  }

  /** A notice that asks nothing of the reader (no undo, no error): gone at the next click. */
  const passing = (s: ToolbarState) => s.kind === 'message' && !s.undo && !s.error;

  const isOurs = (e: Event) =>
    e.composedPath().some((n) => n instanceof Element && n.localName === 'renda-reader-ui');

  const list = () => ({
    saved: [...placed.values()]
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
      .map((p) => p.record),
    orphaned,
    verbatimOnly,
  });

  return { restore, highlightSelection, reveal, activate, list };
}
