// What the library tells the user when something fails. The data layer's DbError and
// the backup reader's BackupError already carry a sentence meant for people.

/** A message fit to show: the error's own message, else its text. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string' && err !== '') return err;
  return String(err);
}
