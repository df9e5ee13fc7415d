// Draws anchored ranges as highlights. With the CSS Custom Highlight API the
// page's DOM is left untouched (one Highlight per colour in CSS.highlights);
// elsewhere the text is wrapped in background-only inline elements.
import { caretAtPoint, highlightAtPoint, highlightContaining } from './hit-test';
import { isHighlightColor, type HighlightColor } from '../core/records';
import { highlightStyles, registryName } from './colors';
import { MARK_ATTR, rangeToOffsets, unwrapMarks, wrapOffsets } from './marks';

export { caretAtPoint, highlightAtPoint, highlightContaining, type CaretPoint } from './hit-test';
export { MARK_ATTR, MARK_TAG } from './marks';
export { whenTextAppears, type WhenTextAppearsOptions } from './when-text-appears';

export type RenderMode = 'custom-highlight' | 'marks';

export interface HighlightItem {
  id: string;
  range: Range;
  color: HighlightColor;
}

export interface Highlighter {
  readonly mode: RenderMode;
  /**
   * Draws highlights (replacing any with the same id). In 'marks' mode wrapping
   * moves text nodes, which resets other live Ranges: pass every range from one
   * anchorAll() call together, they are all read before anything is wrapped.
   */
  add(items: readonly HighlightItem[]): void;
  remove(id: string): void;
  clear(): void;
  has(id: string): boolean;
  ids(): string[];
  /** The highlight under a viewport point (the last added where they overlap), or null. */
  hitTest(x: number, y: number): string | null;
  /** The highlight an event's target is in (marks mode), else by the event's coordinates. */
  hitTestEvent(event: MouseEvent): string | null;
  /** The highlight a selection lies entirely within (the last added where they overlap), or null. */
  containing(selection: Range): string | null;
  /** Removes every highlight and what the renderer added to the page. */
  destroy(): void;
}

/** The parts of the CSS Custom Highlight API used here (injectable for tests). */
export interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): boolean };
  create(): { add(range: Range): unknown; delete(range: Range): boolean; size: number };
}

export interface HighlighterOptions {
  /** Where marks are wrapped and offsets are counted; defaults to document.body. */
  root?: Element;
  /** Force a mode; by default custom highlights where the browser has them. */
  mode?: RenderMode;
  /** Replaces the browser's CSS.highlights / Highlight (tests). */
  api?: HighlightApi;
}

const STYLE_ATTR = 'data-renda-hl-style';

/** The browser's Custom Highlight API, or null where it is missing. */
export function nativeHighlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as {
    Highlight?: new (...r: Range[]) => unknown;
    CSS?: { highlights?: HighlightApi['registry'] };
  } | null;
  const css = win?.CSS;
  const Ctor = win?.Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, create: () => new Ctor() as ReturnType<HighlightApi['create']> };
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const root = options.root ?? doc.body;
  if (!root) throw new Error('createHighlighter: the document has no body; pass options.root');
  const api = options.api ?? nativeHighlightApi(doc);
  const mode: RenderMode = options.mode ?? (api ? 'custom-highlight' : 'marks');
  if (mode === 'custom-highlight') {
    if (!api) throw new Error('createHighlighter: the CSS Custom Highlight API is not available here');
    return customHighlighter(doc, api);
  }
  return markHighlighter(doc, root);
}

function checkItem(item: HighlightItem): void {
  if (!item || typeof item.id !== 'string' || item.id === '')
    throw new TypeError('highlight: id must be a non-empty string');
  if (!isHighlightColor(item.color)) throw new TypeError(`highlight: unknown colour ${String(item.color)}`);
  if (!item.range || typeof item.range.cloneRange !== 'function')
    throw new TypeError('highlight: range must be a Range');
}

