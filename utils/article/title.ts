// The headline without the site name. Pages put the site (and often the channel)
// after the headline in <title>; the headline itself usually also stands alone in
// an <h1> or a short line of the page, which is the most reliable form of it.
import { normaliseSpaces } from './blocktext';

const compact = (s: string): string => s.replace(/\s+/g, '');

/** Separators sites put between headline, channel and site name. A bare hyphen
 * only counts when it is not between digits (1-10月, 2022-07). */
const SUFFIX = /^(.*\S)\s*(?:_+|\||｜|--+|\s[–—]\s|\s-\s|\s-(?=\S)|(?<!\d)-(?!\d))\s*([^_|｜]+?)\s*$/;

/** Strips trailing "_Channel_Site", " - Site", "--Channel--Site" segments from a <title>. */
export function stripSiteSuffix(raw: string): string {
  let title = normaliseSpaces(raw);
  for (let i = 0; i < 4; i++) {
    const m = SUFFIX.exec(title);
    if (!m?.[1] || !m[2]) break;
    const head = m[1].replace(/[\s_|｜-]+$/, '');
    const tail = m[2].trim();
    // Site and channel names are short; a long tail means the separator was part of the headline.
    if (tail.length > 20 || tail.length >= head.length || compact(head).length < 4) break;
    title = head;
  }
  return title;
}

export interface TitleSources {
  /** The text of <title>. */
  documentTitle: string;
  /** og:title / twitter:title, if any. */
  metaTitle: string;
  /** Headings and short lines of the page, in document order. */
  candidates: string[];
}

/** Picks the headline: a heading or line that the <title> begins with, else the meta
 * title, else the <title> without its site suffix. */
export function pickTitle({ documentTitle, metaTitle, candidates }: TitleSources): string {
  const docTitle = normaliseSpaces(documentTitle);
  const full = compact(docTitle);
  if (full) {
    let best = '';
    for (const c of candidates) {
      const line = normaliseSpaces(c);
      const key = compact(line);
      if (key.length < 4 || key.length < full.length * 0.4 || key.length > full.length) continue;
      if (full.startsWith(key) && key.length > compact(best).length) best = line;
    }
    const stripped = stripSiteSuffix(docTitle);
    // A line repeating the whole <title> (share text, footers) is no better than the <title> itself.
    if (best && !(compact(best) === full && compact(stripped) !== full)) return best;
    if (compact(stripped) !== full) {
      const line = candidates.find((c) => compact(c) === compact(stripped));
      return normaliseSpaces(line ?? stripped);
    }
  }
  const meta = normaliseSpaces(metaTitle);
  if (meta) return stripSiteSuffix(meta);
  if (docTitle) return stripSiteSuffix(docTitle);
  return normaliseSpaces(candidates[0] ?? '');
}
