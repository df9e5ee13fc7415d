// citation-js, set up once: the CSL plugin with the official styles and locales compiled into
// csl/styles.ts, the RIS and BibTeX plugins. Only cite.ts, ris.ts and bibtex.ts import this (the
// extension pages, never the content script: with citeproc and the styles this is some 950 kB
// minified, 200 kB gzipped; tests/unit/export/bundle.test.ts keeps it out). Nothing here fetches:
// the items are CSL-JSON objects, never an address or a DOI for citation-js to look up, and every
// style and locale it asks for is registered below (plugin-csl falls back to an empty locale,
// not to the network, for any other).
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { CHICAGO_NOTES_BIBLIOGRAPHY, GB7714_2015_NUMERIC, LOCALE_EN_US, LOCALE_ZH_CN } from './csl/styles';

export const GB7714_TEMPLATE = 'china-national-standard-gb-t-7714-2015-numeric';
export const CHICAGO_TEMPLATE = 'chicago-notes-bibliography';

const csl = plugins.config.get('@csl');
csl.templates.add(GB7714_TEMPLATE, GB7714_2015_NUMERIC);
csl.templates.add(CHICAGO_TEMPLATE, CHICAGO_NOTES_BIBLIOGRAPHY);
// Replaces the en-US that plugin-csl bundles, so that both locales are the same release.
csl.locales.add('zh-CN', LOCALE_ZH_CN);
csl.locales.add('en-US', LOCALE_EN_US);

const bibtex = plugins.config.get('@bibtex');
// With asciiOnly, plugin-bibtex writes what it cannot spell in LaTeX as nothing: every Chinese
// character would vanish. bibtex.ts escapes LaTeX's special characters itself instead.
bibtex.format.asciiOnly = false;
// The key is the item's id (renda20220701…), not one made of the ASCII letters of the names.
bibtex.format.useIdAsLabel = true;

export { Cite };
