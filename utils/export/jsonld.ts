// JSON-LD export following the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/): each highlight is an Annotation whose
// target is the page with a TextQuoteSelector and a TextPositionSelector (in code
// points), tags are `tagging` bodies and the note a `commenting` body.
import type { AnnotationRecord, PageRecord } from '../core/records';
import { codePointPosition } from './codepoints';
import type { ExportGroup } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format?: 'text/plain';
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: {
    source: string;
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An IRI for the annotation: urn:uuid: for our random UUIDs, a urn of our own for older ids. */
export function annotationIri(id: string): string {
  return UUID.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:renda-reader:annotation:${encodeURIComponent(id)}`;
}

export function toWebAnnotation(page: PageRecord, a: AnnotationRecord): WebAnnotation {
  const body: TextualBody[] = a.tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }));
  if (a.note.trim() !== '')
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  const selector: WebAnnotation['target']['selector'] = [];
  for (const s of a.selectors) {
    if (s.type === 'TextQuoteSelector') {
      selector.push({ type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix });
    }
  }
  const pos = codePointPosition(a);
  if (pos) selector.push({ type: 'TextPositionSelector', start: pos.start, end: pos.end });
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: a.note.trim() !== '' ? 'commenting' : 'highlighting',
    created: new Date(a.created).toISOString(),
    modified: new Date(a.updated).toISOString(),
    ...(body.length > 0 ? { body } : {}),
    target: { source: page.url, selector },
  };
}

/** An AnnotationCollection with every highlight in one page of items, pretty-printed. */
export function buildJsonLd(groups: readonly ExportGroup[], label = 'Renda Reader highlights'): string {
  const items = groups.flatMap(({ page, annotations }) => annotations.map((a) => toWebAnnotation(page, a)));
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
