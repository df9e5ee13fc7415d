import { describe, expect, it } from 'vitest';
import {
  buildTextIndex,
  offsetToPoint,
  offsetsToRange,
  pointToOffset,
} from '../../../utils/anchor/text-index';
import { makeRoot } from './helpers';

const doms = [
  '<p>简单的一段文字。</p>',
  '<p>坚持<b>四个<i>意识</i></b>，增强<a href="#">四个自信</a>。</p><p>第二段 with English</p>',
  '<div><span></span>空<span>节</span>点<!-- 注释 --><em></em>之间</div>',
  '<ul><li>一</li>\n<li>二</li></ul><table><tr><td>单元格</td></tr></table>',
  '<p>😀表情符号𠮷字</p>',
];

describe('text index', () => {
  it.each(doms)('text equals textContent and every offset round-trips: %s', (html) => {
    const root = makeRoot(html);
    const index = buildTextIndex(root);
    expect(index.text).toBe(root.textContent);
    for (let o = 0; o <= index.text.length; o++) {
      for (const side of ['start', 'end'] as const) {
        const p = offsetToPoint(index, o, side);
        expect(p).not.toBeNull();
        if (p) expect(pointToOffset(index, p.node, p.offset)).toBe(o);
      }
    }
  });

  it.each(doms)('every [start, end) becomes a range with the same text: %s', (html) => {
    const root = makeRoot(html);
    const index = buildTextIndex(root);
    const n = index.text.length;
    for (let s = 0; s < n; s++) {
      for (let e = s + 1; e <= n; e++)
        expect(offsetsToRange(index, s, e)?.toString()).toBe(index.text.slice(s, e));
    }
  });

  it('maps element boundary points to the text offset that follows them', () => {
    const root = makeRoot('<p>甲乙</p><p><b>丙</b>丁</p>');
    const index = buildTextIndex(root);
    const [p1, p2] = [...root.querySelectorAll('p')] as Element[];
    const cases: [Node, number, number][] = [
      [root, 0, 0],
      [root, 1, 2],
      [root, 2, 4],
      [p1 as Element, 1, 2],
      [p2 as Element, 0, 2],
      [p2 as Element, 1, 3],
      [p2 as Element, 2, 4],
    ];
    for (const [node, offset, expected] of cases) expect(pointToOffset(index, node, offset)).toBe(expected);
  });

  it('clamps points outside root and rejects offsets out of bounds', () => {
    const root = makeRoot('<p>甲乙</p>');
    const index = buildTextIndex(root);
    const doc = root.ownerDocument;
    const after = doc.createElement('p');
    doc.body.appendChild(after);
    expect(pointToOffset(index, after, 0)).toBe(2);
    expect(pointToOffset(index, doc.body, 0)).toBe(0);
    expect(pointToOffset(index, doc.body, 1)).toBe(2);
    expect(offsetToPoint(index, -1, 'start')).toBeNull();
    expect(offsetToPoint(index, 3, 'end')).toBeNull();
    expect(offsetsToRange(index, 2, 1)).toBeNull();
  });
});
