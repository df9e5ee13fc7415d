// The shape of every stored record, written once as valibot schemas; the TypeScript
// types are derived from them. Saves check records against them before writing and
// backup import checks files against them, so whatever the store holds can be
// backed up and restored. Dependency-free but for valibot: the content side, the
// store, the exporters and the tests all read it.
import * as v from 'valibot';
import { DbError } from './errors';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export function isHighlightColor(value: unknown): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
}

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const date = v.pipe(v.string(), v.regex(DAY_RE, 'Expected a date as YYYY-MM-DD'));
const nonEmpty = v.pipe(v.string(), v.minLength(1, 'Expected a non-empty string'));
const colorSchema = v.picklist(
  HIGHLIGHT_COLORS,
  (issue) =>
    `Unknown highlight colour ${String(issue.received)} (expected one of ${HIGHLIGHT_COLORS.join(', ')})`,
);
const range = v.pipe(
  v.strictObject({ start: offset, end: offset }),
  v.check((r) => r.end >= r.start, 'Expected whole-number offsets with start ≤ end'),
);

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.string(),
  prefix: v.string(),
  suffix: v.string(),
});
export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((s) => s.end >= s.start, 'A TextPositionSelector needs whole-number offsets with start ≤ end'),
);
export const SelectorSchema = v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema]);

/** The detection results a page record keeps (mentions, kinds and glosses are recomputed, not stored). */
const OfficialSchema = v.strictObject({ name: v.string(), titles: v.array(v.string()) });
const MeetingSchema = v.strictObject({ name: v.string(), date: v.nullable(date) });
const SloganSchema = v.strictObject({ text: v.string(), count: offset });

const HASH_RE = /^[0-9a-f]{64}$/;
/** A version's identity: utils/archive/hash.ts articleHash (SHA-256 of the normalised title and text). */
const hash = v.pipe(v.string(), v.regex(HASH_RE, 'Expected a SHA-256 hash in hexadecimal'));
const goneReason = v.picklist(['http', 'not-found-page', 'missing']);

/**
 * What the reader is told about the saved article on the page record, so that the page list and the
 * popup need not read versions: the last change seen, the article gone, a version not kept.
 */
const ArchiveStateSchema = v.strictObject({
  /** The hash of the version last seen on the page. */
  current: v.optional(hash),
  /** The last time a version unlike the one before it was saved, and how it differed from that one. */
  change: v.optional(
    v.strictObject({
      at: time,
      /** When the version before it was last seen: "changed since". */
      since: time,
      edited: offset,
      removed: offset,
      added: offset,
    }),
  ),
  /** Set when the page was found without its article (a 404, a "page not found", another page); cleared when the article is seen again. */
  gone: v.optional(v.strictObject({ at: time, reason: goneReason })),
  /** The last version that was not kept, because of the storage budget (utils/archive/budget.ts). */
  notKept: v.optional(
    v.strictObject({
      at: time,
      reason: v.picklist(['version-too-large', 'library-full']),
      size: offset,
      limit: offset,
    }),
  ),
});

export const PageSchema = v.strictObject({
  /** Normalised URL (fragment and tracking parameters dropped); the canonical link's when the page has one. */
  url: nonEmpty,
  /** Other normalised URLs the same article was seen at. */
  aliases: v.array(v.string()),
  title: v.string(),
  published: v.nullable(date),
  source: v.nullable(v.string()),
  /** Hostname, for the site filter. */
  site: v.string(),
  /**
   * What a citation names beside the record's fields: the byline as the page gives it (记者 张三,
   * its authors) and the site's own name (og:site_name, the <title>'s tail; its container).
   * Optional: pages saved before they were kept have neither, and stay valid.
   */
  byline: v.optional(v.nullable(v.string())),
  siteName: v.optional(v.nullable(v.string())),
  officials: v.array(OfficialSchema),
  meetings: v.array(MeetingSchema),
  slogans: v.array(SloganSchema),
  /** Optional: pages saved before articles were kept have none. */
  archive: v.optional(ArchiveStateSchema),
  created: time,
  updated: time,
});

/** One distinct version of a page's article, kept once (by hash) with when it was first and last seen. */
export const VersionSchema = v.strictObject({
  /** PageRecord.url */
  pageUrl: nonEmpty,
  hash,
  title: v.string(),
  published: v.nullable(date),
  source: v.nullable(v.string()),
  byline: v.nullable(v.string()),
  /** The extracted article text, passages separated by line breaks. */
  text: v.string(),
  officials: v.array(OfficialSchema),
  meetings: v.array(MeetingSchema),
  slogans: v.array(SloganSchema),
  firstSeen: time,
  lastSeen: time,
  /** Its size as the budget counts it (utils/archive/budget.ts versionBytes). */
  bytes: offset,
});

export const AnnotationSchema = v.strictObject({
  /** Random UUID. */
  id: nonEmpty,
  /** PageRecord.url */
  pageUrl: nonEmpty,
  /** One TextQuoteSelector and one TextPositionSelector. */
  selectors: v.array(SelectorSchema),
  /**
   * The position selector's range in code points (what the W3C model wants), computed where the page
   * text was at hand; without it the JSON-LD export estimates from the prefix and quote.
   */
  codePoints: v.optional(range),
  /** The hash of the saved article version it was made on (absent before articles were kept). */
  version: v.optional(hash),
  color: colorSchema,
  tags: v.array(v.string()),
  note: v.string(),
  created: time,
  updated: time,
});

