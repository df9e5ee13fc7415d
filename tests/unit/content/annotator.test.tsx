// @vitest-environment jsdom
// The in-page editor over a background that answers late: edits show at once, are saved in the
// order they were made, and a failed save is said and undone on screen.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildTextIndex, offsetsToRange } from '../../../utils/anchor/text-index';
import { createHighlighter } from '../../../utils/highlight';
import { createAnnotator, type Annotator } from '../../../utils/content/highlights';
import type { AnnotationRecord } from '../../../utils/core/records';
import type { Overlay } from '../../../utils/content/overlay';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const TEXT = '会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”。';

interface Background {
  stored: AnnotationRecord | null;
  /** Every highlight saved, in order (ids h1, h2, …). */
  added: AnnotationRecord[];
  updates: Record<string, unknown>[];
  /** Update answers wait for this; fail makes them fail. */
  release: () => void;
  fail: boolean;
}

let bg: Background;
let root: ShadowRoot;
let annotator: Annotator;

function fakeBackground(): Background {
  let open: () => void = () => {};
  const gate = new Promise<void>((r) => (open = r));
  const state: Background = { stored: null, added: [], updates: [], release: () => open(), fail: false };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: {
    type: string;
    annotation?: Partial<AnnotationRecord>;
    changes?: Partial<AnnotationRecord>;
  }) => {
    switch (msg.type) {
      case 'annotations/add':
        state.stored = {
          ...(msg.annotation as AnnotationRecord),
          id: `h${state.added.length + 1}`,
          pageUrl: 'http://127.0.0.1/a.html',
          created: 1,
          updated: 1,
        };
        state.added.push(state.stored);
        return { ok: true, value: state.stored };
      case 'annotations/update':
        state.updates.push({ ...msg.changes });
        await gate;
        if (state.fail) return { ok: false, error: 'disk full', code: 'quota' };
        state.stored = { ...(state.stored as AnnotationRecord), ...msg.changes };
        return { ok: true, value: state.stored };
      default:
        return { ok: true, value: [] };
    }
  }) as never);
  return state;
}

