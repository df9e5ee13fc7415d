// Apart from ExportButtons so that the popup can name the styles without importing the exporters
// (and through them pinyin-pro and the English tables, half a megabyte it never uses).
import { t } from '../utils/i18n';
import type { CitationStyle } from '../utils/export/cite';

/** A citation style's name in the interface language. */
export function styleLabel(style: CitationStyle): string {
  return style === 'gb7714'
    ? t('libCiteGb7714')
    : style === 'chicago-note'
      ? t('libCiteChicagoNote')
      : t('libCiteChicagoBibliography');
}
