// The records kept in the extension's database. Pure types, shared by the
// background, the extension pages, the exporters and the tests.
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

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

export interface AnnotationRecord {
  /** Random UUID. */
  id: string;
  /** PageRecord.url */
  pageUrl: string;
  /** One TextQuoteSelector and one TextPositionSelector. */
  selectors: Selector[];
  color: HighlightColor;
  tags: string[];
  note: string;
  created: number;
  updated: number;
}
