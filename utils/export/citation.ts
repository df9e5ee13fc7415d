// A page as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
// the one description of a page that the citation styles, RIS, BibTeX and Zotero all read. A plain
// object builder with no citation library behind it, so that the content script and the analyze
// command can build the item; formatting it (cite.ts) stays in the extension pages.
import { localDay, type PageRecord } from '../core/records';
import { toSimplified } from '../core/script';
import { bylineAuthors, type CslName } from './authors';

export type { CslName } from './authors';

export interface CslDate {
  'date-parts': [number[]];
}

export interface CslItem {
  id: string;
  /**
   * article-newspaper for a dated article: a government or media site's news item is journalism
   * under a masthead (the site), so GB/T 7714 cites it [N/OL] with its full date and Zotero files it
   * as a Newspaper Article under the site's name. webpage for a page with no date (a law's text, a
   * profile, an index page), which is cited as what it is: [EB/OL] and a web page with its access date.
   */
  type: 'article-newspaper' | 'webpage';
  title: string;
  /** The site's name (天宁区人大), else its host name. */
  'container-title'?: string;
  /** 来源: who the page says the article comes from (天宁人大, 新华社). */
  publisher?: string;
  /** The people the byline names; empty when it names none (a unit or no byline). */
  author: CslName[];
  issued?: CslDate;
  /** Only a web address (http, https): a file:// address is no one else's to follow. */
  URL?: string;
  accessed: CslDate;
  /** zh-CN; zh-Hant for a headline in traditional characters (no region claimed). */
  language: string;
}

/** What a citation is built from: the page record's fields, and two the record does not keep. */
export interface CitationSource {
  url: string;
  title: string;
  /** YYYY-MM-DD or null. */
  published: string | null;
  source: string | null;
  /** Host name, as PageRecord.site. */
  site: string;
  byline?: string | null;
  /** The site's own name (og:site_name, the <title>'s tail), when the page gives one. */
  siteName?: string | null;
  /** YYYY-MM-DD: the day the page was read (the analyze command) or first saved. */
  accessed: string;
}

/** YYYY-MM-DD → CSL date parts; null for anything else. */
export function dateParts(day: string | null | undefined): CslDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : null;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable digest of an address. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The item's id, which RIS keeps as ID and BibTeX as the citation key: letters and digits only
 * (BibTeX keys may not hold most punctuation, and citation-js drops it), the same for the same
 * page on every export: renda20220701 and a digest of the address.
 */
export function citationId(url: string, published: string | null): string {
  return `renda${(published ?? '').replace(/-/g, '')}${fnv1a(url).slice(0, 7)}`;
}

/**
 * A headline in traditional characters (Hong Kong, Macao, Taiwan pages): at least two different
 * characters that have a simplified form. One is not enough: the conversion table also maps a few
 * characters that simplified text uses (么 → 幺).
 */
export function isTraditional(text: string): boolean {
  const simplified = toSimplified(text);
  const changed = new Set<string>();
  for (let i = 0; i < text.length; i++) if (text[i] !== simplified[i]) changed.add(text.charAt(i));
  return changed.size >= 2;
}

/** 来源 that names the site itself (本站原创, 本网): not a publisher of its own. */
const SELF_SOURCE = /^本(?:站|网)/;

export function citationItem(page: CitationSource): CslItem {
  const title = page.title.trim();
  const container = page.siteName?.trim() || page.site.trim();
  const publisher = page.source?.trim() ?? '';
  const issued = dateParts(page.published);
  const url = /^https?:\/\//i.test(page.url) ? page.url : null;
  const accessed = dateParts(page.accessed);
  if (!accessed) throw new RangeError(`accessed must be a day as YYYY-MM-DD, not ${page.accessed}`);
  return {
    id: citationId(page.url, page.published),
    type: issued ? 'article-newspaper' : 'webpage',
    title,
    ...(container ? { 'container-title': container } : {}),
    ...(publisher && !SELF_SOURCE.test(publisher) ? { publisher } : {}),
    author: bylineAuthors(page.byline),
    ...(issued ? { issued } : {}),
    ...(url ? { URL: url } : {}),
    accessed,
    language: isTraditional(title) ? 'zh-Hant' : 'zh-CN',
  };
}

/** A saved page's item, accessed on the day it was first saved; the extras are ExportGroup.extras. */
export function recordCitation(
  page: PageRecord,
  extras: { byline?: string | null; siteName?: string | null } = {},
): CslItem {
  return citationItem({
    ...page,
    byline: extras.byline ?? null,
    siteName: extras.siteName ?? null,
    accessed: localDay(page.created),
  });
}

/** Separators between the headline and the site's name in a <title> (see utils/article/title.ts). */
const TITLE_SEPARATOR = /\s*(?:_+|\||｜|--+|\s[-–—]\s|(?<!\d)-(?!\d)|——)\s*/;

/**
 * The site's name from the document's <title>: what follows the headline there, its last segment
 * ("…人大答卷”_天宁区人大" → 天宁区人大; "…--文化--人民网" → 人民网), preferring one in Chinese
 * ("…_澎湃新闻-The Paper" → 澎湃新闻). Null when the <title> is not the headline and more.
 */
export function siteNameFromTitle(documentTitle: string, headline: string): string | null {
  const doc = documentTitle.replace(/\s+/g, ' ').trim();
  const head = headline.replace(/\s+/g, '');
  if (!head) return null;
  // Walk the <title> along the headline, spaces aside: the headline may be spaced differently.
  let i = 0;
  for (const c of head) {
    while (doc[i] === ' ') i++;
    if (doc[i] !== c) return null;
    i++;
  }
  const segments = doc
    .slice(i)
    .split(TITLE_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2 && s.length <= 30);
  const chinese = segments.filter((s) => /[\u3400-\u9fff]/.test(s));
  return chinese.at(-1) ?? segments.at(-1) ?? null;
}

/**
 * The items as a CSL-JSON file (a JSON array), which Zotero imports as they are. Zotero's newspaper
 * article and web page have no publisher field and drop one on import, so the publisher also goes
 * into `note` as "publisher: …": Zotero keeps a note in Extra and cites a "name: value" line there as
 * that CSL variable.
 */
export function buildCslJson(items: readonly CslItem[]): string {
  const out = items.map((item) =>
    item.publisher ? { ...item, note: `publisher: ${item.publisher}` } : item,
  );
  return `${JSON.stringify(out, null, 2)}\n`;
}
