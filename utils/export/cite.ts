// Citations of pages in GB/T 7714-2015 (numeric) and Chicago (notes and bibliography, 18th
// edition), through citation-js and citeproc-js with the official CSL styles; RIS and BibTeX are
// in ris.ts and bibtex.ts and exported from here too. For the extension pages only (see citejs.ts).
import type { CslItem } from './citation';
import { CHICAGO_TEMPLATE, Cite, GB7714_TEMPLATE } from './citejs';

export { toRis } from './ris';
export { toBibtex } from './bibtex';

export type CitationStyle = 'gb7714' | 'chicago-note' | 'chicago-bibliography';
export type CitationLocale = 'zh-CN' | 'en-US';

export interface CitationOptions {
  /** The language of the style's own words (访问, Accessed, n.d.); by default zh-CN for GB/T 7714, en-US for Chicago. */
  locale?: CitationLocale;
  /** Plain text (the default) or HTML, where Chicago's italics stay. */
  format?: 'text' | 'html';
  /**
   * GB/T 7714 numbers its list ([1] 张三. …), as the style and CNKI's own citations do; false leaves
   * the numbers out, for one citation pasted into a list that numbers itself. Text only.
   */
  numbers?: boolean;
}

/** What citeproc gets: the item without an empty author list, which some styles test for. */
function forCiteproc(item: CslItem): Record<string, unknown> {
  const { author, ...rest } = item;
  return author.length > 0 ? { ...rest, author } : rest;
}

/**
 * The items cited in a style: a GB/T 7714 reference list in the order given; Chicago notes, one
 * full note per item in the order given, a line each; a Chicago bibliography, sorted as the style
 * sorts (by author, else title). Text output has one entry a line, no line break at the end.
 */
export function formatCitation(
  items: readonly CslItem[],
  style: CitationStyle,
  options: CitationOptions = {},
): string {
  if (items.length === 0) return '';
  const format = options.format ?? 'text';
  const lang = options.locale ?? (style === 'gb7714' ? 'zh-CN' : 'en-US');
  const template = style === 'gb7714' ? GB7714_TEMPLATE : CHICAGO_TEMPLATE;
  const data = items.map(forCiteproc);
  if (style === 'chicago-note') {
    // Each its own first note: as one citation they would be one note, joined by semicolons.
    return data
      .map((item) => String(new Cite(item).format('citation', { template, lang, format })))
      .join('\n');
  }
  const out = String(new Cite(data).format('bibliography', { template, lang, format }));
  if (format === 'html') return out.trimEnd();
  const text = out.replace(/\n+$/, '');
  return options.numbers === false ? text.replace(/^\[\d+\]\s*/gm, '') : text;
}
