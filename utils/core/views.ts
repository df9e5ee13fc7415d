// The shapes the store answers with and the queries it takes: what the client API
// (utils/client) carries between the extension pages and the background. Types only.
import type { AnnotationRecord, HighlightColor, PageRecord } from './records';

// ---- lists ----

export interface ListQuery {
  tag?: string;
  color?: HighlightColor;
  site?: string;
  /** An official's name, as detected. */
  official?: string;
  /** A slogan's text, as detected. */
  slogan?: string;
  /** Inclusive YYYY-MM-DD bounds on the date the list is sorted by (page date or saved day). */
  from?: string;
  to?: string;
  /** 'published': by page date (the saved day when the page has none); 'saved': by last save. Newest first. */
  sort?: 'published' | 'saved';
  offset?: number;
  /** Default: all. */
  limit?: number;
}

export interface PageWithAnnotations {
  page: PageRecord;
  /** In reading order. With a tag or colour filter, only the highlights that match it. */
  annotations: AnnotationRecord[];
}

export interface PageList {
  /** How many pages match, for paging. */
  total: number;
  items: PageWithAnnotations[];
}

// ---- search ----

export type SearchField = 'quote' | 'note' | 'tag' | 'title';

export interface SearchMatch {
  field: SearchField;
  /** For field 'tag': which tag (index into annotation.tags). */
  tag?: number;
  /** JavaScript string offsets into that field's text: text.slice(start, end) is the matched text. */
  start: number;
  end: number;
}

export type SearchHit =
  | { kind: 'annotation'; annotation: AnnotationRecord; page: PageRecord | null; matches: SearchMatch[] }
  | { kind: 'page'; page: PageRecord; matches: SearchMatch[] };

export interface SearchOptions {
  /** At most this many hits (default 200). */
  limit?: number;
}

// ---- indexes ----

export interface Appearance {
  url: string;
  title: string;
  /** The page's date (publication date, else the day it was saved), YYYY-MM-DD. */
  date: string;
}

export interface PostTimeline {
  /**
   * The post with its place (utils/core/jurisdiction.ts): as written when it names one
   * (天宁区委书记), composed from the page's place when it does not (区委书记 → 天宁区委书记).
   */
  title: string;
  /** When the place could not be written into the post, what keeps it apart: the source's place (天宁) or the site. */
  where?: string;
  first: string;
  last: string;
  /** Oldest first. */
  pages: Appearance[];
}

export interface OfficialEntry {
  name: string;
  first: string;
  last: string;
  /** Every page the official appears on, oldest first. */
  pages: Appearance[];
  /** Every post seen with the name, by first appearance. */
  posts: PostTimeline[];
}

export interface SloganMonth {
  /** YYYY-MM */
  month: string;
  /** Occurrences on the pages of that month. */
  count: number;
  pages: number;
}

export interface SloganEntry {
  text: string;
  /** Occurrences on all saved pages. */
  total: number;
  pages: number;
  /** Oldest first; only months where it occurs. */
  months: SloganMonth[];
}

export interface Facet {
  value: string;
  /** Pages (sites, officials, slogans) or highlights (tags, colours) that have it. */
  count: number;
}

export interface Facets {
  tags: Facet[];
  colors: Facet[];
  sites: Facet[];
  officials: Facet[];
  slogans: Facet[];
}

// ---- backup import ----

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

/** Counts of highlights; `pages` counts pages. */
export interface ImportReport extends ImportCounts {
  pages: ImportCounts;
}

// ---- deleting with undo ----

/** What deletePage removed, to be given back to restorePage. */
export interface RemovedPage {
  page: PageRecord;
  annotations: AnnotationRecord[];
}
