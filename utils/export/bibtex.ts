// BibTeX through plugin-bibtex's mapping (entry type, key, fields, names), amended where its output
// would be wrong for these pages:
// - Chinese stays Chinese (citejs.ts turns asciiOnly off), so LaTeX's special characters are escaped
//   here, in every field but the address (url is read verbatim).
// - The month is BibTeX's macro (month = jul, as Zotero writes it), not plugin-bibtex's "jul 1",
//   which styles print as it stands; the full date goes into date, which biblatex and Zotero read.
// - urldate (the access date, read by biblatex, gbt7714 and Zotero) and language are added beside
//   plugin-bibtex's note "[Online; accessed …]", which classic styles print.
import type { CslItem, CslName } from './citation';
import { Cite } from './citejs';

interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDER = [
  'author',
  'title',
  'journal',
  'publisher',
  'year',
  'month',
  'date',
  'url',
  'urldate',
  'language',
  'note',
];
/** Fields written as a macro, without braces. */
const MACROS = new Set(['month']);

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text on one line, with LaTeX's special characters written as LaTeX writes them. */
export function escapeLatex(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\{}&%$#_~^]/g, (c) => LATEX[c] ?? c);
}

function escapeName(name: CslName): CslName {
  return 'literal' in name
    ? { literal: escapeLatex(name.literal) }
    : { family: escapeLatex(name.family), given: escapeLatex(name.given) };
}

/** The item with its text fields escaped for LaTeX (not its address). */
function escaped(item: CslItem): Record<string, unknown> {
  const { author, title, publisher, 'container-title': container, ...rest } = item;
  return {
    ...rest,
    title: escapeLatex(title),
    ...(container ? { 'container-title': escapeLatex(container) } : {}),
    ...(publisher ? { publisher: escapeLatex(publisher) } : {}),
    ...(author.length > 0 ? { author: author.map(escapeName) } : {}),
  };
}

const iso = (parts: number[]): string =>
  parts.map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0')).join('-');

function amend(entry: BibtexEntry, item: CslItem): BibtexEntry {
  const properties = { ...entry.properties };
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  if (month !== undefined) properties.month = MONTHS[month - 1] ?? String(month);
  else delete properties.month;
  if (item.issued && year !== undefined) properties.date = iso(item.issued['date-parts'][0]);
  properties.urldate = iso(item.accessed['date-parts'][0]);
  properties.language = item.language;
  return { ...entry, properties };
}

function serialise({ type, label, properties }: BibtexEntry): string {
  const keys = Object.keys(properties);
  const fields = [...ORDER.filter((k) => k in properties), ...keys.filter((k) => !ORDER.includes(k))];
  const lines = fields.map((k) =>
    MACROS.has(k) ? `\t${k} = ${properties[k]},` : `\t${k} = {${properties[k] ?? ''}},`,
  );
  return `@${type}{${label},\n${lines.join('\n')}\n}\n`;
}

/** The items as one .bib file (UTF-8), a blank line between entries. */
export function toBibtex(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  const entries = new Cite(items.map(escaped)).format('bibtex', { format: 'object' }) as BibtexEntry[];
  return entries.map((e, i) => serialise(amend(e, items[i] as CslItem))).join('\n');
}