beforeEach(async () => {
  document.body.innerHTML = `<p>${TEXT}</p>`;
  // jsdom lays nothing out; the toolbar only needs a place to stand.
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  // Our host's name: the page's listeners know a click on it for ours.
  const host = document.createElement('renda-reader-ui');
  document.documentElement.append(host);
  root = host.attachShadow({ mode: 'open' });
  const overlay: Overlay = { root, flash: () => {}, remove: () => host.remove() };
  bg = fakeBackground();
  annotator = createAnnotator({
    doc: document,
    overlay: () => overlay,
    painter: createHighlighter(document),
    css: '',
    text: {
      highlight: 'Highlight',
      colors: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' },
      tagsPlaceholder: 'Tags',
      notePlaceholder: 'Note',
      remove: 'Delete',
      close: 'Close',
      undo: 'Undo',
      deleted: 'Deleted',
      nothingSelected: 'Select some text first',
      saveFailed: (err) => `Not saved: ${err instanceof Error ? err.message : String(err)}`,
    },
    page: () => ({ url: 'http://127.0.0.1/a.html' }) as never,
    entityTags: () => [],
  });
  // Select 四个意识 and highlight it: the editor opens with the focus in the tag field.
  select('四个意识');
  await act(async () => {
    expect(await annotator.highlightSelection('yellow')).toBe(true);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll('div, renda-reader-ui').forEach((d) => d.remove());
});

/** Selects the first occurrence of text on the page (wherever the marks have split it). */
function select(text: string) {
  const index = buildTextIndex(document.body);
  const at = index.text.indexOf(text);
  const range = offsetsToRange(index, at, at + text.length) as Range;
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

const field = () => root.querySelector('input.tag-input') as HTMLInputElement;
const chips = () => [...root.querySelectorAll('.chip')].map((c) => c.firstChild?.textContent);

function type(value: string) {
  act(() => {
    field().value = value;
    field().dispatchEvent(new InputEvent('input', { bubbles: true, data: value }));
  });
}

async function settled() {
  bg.release();
  await act(async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

describe('the in-page editor with a slow background', () => {
  it('keeps both tags typed before the first was saved, and saves them in order', async () => {
    type('人大工作，');
    type('强富美高,');
    expect(chips()).toEqual(['人大工作', '强富美高']);
    await settled();
    expect(bg.updates).toEqual([{ tags: ['人大工作'] }, { tags: ['人大工作', '强富美高'] }]);
    expect(bg.stored?.tags).toEqual(['人大工作', '强富美高']);
    expect(chips()).toEqual(['人大工作', '强富美高']);
    expect(annotator.list().saved.map((a) => a.tags)).toEqual([['人大工作', '强富美高']]);
  });

  it('says when a save fails and shows what is really saved', async () => {
    bg.fail = true;
    type('人大工作，');
    expect(chips()).toEqual(['人大工作']);
    await settled();
    expect(root.querySelector('[role=status].error')?.textContent).toContain('Not saved');
    expect(annotator.list().saved.map((a) => a.tags)).toEqual([[]]);
  });
});

/** A mouse going up on the page, and the moment the toolbar waits for the selection to settle. */
async function mouseUp() {
  await act(async () => {
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
  });
}

const closeButton = () => root.querySelector('button[aria-label=Close]') as HTMLButtonElement;
const shown = () =>
  root.querySelector('.editor') ? 'editor' : root.querySelector('[role=toolbar]') ? 'new highlight' : 'none';

describe('a selection inside a highlight', () => {
  beforeEach(() => act(() => closeButton().click()));

  it('opens that highlight, with its note, and leaves the focus and the selection on the page', async () => {
    await settled();
    // The canary: outside every highlight, the toolbar offers a new one.
    select('坚定');
    await mouseUp();
    expect(shown()).toBe('new highlight');
    select('个意');
    await mouseUp();
    expect(shown()).toBe('editor');
    expect((root.querySelector('textarea.note') as HTMLTextAreaElement).placeholder).toBe('Note');
    expect(root.activeElement).toBeNull();
    expect(document.getSelection()?.toString()).toBe('个意');
  });

  it('shows the note of the highlight it opens', async () => {
    select('四个意识');
    await mouseUp();
    const note = root.querySelector('textarea.note') as HTMLTextAreaElement;
    act(() => {
      note.value = '提法';
      note.dispatchEvent(new InputEvent('input', { bubbles: true }));
      note.dispatchEvent(new FocusEvent('blur'));
    });
    await settled();
    act(() => closeButton().click());
    select('意识');
    await mouseUp();
    expect((root.querySelector('textarea.note') as HTMLTextAreaElement).value).toBe('提法');
  });

  it('from the menu or the shortcut, opens it with the focus in the editor and saves no copy', async () => {
    select('个意');
    let done: boolean | undefined;
    await act(async () => {
      done = await annotator.highlightSelection(null);
    });
    expect(done).toBe(true);
    expect(bg.added.map((a) => a.id)).toEqual(['h1']);
    expect(annotator.list().saved.map((a) => a.id)).toEqual(['h1']);
    expect(shown()).toBe('editor');
    expect(root.activeElement).toBe(field());
  });

  it('is a new highlight when it only overlaps one', async () => {
    select('意识”、坚定');
    await mouseUp();
    expect(shown()).toBe('new highlight');
    await act(async () => {
      expect(await annotator.highlightSelection('green')).toBe(true);
    });
    expect(bg.added.map((a) => a.id)).toEqual(['h1', 'h2']);
    expect(
      annotator
        .list()
        .saved.map((a) => a.id)
        .sort(),
    ).toEqual(['h1', 'h2']);
  });
});

describe('the menu or the shortcut with nothing selected', () => {
  it('says what to do, saves nothing, and the notice goes at the next click', async () => {
    document.getSelection()?.removeAllRanges();
    let done: boolean | undefined;
    await act(async () => {
      done = await annotator.highlightSelection(null);
    });
    expect(done).toBe(false);
    expect(bg.added).toHaveLength(1);
    expect(root.querySelector('[role=status]')?.textContent).toContain('Select some text first');
    await mouseUp();
    expect(root.querySelector('[role=status]')).toBeNull();
  });
});
