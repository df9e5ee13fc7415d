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
  const { document } = parseHTML(html);
  if (!document.documentElement) throw new Error('not HTML: no document element');
  return document as unknown as Document;
}
