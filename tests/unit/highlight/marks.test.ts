import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MARK_ATTR, MARK_TAG, unwrapMarks, wrapOffsets } from '../../../utils/highlight/marks';

function setup(html: string): Element {
  const { document } = new JSDOM(`<!doctype html><body><div id="root">${html}</div></body>`).window;
  return document.getElementById('root') as Element;
}

const cases: [string, string, string, number][] = [
  ['inside one text node', '<p>坚持四个意识不动摇</p>', '四个意识', 1],
  ['across inline elements', '<p>坚持<b>四个<i>意识</i></b>，增强</p>', '四个意识，增强', 3],
  [
    'across paragraphs, skipping the blank text between them',
    '<p>第一段末尾</p>\n  <p>第二段开头</p>',
    '末尾\n  第二段',
    2,
  ],
  [
    'not inside script or style',
    '<p>文字</p><script>var a = "文字";</script><p>更多</p>',
    '文字var a = "文字";更多',
    2,
  ],
];

describe('mark rendering', () => {
  it.each(cases)('%s', (_name, html, quote, markCount) => {
    const root = setup(html);
    const before = root.innerHTML;
    const text = root.textContent ?? '';
    const start = text.indexOf(quote);
    const marks = wrapOffsets(root, start, start + quote.length, 'h1', 'yellow');
    expect(marks).toHaveLength(markCount);
    // Wrapping adds elements only: the text, and every other highlight's offsets, stay.
    expect(root.textContent).toBe(text);
    for (const m of marks) {
      expect(m.tagName.toLowerCase()).toBe(MARK_TAG);
      expect(m.getAttribute(MARK_ATTR)).toBe('h1');
      const style = m.getAttribute('style') ?? '';
      expect(style).toMatch(/background-color/);
      expect(style).not.toMatch(/padding|margin|border|font-size|display: block/);
      expect(m.closest('script, style')).toBeNull();
    }
    unwrapMarks(marks);
    expect(root.innerHTML).toBe(before);
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('merges split text nodes back on removal', () => {
    const root = setup('<p>坚持四个意识不动摇</p>');
    const p = root.querySelector('p') as Element;
    const marks = wrapOffsets(root, 2, 6, 'h1', 'green');
    expect(p.childNodes).toHaveLength(3);
    unwrapMarks(marks);
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild?.textContent).toBe('坚持四个意识不动摇');
  });

  it('nests overlapping highlights and removes either one cleanly', () => {
    const root = setup('<p>坚持四个意识不动摇</p>');
    const outer = wrapOffsets(root, 0, 8, 'outer', 'yellow');
    const inner = wrapOffsets(root, 2, 6, 'inner', 'blue');
    expect(inner[0]?.parentElement?.getAttribute(MARK_ATTR)).toBe('outer');
    unwrapMarks(outer);
    expect(root.querySelectorAll(`[${MARK_ATTR}="outer"]`)).toHaveLength(0);
    expect(root.querySelector(`[${MARK_ATTR}="inner"]`)?.textContent).toBe('四个意识');
    unwrapMarks(inner);
    expect(root.innerHTML).toBe('<p>坚持四个意识不动摇</p>');
  });
});
