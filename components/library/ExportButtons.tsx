import { t } from '../../utils/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '../../utils/library/exporting';

export function formatLabel(f: ExportFormat): string {
  return f === 'md' ? t('libExportMarkdown') : f === 'csv' ? t('libExportCsv') : t('libExportJsonLd');
}

export function ExportButtons({ onExport }: { onExport: (f: ExportFormat) => void }) {
  return (
    <>
      {EXPORT_FORMATS.map((f) => (
        <button type="button" key={f} class={`export-${f}`} onClick={() => onExport(f)}>
          {formatLabel(f)}
        </button>
      ))}
    </>
  );
}
