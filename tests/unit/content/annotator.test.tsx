// @vitest-environment jsdom
// The in-page editor over a background that answers late: edits show at once, are saved in the
// order they were made, and a failed save is said and undone on screen.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHighlighter } from '../../../utils/highlight';
import { createAnnotator, type Annotator } from '../../../utils/content/highlights';
import type { AnnotationRecord } from '../../../utils/core/records';
import type { Overlay } from '../../../utils/content/overlay';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const TEXT = '会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”。';

interface Background {
  stored: AnnotationRecord | null;
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
  const state: Background = { stored: null, updates: [], release: () => open(), fail: false };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: {
    type: string;
    annotation?: Partial<AnnotationRecord>;
    changes?: Partial<AnnotationRecord>;
  }) => {
    switch (msg.type) {
      case 'annotations/add':
        state.stored = {
          ...(msg.annotation as AnnotationRecord),
          id: 'h1',
          pageUrl: 'http://127.0.0.1/a.html',
          created: 1,
          updated: 1,
        };
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
  const host = document.createElement('div');
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
      saveFailed: (err) => `Not saved: ${err instanceof Error ? err.message : String(err)}`,
    },
    page: () => ({ url: 'http://127.0.0.1/a.html' }) as never,
    entityTags: () => [],
  });
  // Select 四个意识 and highlight it: the editor opens with the focus in the tag field.
  const node = document.querySelector('p')?.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, TEXT.indexOf('四个意识'));
  range.setEnd(node, TEXT.indexOf('四个意识') + 4);
  document.getSelection()?.addRange(range);
  await act(async () => {
    expect(await annotator.highlightSelection('yellow')).toBe(true);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll('div').forEach((d) => d.remove());
});

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