export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
export type Selector = TextQuoteSelector | TextPositionSelector;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
/** A page the user saved something on. Keyed by its normalised URL. */
export type PageRecord = v.InferOutput<typeof PageSchema>;
export type AnnotationRecord = v.InferOutput<typeof AnnotationSchema>;
export type VersionRecord = v.InferOutput<typeof VersionSchema>;
/** A version as the database holds it: with its auto-increment key (small, for the text index's postings). */
export type StoredVersion = VersionRecord & { n: number };
export type ArchiveState = NonNullable<PageRecord['archive']>;
export type GoneReason = NonNullable<ArchiveState['gone']>['reason'];

// What callers send to be saved: the store fills in keys, dates and the site. Detection results
// may carry more fields than a record keeps (non-strict objects); the store keeps the named ones.
const looseOfficial = v.looseObject({ name: v.string(), titles: v.array(v.string()) });
const looseMeeting = v.looseObject({ name: v.string(), date: v.nullable(date) });
const looseSlogan = v.looseObject({ text: v.string(), count: offset });

const badDate = (issue: { input: unknown }) =>
  `The page date must be YYYY-MM-DD or null, not ${JSON.stringify(issue.input)}`;

export const PageInputSchema = v.object({
  /** The address the page was read at. */
  url: v.string('The page address must be a string'),
  /** The page's <link rel=canonical>, if any (relative links are resolved against url). */
  canonical: v.optional(v.nullable(v.string())),
  title: v.string('The page has no title string'),
  published: v.nullable(v.pipe(v.string(badDate), v.regex(DAY_RE, badDate))),
  source: v.nullable(v.string('The page source must be a string or null')),
  /** For the citation (see PageSchema); an analyzer of an older release sends neither. */
  byline: v.optional(v.nullable(v.string('The page byline must be a string or null'))),
  siteName: v.optional(v.nullable(v.string("The site's name must be a string or null"))),
  officials: v.array(looseOfficial, "The page's officials must be a list"),
  meetings: v.array(looseMeeting, "The page's meetings must be a list"),
  slogans: v.array(looseSlogan, "The page's slogans must be a list"),
});
/** What the caller knows about a page when saving it; the store normalises the URL and fills the rest. */
export type PageInput = v.InferInput<typeof PageInputSchema>;

const tagsSchema = v.array(v.string(), 'Tags must be a list of strings');
const noteSchema = v.string('A note must be a string');
// Selectors as received: any object with a type (unknown fields are dropped on save, unknown
// types are rejected by the record schema with their path).
const selectorsInput = v.pipe(
  v.array(v.looseObject({ type: v.string() }), 'A highlight needs a list of selectors'),
  v.check(
    (list) =>
      list.some((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact !== ''),
    'A highlight needs a TextQuoteSelector with the quoted text',
  ),
);

export const AnnotationInputSchema = v.object({
  selectors: selectorsInput,
  color: colorSchema,
  tags: v.optional(tagsSchema),
  note: v.optional(noteSchema),
  codePoints: v.optional(range),
});

export const AnnotationChangesSchema = v.object({
  color: v.optional(colorSchema),
  tags: v.optional(tagsSchema),
  note: v.optional(noteSchema),
  /** After re-anchoring on a changed page. */
  selectors: v.optional(selectorsInput),
  codePoints: v.optional(range),
});
export interface AnnotationChanges {
  color?: HighlightColor;
  tags?: string[];
  note?: string;
  selectors?: Selector[];
  codePoints?: { start: number; end: number };
}

/** annotations[3].selectors[0].exact */
export function formatPath(path: readonly { key: unknown }[] | undefined): string | null {
  if (!path || path.length === 0) return null;
  let out = '';
  for (const { key } of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The value as the schema reads it, or DbError 'invalid' naming the first bad field. */
export function check<S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = formatPath(issue.path as { key: unknown }[] | undefined);
  throw new DbError('invalid', `Cannot save this ${what}: ${path ?? 'it'} is invalid (${issue.message}).`);
}

export function checkPageRecord(p: unknown): PageRecord {
  return check(PageSchema, p, 'page');
}

export function checkAnnotationRecord(a: unknown): AnnotationRecord {
  return check(AnnotationSchema, a, 'highlight');
}

/** The quote of an annotation (its TextQuoteSelector's exact text), or '' if it has none. */
export function quoteOf(a: Pick<AnnotationRecord, 'selectors'>): string {
  for (const s of a.selectors) if (s.type === 'TextQuoteSelector') return s.exact;
  return '';
}

/** Calendar day (local time) of a timestamp, as YYYY-MM-DD. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** The date a page is filed under: its publication date, else the day it was first saved. */
export function pageDate(p: PageRecord): string {
  return p.published ?? localDay(p.created);
}

function positionOf(a: AnnotationRecord): number {
  for (const s of a.selectors) if (s.type === 'TextPositionSelector') return s.start;
  return Number.MAX_SAFE_INTEGER;
}

/** Reading order: by position in the page, then by creation. */
export function byPosition(a: AnnotationRecord, b: AnnotationRecord): number {
  return positionOf(a) - positionOf(b) || a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The version the reader saw last of a page's saved versions (the last of a tie), if any. */
export function lastSeenOf<V extends { lastSeen: number }>(versions: readonly V[]): V | undefined {
  return versions.reduce<V | undefined>(
    (best, v) => (!best || v.lastSeen >= best.lastSeen ? v : best),
    undefined,
  );
}
