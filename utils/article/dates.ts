// Publication dates as YYYY-MM-DD from the forms Chinese pages use: meta tags,
// "发布日期：2022-07-01" lines, 2022年7月1日, 2022/07/01, and dated URL paths.

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const IN_TEXT = [
  // 2022-07-01, 2022/7/1, 2022.07.01, 2022-07-01T08:00 and 2007-08-20-23:59:59
  /(?<!\d)((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/,
  // 2022年7月1日
  /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
];

/** The first full date (with a year) in a piece of text, or null. */
export function parseDate(text: string): string | null {
  let best: { at: number; date: string } | null = null;
  for (const re of IN_TEXT) {
    const m = re.exec(text);
    if (!m?.[1] || !m[2] || !m[3]) continue;
    const date = valid(+m[1], +m[2], +m[3]);
    if (date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  if (best) return best.date;
  // 20220701 as a whole token (meta values such as "20220701" or "20220701083000").
  const compact = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?\s*$/.exec(text);
  return compact?.[1] && compact[2] && compact[3] ? valid(+compact[1], +compact[2], +compact[3]) : null;
}

/** A date in a URL path: /2022-07/01/, /20220701/, /2022/07/01/, t20220701_123.html, /202207/01/. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  if (/^file:/i.test(url)) return null;
  const patterns = [
    /(?<!\d)((?:19|20)\d{2})[-/_]?(\d{2})[-/_](\d{2})(?!\d)/,
    /(?<!\d)((?:19|20)\d{2})[-/_](\d{2})[-/_]?(\d{2})(?!\d)/,
    /(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})(?![\d])/,
    /(?<!\d)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m?.[1] && m[2] && m[3]) {
      const d = valid(+m[1], +m[2], +m[3]);
      if (d) return d;
    }
  }
  return null;
}

/** Unix seconds → the calendar day in China (UTC+8), where these pages are published. */
export function dateFromUnixSeconds(seconds: number): string | null {
  if (!Number.isFinite(seconds) || seconds < 631152000 || seconds > 4102444800) return null;
  const d = new Date((seconds + 8 * 3600) * 1000);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Meta names and properties that carry the publication time (compared lowercase, trimmed). */
const META_NAMES = new Set([
  'article:published_time',
  'article:published',
  'bytedance:published_time',
  'datepublished',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'firstpublishedtime',
  'og:article:published_time',
  'og:release_date',
  'og:time',
  'parsely-pub-date',
  'pubdate',
  'publication_date',
  'publishdate',
  'publish_date',
  'publishtime',
  'publish-date',
  'release_date',
  'sailthru.date',
  'weibo:article:create_at',
]);

/** The publication date given by <meta> tags or itemprop=datePublished, or null. */
export function dateFromMeta(doc: Document): string | null {
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (
      meta.getAttribute('name') ??
      meta.getAttribute('property') ??
      meta.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    if (!META_NAMES.has(key)) continue;
    const date = parseDate(meta.getAttribute('content') ?? '');
    if (date) return date;
  }
  const item = doc.querySelector('[itemprop="datePublished"], time[pubdate]');
  if (item)
    return parseDate(item.getAttribute('content') ?? item.getAttribute('datetime') ?? item.textContent ?? '');
  return null;
}

/** Labels that introduce the publication date in a page's header line. */
export const DATE_LABEL = /(?:发布|发表|更新|出版|上传)?(?:日期|时间)\s*[:：]/;
