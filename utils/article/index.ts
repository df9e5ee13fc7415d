// Reads the article of a page: Readability for the body (on a prepared clone),
// and our own rules for what Readability does not know about Chinese news pages:
// the headline without the site name, 发布日期, 来源 and bylines.
import { Readability } from '@mozilla/readability';
import type { ArticleFields } from '../types';
import { blocks, normaliseSpaces, type Block } from './blocktext';
import { bylineFromLine, sourceFromLine } from './credits';
import { DATE_LABEL, dateFromMeta, dateFromUnixSeconds, dateFromUrl, parseDate } from './dates';
import { weChatHints } from './platform';
import { prepareClone } from './preclean';
import { pickTitle } from './title';
import { tidyLines } from './tidy';

export { isLikelyPoliticalNews } from './gate';

/** Chinese is dense: 200 characters already make a real news item (Readability's default is 500). */
const CHAR_THRESHOLD = 200;
/** How far below the headline the date/source header line may sit. */
const HEADER_LINES = 12;
/** Elements nested deeper than this are left out of Readability's copy. News pages nest 20–40
 * levels; Readability's work grows faster than the square of the depth, so a page that builds
 * a DOM thousands of levels deep (by script: HTML parsers stop at 512) would hang the tab. */
export const MAX_DEPTH = 80;

const compact = (s: string): string => s.replace(/\s+/g, '');

function meta(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return '';
}

/** Removes, in place, every element more than maxDepth levels below root; returns how many subtrees went. */
export function pruneDeep(root: Element, maxDepth: number): number {
  let removed = 0;
  // An explicit stack: recursion would overflow on the very pages this is for.
  const stack: { el: Element; depth: number }[] = [{ el: root, depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    for (let child = top.el.firstElementChild; child;) {
      const next = child.nextElementSibling;
      if (top.depth >= maxDepth) {
        child.remove();
        removed++;
      } else stack.push({ el: child, depth: top.depth + 1 });
      child = next;
    }
  }
  return removed;
}

function runReadability(doc: Document): {
  lines: Block[];
  byline: string | null;
  publishedTime: string | null;
  title: string;
} {
  const clone = prepareClone(doc);
  pruneDeep(clone.documentElement, MAX_DEPTH);
  const parsed = new Readability<Node>(clone, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (n) => n,
  }).parse();
  return {
    lines: parsed?.content ? blocks(parsed.content) : [],
    byline: normaliseSpaces(parsed?.byline ?? '') || null,
    publishedTime: parsed?.publishedTime ?? null,
    title: parsed?.title?.trim() ?? '',
  };
}

interface Zones {
  /** Lines just below the headline (date, source, author). */
  header: string[];
  /** Lines from the headline to a little past the article's end (credits at the bottom). */
  article: string[];
}

/** Finds the headline and the article among the page's lines. */
function zones(pageLines: string[], title: string, content: string[]): Zones {
  const key = compact(title);
  let top = key ? pageLines.findIndex((l) => compact(l) === key) : -1;
  if (top < 0 && key)
    top = pageLines.findIndex((l) => l.length <= key.length + 40 && compact(l).startsWith(key));
  const first = content[0];
  const last = content[content.length - 1];
  const from = Math.max(0, top);
  let firstAt = first ? pageLines.indexOf(first, from) : -1;
  if (top < 0 && firstAt >= 0) top = Math.max(0, firstAt - HEADER_LINES);
  if (firstAt < 0) firstAt = from + HEADER_LINES;
  let lastAt = last ? pageLines.lastIndexOf(last) : -1;
  if (lastAt < firstAt) lastAt = firstAt + content.length;
  const headerEnd = Math.min(Math.max(firstAt, top + 1) + 3, top + 1 + HEADER_LINES * 2);
  return {
    header: pageLines.slice(Math.max(0, top), headerEnd),
    article: pageLines.slice(Math.max(0, top), lastAt + 8),
  };
}

