// What the exporters take: pages with their highlights, as the library lists them.
import type { AnnotationRecord, PageRecord } from '../core/records';

export interface ExportGroup {
  page: PageRecord;
  /** In the order they should appear (the library gives reading order). */
  annotations: AnnotationRecord[];
}
