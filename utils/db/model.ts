// The records kept in the extension's database: types (and the colour list with
// its guard), shared by the background, the extension pages, the content script,
// the exporters and the tests.
import type { Selector } from '../anchor/types';

/** A page the user saved something on. Keyed by its normalised URL. */
export interface PageRecord {
  /** Normalised URL (fragment and tracking parameters dropped); the canonical link's when the page has one. */
  url: string;
  /** Other normalised URLs the same article was seen at. */
  aliases: string[];
  title: string;
  published: string | null;
  source: string | null;
  /** Hostname, for the site filter. */
  site: string;
  /** What detection found on the page when it was last saved. */
  officials: { name: string; titles: string[] }[];
  meetings: { name: string; date: string | null }[];
  slogans: { text: string; count: number }[];
  created: number;
  updated: number;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export function isHighlightColor(value: unknown): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
}

export interface AnnotationRecord {
  /** Random UUID. */
  id: string;
  /** PageRecord.url */
  pageUrl: string;
  /** One TextQuoteSelector and one TextPositionSelector. */
  selectors: Selector[];
  /**
   * The TextPositionSelector's range in Unicode code points (what the W3C model wants), computed where
   * the page text was at hand (utils/export/codepoints.ts). Optional: without it the JSON-LD export
   * estimates code points from the prefix and quote.
   */
  codePoints?: { start: number; end: number };
  color: HighlightColor;
  tags: string[];
  note: string;
  created: number;
  updated: number;
}

/** What the caller knows about a page when saving it; the database normalises the URL and fills the rest. */
export interface PageInput {
  /** The address the page was read at. */
  url: string;
  /** The page's <link rel=canonical>, if any (relative links are resolved against url). */
  canonical?: string | null;
  title: string;
  published: string | null;
  source: string | null;
  officials: PageRecord['officials'];
  meetings: PageRecord['meetings'];
  slogans: PageRecord['slogans'];
}

/** A row of the search index: the grams of one annotation's text or one page's title (key: see db/text.ts). */
export interface TermsRow {
  key: string;
  grams: string[];
}
