// The shapes the store answers with and the queries it takes: what the client API
// (utils/client) carries between the extension pages and the background. Types only.
import type { AnnotationRecord, ArchiveState, HighlightColor, PageRecord, StoredVersion } from './records';

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

export type SearchField = 'quote' | 'note' | 'tag' | 'title' | 'text';

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
  | { kind: 'page'; page: PageRecord; matches: SearchMatch[] }
  /**
   * The saved article text of a page: the newest version holding the query, an excerpt around its
   * first occurrence (matches are offsets into `excerpt`) and how often it occurs in that version.
   */
  | {
      kind: 'text';
      page: PageRecord;
      version: VersionSummary;
      /** Whether that version is the one last seen on the page (else only an older copy holds it). */
      current: boolean;
      excerpt: string;
      matches: SearchMatch[];
      count: number;
    };

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
  /** Saved copies of articles (files before backup version 3 have none). */
  versions?: ImportCounts;
}

// ---- deleting with undo ----

/** What deletePage removed, to be given back to restorePage. */
export interface RemovedPage {
  page: PageRecord;
  annotations: AnnotationRecord[];
  /** The saved versions of its article (absent in what an older release removed). */
  versions?: StoredVersion[];
}

// ---- saved articles ----

/** The article as the content script read it, to be kept as a version of its page. */
export interface ArticleSnapshot {
  title: string;
  text: string;
  published: string | null;
  source: string | null;
  byline: string | null;
  officials: { name: string; titles: string[] }[];
  meetings: { name: string; date: string | null }[];
  slogans: { text: string; count: number }[];
}

/** What a content script reports about its page when it opens. */
export interface Visit {
  url: string;
  canonical: string | null;
  /** The navigation's HTTP status when the browser tells it (0 or absent: unknown). */
  status?: number;
  /** document.title */
  title: string;
  /** The page's visible text (the start of it), for pages that hold no article. */
  text: string;
  /** The article as read now, or null when the page holds none. */
  snapshot: ArticleSnapshot | null;
}

/** A saved version without its text: what lists of versions show. */
export interface VersionSummary {
  n: number;
  hash: string;
  title: string;
  firstSeen: number;
  lastSeen: number;
  chars: number;
}

export interface ArchiveUsage {
  usedBytes: number;
  budgetBytes: number;
  versions: number;
}

/** What the popup says about a saved page's article: its versions and the page's archive state. */
export interface ArchiveStatus {
  pageUrl: string;
  archive: ArchiveState;
  /** Oldest first. */
  versions: VersionSummary[];
}
