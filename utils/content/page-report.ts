// What the content script tells the popup about its page. Pure over a Document,
// so the same code runs in tests on linkedom/jsdom.
import { analyzeDocument } from '../analyze';
import { describeOffsets, type TextQuoteSelector } from '../anchor';
import type { PageReport } from '../messaging';
import type { Detection } from '../types';

/** The report for the popup, and the article text the content script keeps to find mentions. */
export function buildPageReport(doc: Document, url: string): { report: PageReport; text: string } {
  try {
    const { article, timings, ...detection } = analyzeDocument(doc, url);
    if (!article.text.trim()) return { report: { status: 'not-article', url }, text: '' };
    const { text, ...fields } = article;
    return { report: { status: 'article', url, article: fields, detection, timings }, text };
  } catch (err) {
    return {
      report: { status: 'error', url, error: err instanceof Error ? err.message : String(err) },
      text: '',
    };
  }
}

/**
 * A quote with the article's context around the first mention of a detected name or
 * slogan, so that the page's own copy in the article is found rather than one in a menu.
 */
export function mentionQuote(detection: Detection, text: string, name: string): TextQuoteSelector | null {
  const entity =
    [...detection.officials, ...detection.meetings].find((e) => e.name === name) ??
    detection.slogans.find((s) => s.text === name);
  const first = entity?.mentions[0];
  if (!first || first.end > text.length || first.start >= first.end) return null;
  const [quote] = describeOffsets(text, first.start, first.end);
  return quote?.type === 'TextQuoteSelector' ? quote : null;
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
