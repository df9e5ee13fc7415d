// Which citation styles an interface offers, in its order: kept apart from citing.ts so that the
// popup can list them without loading the citation code (it loads that only when asked to cite).
import type { CitationStyle } from '../export/cite';

const isChinese = (uiLanguage: string): boolean => /^zh([-_]|$)/i.test(uiLanguage);

/**
 * The styles "Copy citation" offers, the interface's default first: GB/T 7714 for a Chinese
 * interface (what Chinese journals ask for), Chicago for an English one, a note before the
 * bibliography entry (what a footnote wants).
 */
export function citationStyles(uiLanguage: string): CitationStyle[] {
  return isChinese(uiLanguage)
    ? ['gb7714', 'chicago-note', 'chicago-bibliography']
    : ['chicago-note', 'chicago-bibliography', 'gb7714'];
}

/** The style of the Markdown export's citation line: GB/T 7714 in Chinese, a Chicago bibliography entry in English. */
export function markdownCitationStyle(uiLanguage: string): CitationStyle {
  return isChinese(uiLanguage) ? 'gb7714' : 'chicago-bibliography';
}
