// Prepares a clone of the page for Readability. The page itself is never touched.

/** Pages that hide their article until a script reveals it (WeChat's #js_content
 * starts with visibility:hidden). Readability skips invisible nodes, so such a
 * container is made visible again when it holds real text. display:none is left
 * alone: that is how pages hide dialogs, templates and other pages' content. */
function revealScriptHiddenContent(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>('[style*="visibility"], [style*="opacity"]')) {
    const style = el.getAttribute('style') ?? '';
    if (!/visibility\s*:\s*hidden|opacity\s*:\s*0(?:[;\s]|$)/i.test(style)) continue;
    if ((el.textContent ?? '').trim().length < 50) continue;
    el.style.removeProperty('visibility');
    el.style.removeProperty('opacity');
  }
}

/** A copy of doc ready for Readability. */
export function prepareClone(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  revealScriptHiddenContent(clone);
  return clone;
}