function findPublished(doc: Document, url: string, z: Zones, fallback: string | null): string | null {
  const fromMeta = dateFromMeta(doc);
  if (fromMeta) return fromMeta;
  for (const line of z.header) {
    const d = DATE_LABEL.test(line) && line.length <= 120 ? parseDate(line) : null;
    if (d) return d;
  }
  for (const line of z.header) {
    if (line.length > 80) continue;
    const d = parseDate(line);
    if (d) return d;
  }
  for (const line of z.article) {
    if (line.length <= 120 && DATE_LABEL.test(line)) {
      const d = parseDate(line);
      if (d) return d;
    }
  }
  const wechat = weChatHints(doc, dateFromUnixSeconds);
  if (wechat?.published) return wechat.published;
  for (const u of [
    url,
    meta(doc, 'og:url'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
  ]) {
    const d = u ? dateFromUrl(u) : null;
    if (d) return d;
  }
  return fallback ? parseDate(fallback) : null;
}

/** The name right after the date in a header line: "2022-06-02 09:52:19政能亮 来自北京市". */
function sourceAfterDate(line: string): string | null {
  const m =
    /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*([^\s|｜:：]{2,20})(?:\s|$)/.exec(
      line,
    );
  const name = m?.[1];
  if (
    !name ||
    !/^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·]{1,19}$/.test(name) ||
    /来源|作者|编辑|浏览|发布|时间|日期|来自|阅读|评论|^(?:星期|周)[一二三四五六日天]/.test(name)
  )
    return null;
  return name;
}

function findSource(doc: Document, z: Zones): string | null {
  for (const line of z.header) {
    const s = sourceFromLine(line);
    if (s) return s;
  }
  for (const line of z.header) {
    if (line.length <= 60 && parseDate(line)) {
      const s = sourceAfterDate(line);
      if (s) return s;
    }
  }
  for (const line of z.article) {
    const s = sourceFromLine(line);
    if (s) return s;
  }
  const fromMeta = meta(doc, 'source', 'og:source', 'article:source');
  if (fromMeta) {
    const s = sourceFromLine(fromMeta) ?? sourceFromLine(`来源：${fromMeta}`);
    if (s) return s;
  }
  return weChatHints(doc, dateFromUnixSeconds)?.source ?? null;
}

function findByline(doc: Document, z: Zones, readabilityByline: string | null): string | null {
  const found = [...z.header, ...z.article].map(bylineFromLine).filter((b) => b !== null);
  const pick = found.find((b) => b.kind === 'author') ?? found.find((b) => b.kind === 'reporter') ?? found[0];
  if (pick) return pick.name.replace(/^(?:本报|新华社)?记者\s*/, '') || pick.name;
  const author = normaliseSpaces(meta(doc, 'author', 'article:author'));
  if (readabilityByline && readabilityByline.length <= 40 && !/^\d+$|[:：]/.test(readabilityByline))
    return readabilityByline;
  return author && author.length <= 40 && !/^\d+$|[:：]/.test(author) ? author : null;
}

function headlineCandidates(doc: Document, pageLines: string[]): string[] {
  const headings = [...doc.querySelectorAll('h1, h2, #activity-name')]
    .slice(0, 20)
    .map((h) => normaliseSpaces(h.textContent ?? ''));
  return [...headings, ...pageLines.filter((l) => l.length <= 120)];
}

/** Reads the article of a page. Never modifies doc: Readability works on a clone. */
export function extractArticle(doc: Document, url: string): ArticleFields {
  const read = runReadability(doc);
  const pageLines = doc.body ? blocks(doc.body).map((b) => b.text) : [];
  const title =
    pickTitle({
      documentTitle: doc.querySelector('title')?.textContent ?? '',
      metaTitle: meta(doc, 'og:title', 'twitter:title'),
      candidates: headlineCandidates(doc, pageLines),
    }) || read.title;
  const text = tidyLines(read.lines, title);
  const z = zones(pageLines, title, text);
  return {
    title,
    published: findPublished(doc, url, z, read.publishedTime),
    source: findSource(doc, z),
    byline: findByline(doc, z, read.byline),
    text: text.join('\n'),
  };
}
