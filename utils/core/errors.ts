// One error type for every database failure, so that callers can show a sentence
// the user understands (and localise by code) instead of a DOMException name.

export type DbErrorCode =
  /** The browser refused to store more (disk full or origin quota). */
  | 'quota'
  /** A record the operation needs is not there. */
  | 'not-found'
  /** The input is not something the database can store. */
  | 'invalid'
  /** The database on disk was written by a newer version of the extension. */
  | 'version'
  /** The database was closed (another tab is upgrading it, or it was deleted). */
  | 'closed'
  /** Anything else: the message carries the browser's own words. */
  | 'failed';

const CODES: readonly DbErrorCode[] = ['quota', 'not-found', 'invalid', 'version', 'closed', 'failed'];

/** Whether a value that crossed a message boundary is one of the codes above. */
export function isDbErrorCode(value: unknown): value is DbErrorCode {
  return typeof value === 'string' && (CODES as readonly string[]).includes(value);
}

export class DbError extends Error {
  readonly code: DbErrorCode;
  constructor(code: DbErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DbError';
    this.code = code;
  }
}
