// Node side of the analyze command: bytes → decoded text → DOM (linkedom).
// Not for the extension bundle: the content script already has a document.
import { parseHTML } from 'linkedom';
import { decodeHtml } from './decode';

/** A DOM Document for an HTML file's bytes, decoded as a browser would (see decode.ts). */
export function documentFromBytes(bytes: Uint8Array): Document {
  if (bytes.length === 0) throw new Error('empty file');
  const { text } = decodeHtml(bytes);
  return documentFromHtml(text);
}

export function documentFromHtml(html: string): Document {
  if (!/<[a-z!]/i.test(html)) throw new Error('not HTML: no markup found');
  // linkedom has no HTML5 tree builder: without <html> the first element becomes the
  // document element, so we supply the tags a browser's parser would imply.
  const prolog =
    /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*|<\?xml[^>]*>\s*)*/i.exec(html)?.[0] ?? '';
  const rest = html.slice(prolog.length);
  const source = /^<html[\s>]/i.test(rest) ? html : `<html>${rest}</html>`;
  const { document } = parseHTML(source);
  const doc = document as unknown as Document;
  if (doc.documentElement?.tagName !== 'HTML') throw new Error('not HTML: no document element');
  normaliseSkeleton(doc);
  return doc;
}

const HEAD_ONLY = new Set(['TITLE', 'META', 'LINK', 'BASE']);

/** Makes <html> hold exactly <head> then <body>, as browsers guarantee; linkedom's
 * document.head/body getters would otherwise insert fresh empty ones on first use. */
function normaliseSkeleton(doc: Document): void {
  const html = doc.documentElement;
  const kids = [...html.childNodes];
  const head = kids.find((n) => n.nodeName === 'HEAD') ?? doc.createElement('head');
  const bodies = kids.filter((n) => n.nodeName === 'BODY') as Element[];
  const body = bodies[0] ?? doc.createElement('body');
  const before: Node[] = [];
  const after: Node[] = [];
  let seenBody = false;
  for (const n of kids) {
    if (n === head) continue;
    if (n.nodeName === 'BODY') {
      if (n !== body) after.push(...n.childNodes);
      seenBody = true;
      continue;
    }
    if (!seenBody && HEAD_ONLY.has(n.nodeName) && before.length === 0) head.appendChild(n);
    else if (n.nodeType === 3 && !n.nodeValue?.trim()) continue;
    else (seenBody ? after : before).push(n);
  }
  body.prepend(...before);
  body.append(...after);
  for (const extra of bodies.slice(1)) extra.remove();
  html.prepend(head);
  head.after(body);
}
