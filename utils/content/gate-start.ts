// The part of the content script that runs on every page. It reads a few
// properties, asks one question and leaves: no listeners, no observers, no DOM changes.
import { isLikelyPoliticalNews } from '../article/gate';
import { sendToBackground } from '../messaging';

/** The canonical link of <head>. Only <head> is searched: on a page without one, a search of the
 * whole document visits every element (1.5 ms on a page of 100,000), on every page the user opens. */
export function canonicalLink(doc: Document): string | null {
  return doc.head?.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
}

export function startGate(doc: Document, url: string): void {
  const news = isLikelyPoliticalNews(doc);
  // Pages that are not news still get their saved highlights back: the background knows if there are any.
  void sendToBackground({ type: 'content/start', url, canonical: canonicalLink(doc), news }).catch(() => {});
}
