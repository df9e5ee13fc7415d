// The content script's life on one page: the cheap gate, the analysis, and the
// answers to the popup. Everything heavier waits until it is needed.
const isLikelyPoliticalNews = (d: Document) => /[\u4e00-\u9fff]/.test(d.title); // TEMP until the gate lands
import { listen, sendToBackground, type ContentProtocol, type Handlers, type PageReport } from '../messaging';
import { findTextRange } from './find-text';
import { createOverlay, type Overlay } from './overlay';
import { badgeCount, buildPageReport } from './page-report';

export function startContent(doc: Document, url: string): void {
  let report: PageReport | null = null;
  let overlay: Overlay | null = null;

  const analyse = (): PageReport => {
    report = buildPageReport(doc, url);
    void sendToBackground({ type: 'badge/set', count: badgeCount(report) }).catch(() => {});
    return report;
  };

  const handlers: Handlers<ContentProtocol> = {
    'page/report': ({ force }) => report ?? (force ? analyse() : { status: 'not-article', url }),
    'page/reveal': (msg) => {
      if (!('text' in msg)) return false;
      const range = findTextRange(doc.body, msg.text);
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      overlay ??= createOverlay(doc);
      overlay.flash(range);
      return true;
    },
    'page/highlightSelection': () => false,
    'page/annotations': () => ({ saved: [], orphaned: [] }),
  };
  listen(handlers);

  if (isLikelyPoliticalNews(doc)) analyse();
}
