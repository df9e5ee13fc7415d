// Cleans the lines Readability kept: what a reader would not call the article
// (a repeated headline, the date/source header, share buttons, photo credits,
// related-news lists, menus and copyright footers) goes; credits stay.
import type { Block } from './blocktext';
import { CHROME_LINES, TAIL_MARKERS } from './lists';

const compact = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

const SENTENCE_END = /[。！？!?…；;”"』」]$/;
const HAS_SENTENCE_PUNCT = /[。！？!?，,；;]/;

/** Lines of page furniture: share/print buttons, player labels. */
export function isChromeLine(text: string): boolean {
  if (text.length > 60) return false;
  const known = (t: string): boolean =>
    CHROME_LINES.has(t) || CHROME_LINES.has(t.replace(/^[【[［(（]|[】\]］)）]$/g, ''));
  if (known(compact(text))) return true;
  // Several buttons on one line: 【打印】 【关闭】, 分享 | 收藏.
  const tokens = text.split(/[\s|｜]+/).filter(Boolean);
  return tokens.length > 1 && tokens.every((t) => known(compact(t)));
}

/** Copyright, licence and report-abuse footers; pipe-separated menus. */
export function isFooterLine(text: string): boolean {
  if (text.length > 120) return false;
  return (
    /copyright|all rights reserved|©|版权所有|ICP[备证]|公网安备|网安备|举报(?:电话|邮箱|中心)|违法和不良信息/i.test(
      text,
    ) ||
    /网友评论|(?:不|并不)(?:代表|表明).{0,12}(?:立场|观点)/.test(text) ||
    /^(?:[^|｜]{1,14}[|｜]){2,}[^|｜]{0,14}$/.test(text)
  );
}

/** A photo caption ending in a credit: "…讲话。新华社记者 谢环驰 摄", "…（刘通摄）". */
export function isPhotoCredit(text: string): boolean {
  if (text.length > 160) return false;
  return (
    /(?:记者|摄影|通讯员)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*\s*摄\s*[)）]?$/.test(
      text,
    ) ||
    /\s[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*\s+摄\s*[)）]?$/.test(text) ||
    /[（(][^（）()]{1,24}\s*摄[)）]$/.test(text)
  );
}

/** Credit lines that belong to the article: 来源, 作者, 责任编辑, (完), 《人民日报》（2024年05月10日 04 版）. */
export function isCreditLine(text: string): boolean {
  if (text.length > 80 || /[。！？]/.test(text.replace(/[（(【[][^）)】\]]*[）)】\]]$/, ''))) return false;
  return (
    /^[（(【[［].*[）)】\]］]$/.test(text) ||
    /^(?:本文|稿件|文章)?(?:来源|作者|记者|通讯员|责任编辑|责编|编辑|监制|总监制|审读|审核|校对|摄影|出品|制作|策划|统筹|撰文|文)\s*[:：︱|丨/]/.test(
      text.replace(/\s/g, ''),
    )
  );
}

/** Header lines naming the date, source or view count of the article. */
export function isMetaLine(text: string): boolean {
  if (text.length > 100 || /[。！？]/.test(text)) return false;
  if (/(?:来源|作者|编辑|发布|时间|日期|浏览|点击|阅读|字号)\s*[:：]/.test(text)) return true;
  // A date and time with little else: "2023-12-01 14:43", "TNW中文站2016年10月14日07:17".
  const rest = text
    .replace(/(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/g, '')
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '');
  return rest.length < text.length && rest.replace(/[\s()（）|｜]/g, '').length <= 12;
}

function isTailMarker(text: string): boolean {
  const t = compact(text);
  return TAIL_MARKERS.some((m) => t.startsWith(m)) && text.length <= 60;
}

const DATE_ONLY = /^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
/** A related-news item: a short headline followed by its date. */
const DATED_ITEM = /^.{4,50}\s(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/;

const isLinkLine = (b: Block): boolean => b.linkShare >= 0.5 && b.text.length <= 80;
const isShortLabel = (text: string): boolean => text.length <= 20 && !HAS_SENTENCE_PUNCT.test(text);

/** Lines that start the content but repeat the headline, whole or split over several lines. */
function isHeadlinePart(text: string, title: string): boolean {
  const t = compact(text);
  const h = compact(title);
  if (!h || t.length < 4) return false;
  return h.includes(t) || (t.includes(h) && t.length <= h.length + 4);
}

/** The article's lines without page furniture; see the file comment. */
export function tidyLines(input: Block[], title: string): string[] {
  // Photo captions stay: readers see them, and they often name who was there.
  let lines = input.filter((b) => !isChromeLine(b.text));

  // Head: headline repeats, the date/source header, link lines before the first paragraph.
  let start = 0;
  while (start < lines.length && start < 12) {
    const b = lines[start];
    if (!b) break;
    if (isHeadlinePart(b.text, title) || isMetaLine(b.text) || (isLinkLine(b) && !SENTENCE_END.test(b.text)))
      start++;
    else break;
  }
  lines = lines.slice(start);

  // Tail: walk back over related-news lists, menus and footers; keep credits found among them.
  const credits: Block[] = [];
  let end = lines.length;
  let junkSeen = false;
  let afterDate = false;
  while (end > 0) {
    const b = lines[end - 1];
    if (!b) break;
    const strong =
      isFooterLine(b.text) ||
      isTailMarker(b.text) ||
      isLinkLine(b) ||
      DATE_ONLY.test(b.text) ||
      DATED_ITEM.test(b.text);
    // A headline in a dated list ("…大参考" above "2019-09-07").
    const listItem = afterDate && b.text.length <= 60 && !SENTENCE_END.test(b.text);
    afterDate = DATE_ONLY.test(b.text);
    if (strong || listItem) {
      junkSeen = true;
      end--;
    } else if (isCreditLine(b.text)) {
      credits.unshift(b);
      end--;
    } else if (junkSeen && isShortLabel(b.text)) {
      end--;
    } else break;
  }
  // A related-reading heading further up, followed only by short link-like lines, ends the article too.
  const kept = lines.slice(0, end);
  const marker = kept.findIndex((b, i) => i >= kept.length * 0.5 && isTailMarker(b.text));
  const body =
    marker > 0 && kept.slice(marker + 1).every((b) => b.text.length <= 40 && !SENTENCE_END.test(b.text))
      ? kept.slice(0, marker)
      : kept;
  return [...body, ...credits].map((b) => b.text);
}
