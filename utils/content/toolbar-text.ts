import type { ToolbarText } from '../../components/HighlightToolbar';
import type { t as translate } from '../i18n';

/** The in-page toolbar's text in the browser's language. */
export function toolbarText(t: typeof translate): ToolbarText & {
  deleted: string;
  saveFailed: (reason: string) => string;
} {
  return {
    highlight: t('tbHighlight'),
    colors: {
      yellow: t('colorYellow'),
      green: t('colorGreen'),
      blue: t('colorBlue'),
      pink: t('colorPink'),
      purple: t('colorPurple'),
    },
    tagsPlaceholder: t('tbTags'),
    notePlaceholder: t('tbNote'),
    remove: t('tbDelete'),
    close: t('tbClose'),
    undo: t('tbUndo'),
    deleted: t('tbDeleted'),
    saveFailed: (reason) => t('tbSaveFailed', reason),
  };
}
