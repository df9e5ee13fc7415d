import type { HighlightColor } from '../../utils/db/model';
import { t } from '../../utils/i18n';

/** The colour's name in the interface language. */
export function colorName(c: HighlightColor): string {
  switch (c) {
    case 'yellow':
      return t('libColorYellow');
    case 'green':
      return t('libColorGreen');
    case 'blue':
      return t('libColorBlue');
    case 'pink':
      return t('libColorPink');
    case 'purple':
      return t('libColorPurple');
  }
}