function customHighlighter(doc: Document, api: HighlightApi): Highlighter {
  const byColor = new Map<HighlightColor, ReturnType<HighlightApi['create']>>();
  const entries = new Map<string, { range: Range; color: HighlightColor }>();
  let style: HTMLStyleElement | null = null;

  const ensureStyle = (): void => {
    if (style?.isConnected) return;
    style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = highlightStyles();
    (doc.head ?? doc.documentElement).appendChild(style);
  };
  const group = (color: HighlightColor): ReturnType<HighlightApi['create']> => {
    let h = byColor.get(color);
    if (!h) {
      h = api.create();
      byColor.set(color, h);
      api.registry.set(registryName(color), h);
    }
    return h;
  };
  const remove = (id: string): void => {
    const e = entries.get(id);
    if (!e) return;
    entries.delete(id);
    const h = byColor.get(e.color);
    if (!h) return;
    h.delete(e.range);
    if (h.size === 0) {
      api.registry.delete(registryName(e.color));
      byColor.delete(e.color);
    }
  };

  const self: Highlighter = {
    mode: 'custom-highlight',
    add(items) {
      items.forEach(checkItem);
      ensureStyle();
      for (const { id, range, color } of items) {
        remove(id);
        // A private copy: the caller may go on using (or collapsing) its own range.
        const own = range.cloneRange();
        entries.set(id, { range: own, color });
        group(color).add(own);
      }
    },
    remove,
    clear() {
      for (const id of [...entries.keys()]) remove(id);
    },
    has: (id) => entries.has(id),
    ids: () => [...entries.keys()],
    hitTest(x, y) {
      const point = caretAtPoint(doc, x, y);
      if (!point) return null;
      return highlightAtPoint(
        [...entries].map(([id, e]) => [id, e.range] as const),
        point,
      );
    },
    hitTestEvent(event) {
      return self.hitTest(event.clientX, event.clientY);
    },
    containing(selection) {
      return highlightContaining(
        [...entries].map(([id, e]) => [id, e.range] as const),
        selection,
      );
    },
    destroy() {
      self.clear();
      (style as HTMLStyleElement | null)?.remove();
      style = null;
    },
  };
  return self;
}

function markHighlighter(doc: Document, root: Element): Highlighter {
  const marks = new Map<string, Element[]>();
  const remove = (id: string): void => {
    const m = marks.get(id);
    if (!m) return;
    marks.delete(id);
    unwrapMarks(m);
  };
  const idAt = (el: Element | null): string | null => {
    const mark = el?.closest(`[${MARK_ATTR}]`);
    const id = mark?.getAttribute(MARK_ATTR) ?? null;
    return id !== null && marks.has(id) ? id : null;
  };
  const self: Highlighter = {
    mode: 'marks',
    add(items) {
      items.forEach(checkItem);
      // Read every range before wrapping anything (wrapping resets live ranges).
      const planned = items.map((item) => ({ ...item, ...rangeToOffsets(root, item.range) }));
      for (const { id, color, start, end } of planned) {
        remove(id);
        if (end > start) marks.set(id, wrapOffsets(root, start, end, id, color));
      }
    },
    remove,
    clear() {
      for (const id of [...marks.keys()]) remove(id);
    },
    has: (id) => marks.has(id),
    ids: () => [...marks.keys()],
    hitTest(x, y) {
      return idAt(doc.elementFromPoint(x, y));
    },
    hitTestEvent(event) {
      const target = event.target as Node | null;
      const el = target && target.nodeType === 1 ? (target as Element) : (target?.parentElement ?? null);
      return idAt(el) ?? self.hitTest(event.clientX, event.clientY);
    },
    containing(selection) {
      // From the marks themselves: wrapping moved the text that the caller's ranges pointed into.
      const spans = [...marks].flatMap(([id, m]) => {
        const first = m[0];
        const last = m[m.length - 1];
        if (!first?.isConnected || !last?.isConnected) return [];
        const range = doc.createRange();
        range.setStartBefore(first);
        range.setEndAfter(last);
        return [[id, range] as const];
      });
      return highlightContaining(spans, selection);
    },
    destroy() {
      self.clear();
    },
  };
  return self;
}
