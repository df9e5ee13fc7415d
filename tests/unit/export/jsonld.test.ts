import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { codePointLength, codePointPosition, toCodePointRange } from '../../../utils/export/codepoints';
import { annotationIri, buildJsonLd, toWebAnnotation } from '../../../utils/export/jsonld';
import { annotation, group, page } from './fixtures';

/** The parts of the W3C Web Annotation Data Model the export must satisfy. */
const IsoDate = v.pipe(v.string(), v.isoTimestamp());
const Iri = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'an IRI'));
const NonNegative = v.pipe(v.number(), v.integer(), v.minValue(0));
const WebAnnotationSchema = v.object({
  '@context': v.literal('http://www.w3.org/ns/anno.jsonld'),
  id: Iri,
  type: v.literal('Annotation'),
  motivation: v.optional(v.picklist(['highlighting', 'commenting', 'tagging'])),
  created: IsoDate,
  modified: IsoDate,
  body: v.optional(
    v.pipe(
      v.array(
        v.object({
          type: v.literal('TextualBody'),
          purpose: v.picklist(['tagging', 'commenting']),
          value: v.pipe(v.string(), v.minLength(1)),
          format: v.optional(v.literal('text/plain')),
        }),
      ),
      v.minLength(1),
    ),
  ),
  target: v.object({
    source: Iri,
    selector: v.pipe(
      v.array(
        v.variant('type', [
          v.object({
            type: v.literal('TextQuoteSelector'),
            exact: v.string(),
            prefix: v.string(),
            suffix: v.string(),
          }),
          v.pipe(
            v.object({ type: v.literal('TextPositionSelector'), start: NonNegative, end: NonNegative }),
            v.check((s) => s.start <= s.end, 'start ≤ end'),
          ),
        ]),
      ),
      v.minLength(1),
    ),
  }),
});
const CollectionSchema = v.object({
  '@context': v.literal('http://www.w3.org/ns/anno.jsonld'),
  type: v.literal('AnnotationCollection'),
  label: v.string(),
  total: NonNegative,
  first: v.object({
    type: v.literal('AnnotationPage'),
    startIndex: v.literal(0),
    items: v.array(WebAnnotationSchema),
  }),
});

describe('code points', () => {
  it.each([
    ['人大', 2],
    ['𠮷', 1],
    ['𠮷野家', 3],
    ['a😀b', 3],
    ['\ud842', 1],
    ['', 0],
  ])('codePointLength(%j) = %i', (s, n) => expect(codePointLength(s)).toBe(n));

  it('converts JS offsets to code points from the page text', () => {
    const text = '𠮷野家𠮷是人大代表';
    const start = text.indexOf('人大');
    expect(start).toBe(7);
    expect(toCodePointRange(text, start, start + 2)).toEqual({ start: 5, end: 7 });
    expect(toCodePointRange(text, 3, 6)).toEqual({ start: 2, end: 4 });
  });

  it.each([
    [
      'stored code points are used as they are',
      { codePoints: { start: 1, end: 2 } },
      { start: 1, end: 2, exact: true },
    ],
    ['no astral characters: same as JS offsets', {}, { start: 20, end: 26, exact: false }],
    [
      'astral characters in the prefix and quote',
      {
        selectors: [
          { type: 'TextQuoteSelector' as const, exact: '𠮷人大', prefix: '甲𠮷乙𠮷', suffix: '' },
          { type: 'TextPositionSelector' as const, start: 10, end: 14 },
        ],
      },
      { start: 8, end: 11, exact: false },
    ],
    [
      'a prefix cut inside a surrogate pair',
      {
        selectors: [
          { type: 'TextQuoteSelector' as const, exact: '人', prefix: '\udfb7人', suffix: '' },
          { type: 'TextPositionSelector' as const, start: 3, end: 4 },
        ],
      },
      { start: 2, end: 3, exact: false },
    ],
    [
      'no position selector',
      { selectors: [{ type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' }] },
      null,
    ],
  ])('codePointPosition: %s', (_why, overrides, expected) => {
    expect(codePointPosition(annotation('坚持党的领导', overrides))).toEqual(expected);
  });

  it('estimate agrees with the exact conversion when the prefix covers the astral characters', () => {
    const text = '甲𠮷乙𠮷𠮷人大代表';
    const exact = '𠮷人大';
    const start = text.indexOf(exact);
    const a = annotation(exact, {
      selectors: [
        { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: '' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    });
    const { start: s, end: e } = codePointPosition(a) ?? { start: -1, end: -1 };
    expect({ start: s, end: e }).toEqual(toCodePointRange(text, start, start + exact.length));
    expect([...text].slice(s, e).join('')).toBe(exact);
  });
});

describe('toWebAnnotation', () => {
  it('writes the W3C model exactly', () => {
    const a = annotation('𠮷野家的人大代表', {
      tags: ['人大', '代表'],
      note: '注意用词',
      codePoints: { start: 7, end: 15 },
    });
    expect(toWebAnnotation(page(), a)).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0b0c0d0e-1111-4222-8333-444455556666',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-23T04:05:06.007Z',
      modified: '2026-11-24T00:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: '人大' },
        { type: 'TextualBody', purpose: 'tagging', value: '代表' },
        { type: 'TextualBody', purpose: 'commenting', value: '注意用词', format: 'text/plain' },
      ],
      target: {
        source: 'https://rd.example.gov.cn/a/1.html',
        selector: [
          { type: 'TextQuoteSelector', exact: '𠮷野家的人大代表', prefix: '会议强调，', suffix: '。' },
          { type: 'TextPositionSelector', start: 7, end: 15 },
        ],
      },
    });
  });

  it('a plain highlight has no body and motivation highlighting', () => {
    const w = toWebAnnotation(page(), annotation('x', { note: '  ' }));
    expect(w.body).toBeUndefined();
    expect(w.motivation).toBe('highlighting');
    expect(v.safeParse(WebAnnotationSchema, w).success).toBe(true);
  });

  it.each([
    ['0B0C0D0E-1111-4222-8333-444455556666', 'urn:uuid:0b0c0d0e-1111-4222-8333-444455556666'],
    ['a1', 'urn:renda-reader:annotation:a1'],
    ['旧 id/1', 'urn:renda-reader:annotation:%E6%97%A7%20id%2F1'],
  ])('annotationIri(%j)', (id, iri) => expect(annotationIri(id)).toBe(iri));
});

describe('buildJsonLd', () => {
  it('is a valid AnnotationCollection of valid Annotations', () => {
    const text = buildJsonLd([
      group([annotation('一', { tags: ['t'] }), annotation('二', { id: 'a2', note: 'n' })]),
      group([annotation('𠮷', { id: 'a3' })], { url: 'https://x.cn/b' }),
      group([], { url: 'https://x.cn/empty' }),
    ]);
    expect(text.endsWith('}\n')).toBe(true);
    const data: unknown = JSON.parse(text);
    const result = v.safeParse(CollectionSchema, data);
    expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toBeUndefined();
    expect((data as { total: number }).total).toBe(3);
  });

  it('the schema check catches a missing field', () => {
    const w = {
      ...toWebAnnotation(page(), annotation('x')),
      target: { source: 'https://x.cn/', selector: [] },
    };
    expect(v.safeParse(WebAnnotationSchema, w).success).toBe(false);
  });
});
