import type { HighlightColor } from '../utils/core/records';
import { t } from '../utils/i18n';

/** Opaque swatch colours for buttons and dots (the page itself gets translucent fills). */
export const SWATCH: Record<HighlightColor, string> = {
  yellow: '#ffe066',
  green: '#b2f2bb',
  blue: '#a5d8ff',
  pink: '#fcc2d7',
  purple: '#d0bfff',
};

/** The colour's name in the interface language. */
export function colorName(c: HighlightColor): string {
  switch (c) {
    case 'yellow':
      return t('colorYellow');
    case 'green':
      return t('colorGreen');
    case 'blue':
      return t('colorBlue');
    case 'pink':
      return t('colorPink');
    case 'purple':
      return t('colorPurple');
  }
}
