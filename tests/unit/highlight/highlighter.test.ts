import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anchorAll, describe as describeRange } from '../../../utils/anchor/index';
import { buildTextIndex, offsetsToRange } from '../../../utils/anchor/text-index';
import {
  createHighlighter,
  highlightAtPoint,
  MARK_ATTR,
  type HighlightApi,
  type HighlightItem,
} from '../../../utils/highlight/index';

function setup(html: string): { doc: Document; root: Element } {
  const { document } = new JSDOM(`<!doctype html><head></head><body><div id="root">${html}</div></body>`)
    .window;
  return { doc: document, root: document.getElementById('root') as Element };
}

function rangeOf(root: Element, quote: string, from = 0): Range {
  const index = buildTextIndex(root);
  const start = index.text.indexOf(quote, from);
  if (start < 0) throw new Error(`no ${quote}`);
  return offsetsToRange(index, start, start + quote.length) as Range;
}

/** A stand-in for CSS.highlights and Highlight: a Map of Sets. */
function fakeApi(): HighlightApi & { registryMap: Map<string, Set<Range>> } {
  const registryMap = new Map<string, Set<Range>>();
  return {
    registryMap,
    registry: {
      set: (name, value) => registryMap.set(name, value as Set<Range>),
      delete: (name) => registryMap.delete(name),
    },
    create: () => new Set<Range>(),
  };
}

const HTML =
  '<p>会议强调，要增强<b>四个意识</b>、坚定四个自信、做到两个维护。</p><p>第二段：四个意识是政治要求。</p>';

describe('custom highlight renderer', () => {
  it('keeps one Highlight per colour, registers styles, leaves the DOM alone', () => {
    const { doc, root } = setup(HTML);
    const api = fakeApi();
    const before = root.innerHTML;
    const hl = createHighlighter(doc, { api });
    expect(hl.mode).toBe('custom-highlight');
    hl.add([
      { id: 'a', range: rangeOf(root, '四个意识'), color: 'yellow' },
      { id: 'b', range: rangeOf(root, '四个自信'), color: 'yellow' },
      { id: 'c', range: rangeOf(root, '两个维护'), color: 'green' },
    ]);
    expect([...api.registryMap.keys()].sort()).toEqual(['renda-hl-green', 'renda-hl-yellow']);
    expect(api.registryMap.get('renda-hl-yellow')?.size).toBe(2);
    expect(root.innerHTML).toBe(before);
    expect(doc.head.querySelector('style')?.textContent).toMatch(
      /::highlight\(renda-hl-yellow\)\s*\{\s*background-color/,
    );

    hl.remove('c');
    expect(api.registryMap.has('renda-hl-green')).toBe(false);
    hl.add([{ id: 'a', range: rangeOf(root, '四个意识'), color: 'pink' }]);
    expect(api.registryMap.get('renda-hl-yellow')?.size).toBe(1);
    expect(hl.ids().sort()).toEqual(['a', 'b']);
    hl.destroy();
    expect(api.registryMap.size).toBe(0);
    expect(doc.head.querySelector('style')).toBeNull();
  });

  it('rejects bad input with clear errors', () => {
    const { doc, root } = setup(HTML);
    const hl = createHighlighter(doc, { api: fakeApi() });
    const range = rangeOf(root, '四个意识');
    expect(() => hl.add([{ id: '', range, color: 'yellow' }])).toThrow(/id/);
    expect(() => hl.add([{ id: 'x', range, color: 'red' } as unknown as HighlightItem])).toThrow(/colour/);
    expect(() => createHighlighter(doc, { mode: 'custom-highlight' })).toThrow(/not available/);
  });
});

describe('hit testing', () => {
  it('finds the highlight containing a caret position, the last added on overlaps', () => {
    const { root } = setup(HTML);
    const text = root.querySelector('b')?.firstChild as Node;
    const wide = rangeOf(root, '增强四个意识');
    const narrow = rangeOf(root, '四个意识');
    const entries: [string, Range][] = [
      ['wide', wide],
      ['narrow', narrow],
    ];
    expect(highlightAtPoint(entries, { node: text, offset: 1 })).toBe('narrow');
    expect(highlightAtPoint([entries[0] as [string, Range]], { node: text, offset: 1 })).toBe('wide');
    const elsewhere = root.querySelectorAll('p')[1]?.firstChild as Node;
    expect(highlightAtPoint(entries, { node: elsewhere, offset: 3 })).toBeNull();
  });

  it('maps a click inside a mark to its id', () => {
    const { doc, root } = setup(HTML);
    const hl = createHighlighter(doc, { mode: 'marks' });
    hl.add([{ id: 'h1', range: rangeOf(root, '四个意识'), color: 'yellow' }]);
    const mark = root.querySelector(`[${MARK_ATTR}]`) as Element;
    const win = doc.defaultView as Window & typeof globalThis;
    const event = new win.MouseEvent('click', { bubbles: true });
    let found: string | null = null;
    mark.addEventListener('click', (e) => (found = hl.hitTestEvent(e as MouseEvent)));
    mark.dispatchEvent(event);
    expect(found).toBe('h1');
  });
});

describe('mark renderer', () => {
  it('wraps every range of one anchorAll call though wrapping moves text nodes', () => {
    const { doc, root } = setup(HTML);
    const quotes = ['要增强四个', '四个意识、坚定', '第二段：四个意识'];
    const selectors = quotes.map((q) => describeRange(root, rangeOf(root, q)));
    const { ranges } = anchorAll(root, selectors);
    const hl = createHighlighter(doc, { mode: 'marks', root });
    hl.add(ranges.map((range, i) => ({ id: `h${i}`, range: range as Range, color: 'blue' as const })));
    const textOf = (id: string): string =>
      [...root.querySelectorAll(`[${MARK_ATTR}="${id}"]`)].map((m) => m.textContent).join('');
    expect(quotes.map((_, i) => textOf(`h${i}`))).toEqual(quotes);
    hl.clear();
    expect(root.innerHTML).toBe(HTML);
  });
});
