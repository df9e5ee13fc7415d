import { t } from '../../utils/i18n';
import type { CitationStyle } from '../../utils/library/citing';
import { EXPORT_FORMATS, type ExportFormat } from '../../utils/library/exporting';
import { styleLabel } from '../citation-style-label';

export function formatLabel(f: ExportFormat): string {
  switch (f) {
    case 'md':
      return t('libExportMarkdown');
    case 'csv':
      return t('libExportCsv');
    case 'jsonld':
      return t('libExportJsonLd');
    case 'ris':
      return t('libExportRis');
    case 'bib':
      return t('libExportBibtex');
    case 'csljson':
      return t('libExportCslJson');
    case 'officials':
      return t('libExportOfficials');
  }
}

/** Buttons for some export formats (by default the highlight formats), one a line in a menu. */
export function ExportButtons({
  onExport,
  formats = EXPORT_FORMATS,
}: {
  onExport: (f: ExportFormat) => void;
  formats?: readonly ExportFormat[];
}) {
  return (
    <>
      {formats.map((f) => (
        <button type="button" key={f} class={`export-${f}`} onClick={() => onExport(f)}>
          {formatLabel(f)}
        </button>
      ))}
    </>
  );
}

/**
 * "Copy citation" in a menu: a small heading, then one button per style, the interface's default
 * first. Each button's name says what it does, the style's name included as shown.
 */
export function CitationButtons({
  styles,
  onCite,
}: {
  styles: readonly CitationStyle[];
  onCite: (style: CitationStyle) => void;
}) {
  return (
    <>
      <p class="menu-title">{t('libCopyCitation')}</p>
      {styles.map((s) => (
        <button
          type="button"
          key={s}
          class={`cite cite-${s}`}
          aria-label={t('libCopyCitationIn', styleLabel(s))}
          onClick={() => onCite(s)}
        >
          {styleLabel(s)}
        </button>
      ))}
    </>
  );
}
