import { extractArticle } from './article';
import { detect } from './detect';
import type { Analysis } from './types';

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Reads the article of a page and runs detection on it. */
export function analyzeDocument(doc: Document, url: string): Analysis {
  const t0 = performance.now();
  const article = extractArticle(doc, url);
  const t1 = performance.now();
  const detection = detect({ title: article.title, text: article.text, published: article.published });
  const t2 = performance.now();
  return { article, ...detection, timings: { extractMs: round(t1 - t0), detectMs: round(t2 - t1) } };
}

/** Detection only, on one line of plain text (the --lines mode of the analyze command). */
export function analyzeText(text: string): Analysis {
  const article = { title: '', published: null, source: null, byline: null, text };
  const t0 = performance.now();
  const detection = detect({ title: '', text, published: null });
  const t1 = performance.now();
  return { article, ...detection, timings: { extractMs: 0, detectMs: round(t1 - t0) } };
}
