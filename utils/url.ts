// Page keys for the database. The same article is reached through share links,
// campaign links and mirrors; one key per article lets its highlights come back
// whichever address the reader arrives at.

/** Query parameters that only say how the reader arrived. Sorted, unique, lowercase (checked by a test). */
export const TRACKING_PARAMS: readonly string[] = [
  '__twitter_impression',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'abtest_cookie',
  'ascene',
  'chksm',
  'clicktime',
  'dclid',
  'devicetype',
  'enterid',
  'exportkey',
  'fbclid',
  'fr',
  'from',
  'gclid',
  'gclsrc',
  'igshid',
  'isappinstalled',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  'mpshare',
  'msclkid',
  'nettype',
  'pass_ticket',
  'pvid',
  'ref_src',
  'ref_url',
  'scene',
  'scm',
  'sessionid',
  'sharer_shareid',
  'sharer_sharetime',
  'spm',
  'spm_id_from',
  'srcid',
  'subscene',
  'tt_from',
  'twclid',
  'uin',
  'vd_source',
  'wfr',
  'wx_header',
  'wxshare_count',
  'yclid',
];

/** Parameter name prefixes with the same meaning (utm_source, share_token, share_medium …). Sorted, unique. */
export const TRACKING_PREFIXES: readonly string[] = ['hmsr', 'share_', 'sharer_', 'utm_'];

const trackingSet = new Set(TRACKING_PARAMS);

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return trackingSet.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

export class InvalidUrlError extends Error {
  constructor(url: string, why: string) {
    super(`Cannot use this address as a page key (${why}): ${url.slice(0, 200)}`);
    this.name = 'InvalidUrlError';
  }
}

function parseHttp(url: string, base?: string): URL {
  let u: URL;
  try {
    u = new URL(url.trim(), base);
  } catch {
    throw new InvalidUrlError(url, 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new InvalidUrlError(url, `only http and https pages are kept, not ${u.protocol}`);
  }
  return u;
}

function normalizeParsed(u: URL): string {
  // URL already lowercases the host, drops default ports and percent-encodes the path.
  u.hash = '';
  u.username = '';
  u.password = '';
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.slice(0, -1);
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  // Stable sort by name only: repeated names keep their relative order, which can matter (a=1&a=2).
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  let s = u.toString();
  if (s.endsWith('?')) s = s.slice(0, -1);
  return s;
}

/** The normalised form of one http(s) address. Throws InvalidUrlError for anything else. */
export function normalizeOne(url: string): string {
  return normalizeParsed(parseHttp(url));
}

export interface NormalizedUrl {
  /** The page key: the canonical link's normalised form when usable, else the page's own. */
  key: string;
  /** The page's own normalised address when it differs from the key, else null. */
  alias: string | null;
}

/**
 * Normalise a page address and its canonical link (relative links resolve against the page).
 * An unusable canonical (not http(s), unparsable, or the site's front page while the article is not)
 * is ignored: some CMSs point every article's canonical at the home page, which would merge them all.
 */
export function normalizeUrl(url: string, canonical?: string | null): NormalizedUrl {
  const own = parseHttp(url);
  const ownKey = normalizeParsed(new URL(own.toString()));
  if (!canonical || !canonical.trim()) return { key: ownKey, alias: null };
  let can: URL;
  try {
    can = parseHttp(canonical, own.toString());
  } catch {
    return { key: ownKey, alias: null };
  }
  const ownIsRoot = own.pathname === '/' && own.search === '';
  const canIsRoot = can.pathname === '/' && can.search === '';
  if (canIsRoot && !ownIsRoot) return { key: ownKey, alias: null };
  const key = normalizeParsed(can);
  return { key, alias: key === ownKey ? null : ownKey };
}

/** Hostname of a normalised key, for the site filter. */
export function siteOf(url: string): string {
  return parseHttp(url).hostname;
}
