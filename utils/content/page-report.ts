// What the content script tells the popup about its page. Pure over a Document,
// so the same code runs in tests on linkedom/jsdom.
import { analyzeDocument } from '../analyze';
import type { PageReport } from '../messaging';

export function buildPageReport(doc: Document, url: string): PageReport {
  try {
    const { article, timings, ...detection } = analyzeDocument(doc, url);
    if (!article.text.trim()) return { status: 'not-article', url };
    const { text: _text, ...fields } = article;
    return { status: 'article', url, article: fields, detection, timings };
  } catch (err) {
    return { status: 'error', url, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The badge count: officials found, or nothing when the page is not an article. */
export function badgeCount(report: PageReport): number | null {
  return report.status === 'article' ? report.detection.officials.length : null;
}

/** Names of what the page mentions, offered as tags. */
export function entityNames(report: PageReport): string[] {
  if (report.status !== 'article') return [];
  const { officials, meetings, slogans } = report.detection;
  return [...officials.map((o) => o.name), ...meetings.map((m) => m.name), ...slogans.map((s) => s.text)];
}
