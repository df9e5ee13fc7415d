// Adapter from the highlighter to the page: draws with the CSS Custom Highlight API.
// TEMP: to be replaced by utils/highlight (with the wrapping fallback) when it lands.
import type { HighlightColor } from '../db/model';
import type { Painter } from './highlights';

export function createPainter(doc: Document): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const ranges = new Map<string, { range: Range; color: HighlightColor }>();
  const registry = win && 'highlights' in win.CSS ? win.CSS.highlights : null;
  const groups = new Map<HighlightColor, Highlight>();
  const group = (color: HighlightColor) => {
    let g = groups.get(color);
    if (!g && registry && win) {
      g = new win.Highlight();
      registry.set(`renda-${color}`, g);
      groups.set(color, g);
      const style = doc.createElement('style');
      style.textContent = `::highlight(renda-${color}) { background-color: ${COLORS[color]}; color: inherit; }`;
      doc.head.append(style);
    }
    return g;
  };
  return {
    paint(id, range, color) {
      this.unpaint(id);
      ranges.set(id, { range, color });
      group(color)?.add(range);
    },
    unpaint(id) {
      const old = ranges.get(id);
      if (old) groups.get(old.color)?.delete(old.range);
      ranges.delete(id);
    },
    hit(x, y) {
      const caret = doc.caretPositionFromPoint?.(x, y);
      if (!caret) return null;
      for (const [id, { range }] of ranges) {
        if (range.isPointInRange(caret.offsetNode, caret.offset)) return id;
      }
      return null;
    },
  };
}

const COLORS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 224, 102, 0.6)',
  green: 'rgba(178, 242, 187, 0.6)',
  blue: 'rgba(165, 216, 255, 0.6)',
  pink: 'rgba(252, 194, 215, 0.6)',
  purple: 'rgba(208, 191, 255, 0.6)',
};
