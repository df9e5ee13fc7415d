// Whatever Dexie or IndexedDB throws becomes a DbError with a sentence the user understands.
import { DbError } from '../core/errors';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The error and every error it wraps (Dexie's inner, ES cause, BulkError failures), outermost first. */
function chain(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [err];
  while (queue.length > 0 && out.length < 20) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null) continue;
    const el = e as ErrorLike;
    out.push(el);
    queue.push(el.inner, el.cause);
    if (Array.isArray(el.failures)) queue.push(...(el.failures as unknown[]));
  }
  return out;
}

function hasName(err: unknown, ...names: string[]): boolean {
  return chain(err).some((e) => typeof e.name === 'string' && names.includes(e.name));
}

function innermostMessage(err: unknown): string {
  const all = chain(err);
  for (let i = all.length - 1; i >= 0; i--) {
    const m = all[i]?.message;
    if (typeof m === 'string' && m !== '') return m;
  }
  return String(err);
}

/** Translates anything thrown by Dexie/IndexedDB during `operation` into a DbError (DbErrors pass through). */
export function toDbError(err: unknown, operation: string): DbError {
  if (err instanceof DbError) return err;
  if (hasName(err, 'QuotaExceededError')) {
    return new DbError(
      'quota',
      `Could not ${operation}: the browser's storage for this extension is full. ` +
        'Free some disk space, or export a backup and delete old highlights, then try again. Nothing was changed.',
      { cause: err },
    );
  }
  if (hasName(err, 'VersionError')) {
    return new DbError(
      'version',
      `Could not ${operation}: the saved highlights were written by a newer version of this extension. ` +
        'Update the extension to open them.',
      { cause: err },
    );
  }
  if (hasName(err, 'DatabaseClosedError')) {
    return new DbError(
      'closed',
      `Could not ${operation}: the database was closed (another tab may be upgrading it). Try again.`,
      { cause: err },
    );
  }
  return new DbError('failed', `Could not ${operation}: ${innermostMessage(err)}`, { cause: err });
}

/** Runs a database operation; whatever it throws comes out as a DbError. */
export async function guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw toDbError(err, operation);
  }
}
