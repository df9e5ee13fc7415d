// The part of the content script that runs on every page. It reads a few
// properties, asks one question and leaves: no listeners, no observers, no DOM changes.
import { isLikelyPoliticalNews } from '../article/gate';
import { sendToBackground } from '../messaging';

export function canonicalLink(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
}

export function startGate(doc: Document, url: string): void {
  const news = isLikelyPoliticalNews(doc);
  // Pages that are not news still get their saved highlights back: the background knows if there are any.
  void sendToBackground({ type: 'content/start', url, canonical: canonicalLink(doc), news }).catch(() => {});
}
