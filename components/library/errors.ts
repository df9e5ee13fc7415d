import { dbErrorText } from '../../utils/i18n';
import { errorMessage } from '../../utils/library/errors';

/** What to tell the user about a failure, in the interface language where possible. */
export function showError(err: unknown): string {
  return errorMessage(err, dbErrorText);
}
