import { extractArticle } from './article';
import { localDay } from './core/records';
import { detect } from './detect';
import { citationItem, siteNameFromTitle, type CslItem } from './export/citation';
import type { Analysis } from './types';

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** A page's analysis: the article, detection, the page as a CSL-JSON item, timings. */
export interface PageAnalysis extends Analysis {
  citation: CslItem;
}

/** Site names that name a platform the page is on, not the site it belongs to. */
const PLATFORMS = new Set(['微信公众平台', 'WeChat', '今日头条', '网易号', '百家号', '搜狐号']);

/** The site's own name: its metadata (og:site_name; SiteName, as Chinese government sites write it), else the <title>'s tail. */
export function siteNameOf(doc: Document, headline: string): string | null {
  for (const key of ['og:site_name', 'SiteName', 'sitename', 'siteName', 'application-name']) {
    const v = doc
      .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
      ?.getAttribute('content')
      ?.replace(/\s+/g, ' ')
      .trim();
    if (v && v.length <= 40 && !PLATFORMS.has(v)) return v;
  }
  return siteNameFromTitle(doc.querySelector('title')?.textContent ?? '', headline);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Reads the article of a page and runs detection on it. The citation's access date is the day of
 * `now` (local time); its URL is left out for a file:// address (the analyze command without --url).
 */
export function analyzeDocument(doc: Document, url: string, now: Date = new Date()): PageAnalysis {
  const t0 = performance.now();
  const article = extractArticle(doc, url);
  const t1 = performance.now();
  const detection = detect({ title: article.title, text: article.text, published: article.published });
  const t2 = performance.now();
  const citation = citationItem({
    ...article,
    url,
    site: hostOf(url),
    siteName: siteNameOf(doc, article.title),
    accessed: localDay(now.getTime()),
  });
  return {
    article,
    ...detection,
    citation,
    timings: { extractMs: round(t1 - t0), detectMs: round(t2 - t1) },
  };
}

/** Detection only, on one line of plain text (the --lines mode of the analyze command): no page, no citation. */
export function analyzeText(text: string): Analysis {
  const article = { title: '', published: null, source: null, byline: null, text };
  const t0 = performance.now();
  const detection = detect({ title: '', text, published: null });
  const t1 = performance.now();
  return { article, ...detection, timings: { extractMs: 0, detectMs: round(t1 - t0) } };
}
