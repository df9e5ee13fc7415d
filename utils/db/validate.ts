// The shape of every stored record, as one valibot schema: the save paths check
// records against it before writing, and backup import checks files against it,
// so whatever the database holds can be backed up and restored.
import * as v from 'valibot';
import { DbError } from './errors';
import { HIGHLIGHT_COLORS, type AnnotationRecord, type PageRecord } from './model';

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'));
const nonEmpty = v.pipe(v.string(), v.minLength(1, 'Expected a non-empty string'));

export const PageSchema = v.strictObject({
  url: nonEmpty,
  aliases: v.array(v.string()),
  title: v.string(),
  published: v.nullable(date),
  source: v.nullable(v.string()),
  site: v.string(),
  officials: v.array(v.strictObject({ name: v.string(), titles: v.array(v.string()) })),
  meetings: v.array(v.strictObject({ name: v.string(), date: v.nullable(date) })),
  slogans: v.array(v.strictObject({ text: v.string(), count: offset })),
  created: time,
  updated: time,
});

export const SelectorSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('TextQuoteSelector'),
    exact: v.string(),
    prefix: v.string(),
    suffix: v.string(),
  }),
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
]);

export const AnnotationSchema = v.strictObject({
  id: nonEmpty,
  pageUrl: nonEmpty,
  selectors: v.array(SelectorSchema),
  codePoints: v.optional(v.strictObject({ start: offset, end: offset })),
  color: v.picklist(HIGHLIGHT_COLORS),
  tags: v.array(v.string()),
  note: v.string(),
  created: time,
  updated: time,
});

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

function check<T>(schema: v.GenericSchema<T>, value: unknown, what: string): T {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = formatPath(issue.path as { key: unknown }[] | undefined);
  throw new DbError('invalid', `Cannot save this ${what}: ${path ?? 'it'} is invalid (${issue.message}).`);
}

/** Throws DbError 'invalid' naming the first bad field. */
export function checkPageRecord(p: PageRecord): PageRecord {
  return check(PageSchema, p, 'page');
}

export function checkAnnotationRecord(a: AnnotationRecord): AnnotationRecord {
  return check(AnnotationSchema, a, 'highlight');
}
