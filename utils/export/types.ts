// What the exporters take: pages with their highlights, as the library lists them.
import type { AnnotationRecord, PageRecord } from '../core/records';

/** Where a post is (天宁区, 区): from the post, or the page, when the caller could tell. */
export interface PostPlace {
  place: string;
  level: string;
}

/** What the detection says of an official beyond the stored record (which keeps name and titles). */
export interface OfficialExtras {
  /** The name as English texts write it (Xu Xiaobo). */
  pinyin?: string | null;
  /** The English of each title, in the order of the record's titles; null where there is none. */
  glosses?: readonly (string | null)[];
  /** Where each title's post is, in the same order; null where it is not known. */
  places?: readonly (PostPlace | null)[];
}

/** A page's fields that the stored record does not keep, when the caller has them (all optional). */
export interface PageExtras {
  byline?: string | null;
  /** The site's own name (the analyze command's citation container-title), for the citation. */
  siteName?: string | null;
  /** By the official's name. */
  officials?: Readonly<Record<string, OfficialExtras>>;
  /** The English of each meeting's name, by its name; null where there is none. */
  meetings?: Readonly<Record<string, string | null>>;
}

export interface ExportGroup {
  page: PageRecord;
  /** In the order they should appear (the library gives reading order). */
  annotations: AnnotationRecord[];
  extras?: PageExtras;
}
