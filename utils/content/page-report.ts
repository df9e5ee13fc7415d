// What the content script tells the popup about its page. Pure over a Document,
// so the same code runs in tests on linkedom/jsdom.
import { analyzeDocument, siteNameOf } from '../analyze';
import { describeOffsets, FULL_SEARCH_CHARS, type TextQuoteSelector } from '../anchor';
import type { PageInput } from '../core/records';
import type { PageReport } from '../messaging';
import type { Detection } from '../types';
import type { ArticleSnapshot, Visit } from '../core/views';

/** Beyond these the analyzer does not start: reading such a page would hold the tab for seconds
 * (in Chromium, 100,000 elements took 1.8 s and 10 MB of text 1.7 s). The largest corpus page
 * has under 3,000 elements and 100,000 characters. The text limit is the one past which
 * highlights are restored verbatim only: one size of page is "too large" everywhere. */
export const PAGE_LIMITS = { elements: 30_000, chars: FULL_SEARCH_CHARS } as const;

/** Why a page is too large to analyse, or null. Costs one element count and one textContent. */
export function tooLarge(
  doc: Document,
  limits: { elements: number; chars: number } = PAGE_LIMITS,
): string | null {
  // A live collection's length is a fast count in browsers; linkedom (the analyze command) does not
  // understand '*' there and says 0, so it counts with querySelectorAll instead.
  const elements = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (elements > limits.elements)
    return `the page is too large to read (${elements} elements; the limit is ${limits.elements}).`;
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > limits.chars)
    return `the page is too large to read (${chars} characters of text; the limit is ${limits.chars}).`;
  return null;
}

/** The report for the popup, and the article text the content script keeps to find mentions. */
export function buildPageReport(doc: Document, url: string): { report: PageReport; text: string } {
  try {
    const large = tooLarge(doc);
    if (large) return { report: { status: 'error', url, error: large, reason: 'too-large' }, text: '' };
    const { article, timings, citation, ...detection } = analyzeDocument(doc, url);
    if (!article.text.trim()) return { report: { status: 'not-article', url }, text: '' };
    const { text, ...fields } = article;
    return { report: { status: 'article', url, article: fields, detection, citation, timings }, text };
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

/** The article as it is kept (a version of its page), or null when the page holds none. */
export function articleSnapshot(report: PageReport | null, text: string): ArticleSnapshot | null {
  if (report?.status !== 'article' || !text.trim()) return null;
  const { article, detection } = report;
  return {
    title: article.title,
    text,
    published: article.published ?? null,
    source: article.source ?? null,
    byline: article.byline ?? null,
    officials: detection.officials.map(({ name, titles }) => ({ name, titles })),
    meetings: detection.meetings.map(({ name, date }) => ({ name, date })),
    slogans: detection.slogans.map(({ text: s, count }) => ({ text: s, count })),
  };
}

/** Characters of a page's visible text sent to be compared with a saved copy when it holds no article. */
const VISIT_TEXT_CHARS = 20_000;

/**
 * What the background compares with the saved copy: the article when there is one, else the start
 * of the page's visible text, and the navigation's HTTP status where the browser gives it
 * (PerformanceNavigationTiming.responseStatus: Chromium 109, Firefox 130; 0 when unknown).
 */
export function pageVisit(
  doc: Document,
  url: string,
  canonical: string | null,
  snapshot: ArticleSnapshot | null,
): Visit {
  const nav = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    { responseStatus?: number } | undefined;
  const status = nav?.responseStatus;
  const body = doc.body as HTMLElement | null;
  const text = snapshot ? '' : (body?.innerText ?? body?.textContent ?? '').slice(0, VISIT_TEXT_CHARS);
  return {
    url,
    canonical,
    ...(typeof status === 'number' && status > 0 ? { status } : {}),
    title: doc.title,
    text,
    snapshot,
  };
}

/**
 * The page as a highlight saves it: the article's fields and what detection found (the store keeps
 * names, posts, dates and counts), with the byline and the site's own name that its citation needs
 * later. A page that is not an article is saved under its <title>, with no entities.
 */
export function savedPage(
  doc: Document,
  url: string,
  report: PageReport | null,
  canonical: string | null,
): PageInput {
  const r = report?.status === 'article' ? report : null;
  return {
    url,
    canonical,
    title: r?.article.title || doc.title || url,
    published: r?.article.published ?? null,
    source: r?.article.source ?? null,
    byline: r?.article.byline ?? null,
    // Read again as the citation of the analysis read it: a few <meta> tags and the <title>.
    siteName: siteNameOf(doc, r?.article.title ?? ''),
    officials: r?.detection.officials.map(({ name, titles }) => ({ name, titles })) ?? [],
    meetings: r?.detection.meetings.map(({ name, date }) => ({ name, date })) ?? [],
    slogans: r?.detection.slogans.map(({ text, count }) => ({ text, count })) ?? [],
  };
}
