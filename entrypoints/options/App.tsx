import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LibraryApp, type LibraryServices } from '../../components/library/LibraryApp';
import { storeClient } from '../../utils/client';
import { downloadText } from '../../utils/download';
import { warmUpCitations } from '../../utils/library/citing';
import { markdownLabelsFor } from '../../utils/library/exporting';

const uiLanguage = browser.i18n.getUILanguage();

const services: LibraryServices = {
  openTab: (url) => void browser.tabs.create({ url }),
  download: (file) => downloadText(file.text, file.fileName, file.mime),
  markdownLabels: markdownLabelsFor(uiLanguage),
  uiLanguage,
};

/** A quiet moment of the page (the first screen drawn, no input waiting), or two seconds at most. */
const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });

/** The library, reading the store through the background (which owns the database). */
export function App() {
  // citeproc's engines take a moment to build: build them while the reader looks at the list,
  // so that "Copy citation" and the exports that cite answer at once.
  useEffect(() => void warmUpCitations(idle), []);
  return <LibraryApp store={storeClient} services={services} />;
}
