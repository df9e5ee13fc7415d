// The extension's only element in the page: a zero-size host with a closed
// shadow root, so page styles cannot reach our UI and ours cannot reach the page.

export interface Overlay {
  /** The shadow root to render UI into. */
  root: ShadowRoot;
  /** Draws a fading box over the range's rectangles (page coordinates). */
  flash(range: Range): void;
  remove(): void;
}

const STYLE = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
.flash { position: absolute; pointer-events: none; border-radius: 2px;
  background: rgba(255, 196, 0, 0.55); outline: 2px solid rgba(230, 120, 0, 0.9);
  animation: renda-fade 1.6s ease-out forwards; }
@keyframes renda-fade { 0%, 60% { opacity: 1; } 100% { opacity: 0; } }
`;

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement('renda-reader-ui');
  // Inline so that no page rule (e.g. `* { display: block }`) can give the host a size.
  host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  doc.documentElement.append(host);
  const win = doc.defaultView;
  return {
    root,
    flash(range) {
      const dx = win?.scrollX ?? 0;
      const dy = win?.scrollY ?? 0;
      for (const r of Array.from(range.getClientRects())) {
        const box = doc.createElement('div');
        box.className = 'flash';
        box.setAttribute('data-renda-flash', '');
        box.style.left = `${r.left + dx}px`;
        box.style.top = `${r.top + dy}px`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        root.append(box);
        setTimeout(() => box.remove(), 1700);
      }
    },
    remove: () => host.remove(),
  };
}
