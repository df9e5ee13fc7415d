import { browser } from 'wxt/browser';
import type { DbErrorCode } from '../../utils/db/errors';
import { t } from '../../utils/i18n';
import { errorMessage } from '../../utils/library/errors';

/**
 * The data layer words its errors in English, naming the operation that failed. In an English
 * interface those words are the best; in Chinese, the failures that mean the same whatever the
 * operation are said in Chinese.
 */
function localize(code: DbErrorCode): string | null {
  if (!/^zh/i.test(browser.i18n.getUILanguage())) return null;
  switch (code) {
    case 'quota':
      return t('libDbQuota');
    case 'version':
      return t('libDbVersion');
    case 'closed':
      return t('libDbClosed');
    default:
      return null;
  }
}

/** What to tell the user about a failure, in the interface language where possible. */
export function showError(err: unknown): string {
  return errorMessage(err, localize);
}
