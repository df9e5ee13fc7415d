// Whether a selection lies within a highlight: the test that decides between opening the
// highlight and saving a new one. The same text can be named by different DOM points (the end
// of one text node, the start of the next), and a triple click picks up white space past the
// text: both are still within. A selection that leaves the highlight by one character is not.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildTextIndex, offsetsToRange } from '../../../utils/anchor/text-index';
import { createHighlighter, highlightContaining, type HighlightApi } from '../../../utils/highlight/index';

const HTML =
  '<p id="one">会议强调，要增强<b>四个意识</b>、坚定四个自信。</p>\n' +
  '<p id="two">  第二段：两个维护。  </p>\n<p id="three">第三段。</p>';

function setup() {
  const { document } = new JSDOM(`<!doctype html><body>${HTML}</body>`).window;
  const root = document.body;
  const quote = (text: string, nth = 0): Range => {
    const index = buildTextIndex(root);
    let at = -1;
    for (let i = 0; i <= nth; i++) at = index.text.indexOf(text, at + 1);
    if (at < 0) throw new Error(`no ${text}`);
    return offsetsToRange(index, at, at + text.length) as Range;
  };
  const range = (start: [Node, number], end: [Node, number]): Range => {
    const r = document.createRange();
    r.setStart(...start);
    r.setEnd(...end);
    return r;
  };
  const el = (sel: string) => document.querySelector(sel) as Node;
  const node = (sel: string, child = 0) => el(sel).childNodes[child] as Node;
  return { document, root, quote, range, el, node };
}

type Setup = ReturnType<typeof setup>;

/** The highlights on the page, in the order they were added. */
function highlights({ quote }: Setup): [string, Range][] {
  return [
    ['consciousness', quote('四个意识')],
    ['confidence', quote('坚定四个自信')],
    ['second', quote('第二段：两个维护。')],
    // Added last, inside the first: where both contain a selection, this one is on top.
    ['inner', quote('意识')],
  ];
}

describe('highlightContaining: the highlight a selection lies within', () => {
  it.each<[string, (s: Setup) => Range, string | null]>([
    ['a part of a highlight', (s) => s.quote('四个'), 'consciousness'],
    ['the whole highlight', (s) => s.quote('四个意识'), 'consciousness'],
    ['inside two highlights: the one added last', (s) => s.quote('意'), 'inner'],
    [
      'the same text named from the end of the text node before',
      (s) =>
        // "要增强" ends one text node, 四个意识 is the next one (in <b>).
        s.range([s.node('#one', 0), '会议强调，要增强'.length], [s.node('#one b', 0), 4]),
      'consciousness',
    ],
    [
      'the same text named by points between elements',
      (s) => s.range([s.el('#one'), 1], [s.el('#one'), 2]),
      'consciousness',
    ],
    [
      'a triple click: the paragraph with its white space',
      (s) => s.range([s.node('#two', 0), 0], [s.node('#three', 0), 0]),
      'second',
    ],
    ['one character past the end', (s) => s.quote('四个意识、'), null],
    ['one character before the start', (s) => s.quote('增强四个意识'), null],
    ['over two highlights and what lies between them', (s) => s.quote('四个意识、坚定四个自信'), null],
    ['the text between two highlights', (s) => s.quote('、'), null],
    ['text that no highlight covers', (s) => s.quote('第三段'), null],
    [
      'nothing (a collapsed selection)',
      (s) => s.range([s.node('#one b', 0), 1], [s.node('#one b', 0), 1]),
      null,
    ],
    ['white space only', (s) => s.range([s.node('#two', 0), 0], [s.node('#two', 0), 2]), null],
  ])('%s', (_, selection, expected) => {
    const s = setup();
    expect(highlightContaining(highlights(s), selection(s))).toBe(expected);
  });

  it('does not take a long run of white space for nothing between two points', () => {
    const { document } = new JSDOM(`<!doctype html><body><p>甲乙丙</p>${' '.repeat(500)}<p>丁</p></body>`)
      .window;
    const [first, last] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Node);
    const highlight = document.createRange();
    highlight.setStart(first as Node, 0);
    highlight.setEnd(first as Node, 3);
    const selection = document.createRange();
    selection.setStart(first as Node, 1);
    selection.setEnd(last as Node, 0);
    expect(highlightContaining([['h', highlight]], selection)).toBeNull();
    // The canary: the same selection, ending before the spaces, is within.
    selection.setEnd(first as Node, 3);
    expect(highlightContaining([['h', highlight]], selection)).toBe('h');
  });

  it('finds no highlight of another document', () => {
    const s = setup();
    const other = setup();
    expect(highlightContaining(highlights(s), other.quote('四个'))).toBeNull();
  });
});

/** A stand-in for CSS.highlights and Highlight. */
const fakeApi = (): HighlightApi => ({
  registry: { set: () => undefined, delete: () => true },
  create: () => new Set<Range>(),
});

describe.each(['custom-highlight', 'marks'] as const)('the %s renderer', (mode) => {
  it('names the highlight a selection lies within, after it has drawn it', () => {
    const s = setup();
    const hl = createHighlighter(s.document, mode === 'marks' ? { mode } : { api: fakeApi() });
    hl.add([
      { id: 'a', range: s.quote('要增强四个意识'), color: 'yellow' },
      { id: 'b', range: s.quote('两个维护'), color: 'green' },
    ]);
    // Looked up after drawing: in marks mode wrapping has moved the text the ranges pointed into.
    expect(hl.containing(s.quote('四个'))).toBe('a');
    expect(hl.containing(s.quote('维护'))).toBe('b');
    expect(hl.containing(s.quote('四个意识、'))).toBeNull();
    hl.remove('a');
    expect(hl.containing(s.quote('四个'))).toBeNull();
  });
});
