// The analyzer's life on one page: the analysis, the highlights and the answers
// to the popup. Injected only where the gate (or the user) asked for it.
import toolbarCss from '../../components/toolbar.css?inline';
import { anchor } from '../anchor';
import { isLikelyPoliticalNews } from '../article/gate';
import type { PageInput } from '../core/records';
import type { ArchiveStatus } from '../core/views';
import { createHighlighter } from '../highlight';
import { t } from '../i18n';
import { listen, sendToBackground, type ContentProtocol, type Handlers, type PageReport } from '../messaging';
import { findTextRange } from './find-text';
import { canonicalLink } from './gate-start';
import { createAnnotator } from './highlights';
import { createOverlay, type Overlay } from './overlay';
import {
  articleSnapshot,
  badgeCount,
  buildPageReport,
  entityNames,
  mentionQuote,
  pageVisit,
  savedPage,
} from './page-report';
import { toolbarText } from './toolbar-text';

const STARTED = Symbol.for('renda-reader.analyzer');

export function startContent(doc: Document, url: string): void {
  // The popup may inject the analyzer into a page where the background already did.
  const world = globalThis as { [STARTED]?: boolean };
  if (world[STARTED]) return;
  world[STARTED] = true;

  let report: PageReport | null = null;
  let articleText = '';
  let overlay: Overlay | null = null;
  const getOverlay = () => (overlay ??= createOverlay(doc));

  const analyse = (): PageReport => {
    const built = buildPageReport(doc, url);
    articleText = built.text;
    // Read and found no article (a list page): the popup says so instead of offering to read it again.
    report = built.report.status === 'not-article' ? { ...built.report, analysed: true } : built.report;
    void sendToBackground({ type: 'badge/set', count: badgeCount(report) }).catch(() => {});
    return report;
  };

  const page = (): PageInput => savedPage(doc, url, report, canonicalLink(doc));
  const snapshot = () => articleSnapshot(report, articleText);
  // The saved page compared with its copies (set once the page is read, below).
  let visited: Promise<ArchiveStatus | null> = Promise.resolve(null);

  const annotator = createAnnotator({
    doc,
    overlay: getOverlay,
    painter: createHighlighter(doc),
    css: toolbarCss,
    text: toolbarText(t),
    page,
    snapshot,
    entityTags: () => (report ? entityNames(report) : []),
  });
  const restoring = annotator.restore().catch(() => null);

  const handlers: Handlers<ContentProtocol> = {
    // "Analyse anyway" reads the page again unless it holds an article: a page that rendered its
    // article late may have had none when it was first read.
    'page/report': ({ force }) =>
      force && report?.status !== 'article' ? analyse() : (report ?? { status: 'not-article', url }),
    'page/reveal': (msg) => {
      if ('annotationId' in msg) return annotator.reveal(msg.annotationId);
      const quote =
        report?.status === 'article' ? mentionQuote(report.detection, articleText, msg.text) : null;
      const range = (quote && anchor(doc.body, [quote])) ?? findTextRange(doc.body, msg.text);
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      getOverlay().flash(range);
      return true;
    },
    'page/highlightSelection': ({ color }) => annotator.highlightSelection(color),
    'page/annotations': async () => {
      await restoring;
      return annotator.list();
    },
    'page/archive': () => visited,
    'page/keep': () => {
      const kept = snapshot();
      if (!kept) throw new Error(t('keepNoArticle'));
      return sendToBackground({ type: 'archive/keep', page: page(), snapshot: kept });
    },
  };
  listen(handlers);

  // Highlighting works wherever the analyzer runs: it is injected only on news pages, on pages
  // with saved highlights, and where the user asked for it (the popup, the menu, the shortcut),
  // and each of those offers highlighting. Reading the article waits for the gate or the user.
  annotator.activate();
  if (isLikelyPoliticalNews(doc)) analyse();
  // Compared with its saved copies once read (a page that is not saved answers null).
  visited = sendToBackground({
    type: 'archive/visit',
    ...pageVisit(doc, url, canonicalLink(doc), snapshot()),
  }).catch(() => null);
}
