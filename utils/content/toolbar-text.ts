import { colorName } from '../../components/colors';
import type { ToolbarText } from '../../components/HighlightToolbar';
import { HIGHLIGHT_COLORS } from '../core/records';
import { dbErrorText, type t as translate } from '../i18n';
import { errorMessage } from '../library/errors';

/** The in-page toolbar's text in the browser's language. */
export function toolbarText(t: typeof translate): ToolbarText & {
  deleted: string;
  nothingSelected: string;
  saveFailed: (err: unknown) => string;
} {
  return {
    highlight: t('tbHighlight'),
    colors: Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, colorName(c)])) as ToolbarText['colors'],
    tagsPlaceholder: t('tbTags'),
    notePlaceholder: t('tbNote'),
    remove: t('tbDelete'),
    close: t('tbClose'),
    undo: t('tbUndo'),
    deleted: t('tbDeleted'),
    nothingSelected: t('tbNothingSelected'),
    saveFailed: (err) => t('tbSaveFailed', errorMessage(err, dbErrorText)),
  };
}
