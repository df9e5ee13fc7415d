import { Readability } from '@mozilla/readability';
import type { ArticleFields } from '../types';
import { blockLines } from './blocktext';

/** Reads the article of a page. Never modifies doc: Readability works on a clone. */
export function extractArticle(doc: Document, _url: string): ArticleFields {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, { serializer: (n) => n }).parse();
  const text = parsed?.content ? blockLines(parsed.content).join('\n') : '';
  return {
    title: (parsed?.title ?? doc.title ?? '').trim(),
    published: null,
    source: null,
    byline: parsed?.byline?.trim() || null,
    text,
  };
}
