// What the library tells the user when something fails. The data layer's DbError and
// the backup reader's BackupError already carry a sentence meant for people (in English);
// for the failures whose meaning does not depend on the operation, a translation can stand in.
import { DbError, type DbErrorCode } from '../core/errors';

/** A sentence in the interface language for a DbError code, or null to keep the error's own words. */
export type Localize = (code: DbErrorCode) => string | null;

/** A message fit to show: the translated sentence for the error's code, else its own message, else its text. */
export function errorMessage(err: unknown, localize?: Localize): string {
  if (err instanceof DbError && localize) {
    const text = localize(err.code);
    if (text) return text;
  }
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string' && err !== '') return err;
  return String(err);
}
