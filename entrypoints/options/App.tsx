import { browser } from 'wxt/browser';
import { LibraryApp, type LibraryServices } from '../../components/library/LibraryApp';
import { storeClient } from '../../utils/client';
import { downloadText } from '../../utils/download';
import { markdownLabelsFor } from '../../utils/library/exporting';

const services: LibraryServices = {
  openTab: (url) => void browser.tabs.create({ url }),
  download: (file) => downloadText(file.text, file.fileName, file.mime),
  markdownLabels: markdownLabelsFor(browser.i18n.getUILanguage()),
};

/** The library, reading the store through the background (which owns the database). */
export function App() {
  return <LibraryApp store={storeClient} services={services} />;
}
