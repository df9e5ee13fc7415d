import { browser } from 'wxt/browser';
import type { AnnotationRecord } from '../../utils/core/records';
import { storeClient } from '../../utils/client';
import { downloadText } from '../../utils/download';
import { buildExportFile, markdownLabelsFor } from '../../utils/library/exporting';

/** Downloads the page's highlights as Markdown, named after the page's title and date. */
export async function exportPageMarkdown(annotations: AnnotationRecord[]): Promise<void> {
  const first = annotations[0];
  if (!first) return;
  const page = await storeClient.getPage(first.pageUrl);
  if (!page) throw new Error(`No saved page for ${first.pageUrl}.`);
  const file = buildExportFile('md', [{ page, annotations }], {
    page,
    labels: markdownLabelsFor(browser.i18n.getUILanguage()),
  });
  downloadText(file.text, file.fileName, file.mime);
}
