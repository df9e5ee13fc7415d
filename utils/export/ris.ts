// RIS for reference managers (Zotero, EndNote, Mendeley). plugin-ris maps each item by the RIS
// specification of 2011; three of its choices would lose fields in Zotero, which imports NEWS as a
// newspaper article and ELEC as a web page (translator RIS.js), so they are amended here:
// - NEWS: the spec calls AU "Reporter" and gives no full date, so plugin-ris writes the byline as
//   nothing (its CSL reporter) and the date as PY, the year alone. Zotero reads AU as the author
//   and DA as the date, as it writes them itself: AU and DA are added.
// - ELEC: plugin-ris writes the site's name nowhere (its T2 is collection-title) and the access
//   date as M1. Zotero reads T2 as the website's title and Y2 as the access date (M1 only as
//   EndNote's stand-in): T2 and Y2 are added, M1 kept for EndNote and citation-js.
// - plugin-ris wraps values at 70 characters and a reader joins the pieces with a space, which
//   breaks long addresses; every value here stays on its line.
// Dates are written YYYY/MM/DD/ as the specification shows them. PB has no field in Zotero's
// newspaper article or web page; Zotero keeps it in a note attached to the item.
import type { CslDate, CslItem, CslName } from './citation';
import { Cite } from './citejs';

type RisRecord = Record<string, string | string[]>;

/** Tags in the order they are written; any other tag plugin-ris gives follows, in its order. */
const ORDER = ['TY', 'AU', 'TI', 'T2', 'PB', 'DA', 'PY', 'Y2', 'M1', 'UR', 'LA', 'ID'];

function risName(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

/** CSL date parts → YYYY/MM/DD/ (RIS), with empty parts for a month or day not known. */
export function risDate(date: CslDate | undefined): string | null {
  const [y, m, d] = date?.['date-parts'][0] ?? [];
  if (y === undefined) return null;
  const two = (n: number | undefined): string => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${y}/${two(m)}/${two(d)}/`;
}

function amend(record: RisRecord, item: CslItem): RisRecord {
  const out = new Map(Object.entries(record));
  const set = (tag: string, value: string | string[] | null | undefined): void => {
    if (value === null || value === undefined || value.length === 0) out.delete(tag);
    else out.set(tag, value);
  };
  const type = out.get('TY');
  if (type === 'NEWS') {
    set('AU', item.author.map(risName));
    set('DA', risDate(item.issued));
  } else if (type === 'ELEC') {
    set('T2', item['container-title']);
    set('M1', risDate(item.accessed));
  }
  set('Y2', risDate(item.accessed));
  return Object.fromEntries(out);
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}

function serialise(record: RisRecord): string {
  const tags = [
    ...ORDER.filter((t) => t in record),
    ...Object.keys(record).filter((t) => !ORDER.includes(t)),
  ];
  const lines = tags.flatMap((tag) => [record[tag] ?? []].flat().map((v) => `${tag}  - ${oneLine(v)}`));
  return `${lines.join('\r\n')}\r\nER  - \r\n`;
}

/** The items as one RIS file: CRLF lines, a blank line between records. */
export function toRis(items: readonly CslItem[]): string {
  if (items.length === 0) return '';
  const records = new Cite(items.map((i) => ({ ...i }))).format('ris', {
    format: 'object',
    spec: 'new',
  }) as RisRecord[];
  return records.map((r, i) => serialise(amend(r, items[i] as CslItem))).join('\r\n');
}
