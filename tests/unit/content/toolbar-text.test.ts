// The in-page "Not saved" message: the database's own English sentence in an
// English browser, the translated one in a Chinese browser for the failures
// that mean the same whatever was being saved.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toolbarText } from '../../../utils/content/toolbar-text';
import { DbError } from '../../../utils/core/errors';
import { t } from '../../../utils/i18n';
import { message, useLocale } from '../library/i18n';

const FULL = new DbError(
  'quota',
  "Could not save the highlight: the browser's storage for this extension is full.",
);

describe('toolbar text: a save that failed', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['en', FULL, message('tbSaveFailed', [FULL.message], 'en')],
    ['zh_CN', FULL, message('tbSaveFailed', [message('libDbQuota', [], 'zh_CN')], 'zh_CN')],
    // No translation for a failure whose meaning depends on the operation: its own words.
    ['zh_CN', new DbError('failed', 'Could not save: AbortError'), '未能保存：Could not save: AbortError'],
    ['zh_CN', new Error('No answer from the extension.'), '未能保存：No answer from the extension.'],
  ] as const)('in %s: %s', (locale, err, expected) => {
    useLocale(locale);
    expect(toolbarText(t).saveFailed(err)).toBe(expected);
  });
});
