// Publishing platforms whose article pages keep their metadata in markup of their
// own rather than in <meta> tags or header lines. Each is recognised by structure,
// never by a particular article. WeChat public-account articles (mp.weixin.qq.com)
// are the main way local governments and congresses publish news.

export interface PlatformHints {
  source: string | null;
  published: string | null;
}

/** Metadata of a WeChat public-account article, or null when doc is not one. */
export function weChatHints(doc: Document, dateFromUnix: (s: number) => string | null): PlatformHints | null {
  if (!doc.getElementById('js_content') || !doc.getElementById('activity-name')) return null;
  const account = doc.getElementById('js_name')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  let published: string | null = null;
  // The visible date is filled in by a script from the article's create time.
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const text = s.textContent ?? '';
    const unix = /\b(?:var\s+ct|ct|create_time)\s*[=:]\s*["']?(\d{10})\b/.exec(text);
    if (unix?.[1]) {
      published = dateFromUnix(Number(unix[1]));
      break;
    }
    const written = /\bcreateTime\s*=\s*["']((?:19|20)\d{2}-\d{2}-\d{2})/.exec(text);
    if (written?.[1]) {
      published = written[1];
      break;
    }
  }
  return { source: account, published };
}
