// Our RIS, BibTeX and CSL-JSON files read back, field by field, against the item they were made
// from: by citation-js (a maintained reader of each format), and, for RIS and CSL-JSON, by the
// rules Zotero imports them with, which are what the files are for.
import { describe, expect, it } from 'vitest';
import { buildCslJson, type CslItem } from '../../../utils/export/citation';
import { Cite } from '../../../utils/export/citejs';
import { toBibtex, toRis } from '../../../utils/export/cite';
import { risDate } from '../../../utils/export/ris';
import { ITEMS } from './citation-fixtures';

type Data = Record<string, unknown>;
const read = (input: unknown): Data[] => new Cite(input).data.map(({ _graph, ...rest }) => rest);
const risName = (n: CslItem['author'][number]): string =>
  'literal' in n ? n.literal : `${n.family}, ${n.given}`;
const iso = (d: { 'date-parts': [number[]] } | undefined): string | undefined =>
  d?.['date-parts'][0].map((p, i) => String(p).padStart(i ? 2 : 4, '0')).join('-');

describe('citation-js reads our files back', () => {
  it('CSL-JSON: every field as built (and the publisher note for Zotero)', () => {
    const back = read(buildCslJson(ITEMS));
    expect(back).toEqual(ITEMS.map((i) => (i.publisher ? { ...i, note: `publisher: ${i.publisher}` } : i)));
  });

  it.each(ITEMS.map((item) => [item.id, item] as const))('RIS %s: every field', (_id, item) => {
    const [back] = read(toRis([item])) as [Data];
    // citation-js reads RIS by the 2011 specification, which names NEWS's AU "Reporter", reads
    // NEWS's date from PY (the year) only, and ELEC's T2 as collection-title; Zotero reads these
    // as author, date (DA) and the website's title (below).
    const news = item.type === 'article-newspaper';
    const { reporter, 'collection-title': collection, ...rest } = back;
    const normalised = {
      ...rest,
      ...(collection ? { 'container-title': collection } : {}),
      author: news
        ? ((reporter as string[] | undefined) ?? [])
        : ((back.author as CslItem['author']) ?? []).map(risName),
    };
    expect(normalised).toEqual({
      ...item,
      author: item.author.map(risName),
      ...(item.issued
        ? { issued: news ? { 'date-parts': [[item.issued['date-parts'][0][0]]] } : item.issued }
        : {}),
    });
    if (news) expect(toRis([item])).toContain(`\r\nDA  - ${risDate(item.issued)}\r\n`);
  });

  it.each(ITEMS.map((item) => [item.id, item] as const))('BibTeX %s: every field BibTeX has', (_id, item) => {
    const [back] = read(toBibtex([item])) as [Data];
    expect(back).toMatchObject({
      id: item.id,
      title: item.title,
      URL: item.URL,
      accessed: item.accessed,
      language: item.language,
      ...(item.issued ? { issued: item.issued, 'container-title': item['container-title'] } : {}),
      ...(item.publisher ? { publisher: item.publisher } : {}),
    });
    expect(back.author ?? []).toEqual(item.author);
  });
});

// How Zotero's RIS translator (zotero/translators RIS.js, commit 2814370161d05d799086825fac8d499db3a33aa3)
// maps the tags we write, for the two item types we write: NEWS → newspaperArticle, ELEC → webpage.
// A tag whose field the item type lacks is kept as a note attached to the item.
const ZOTERO_RIS: Record<string, string | Record<string, string>> = {
  AU: 'creators/author',
  TI: 'title',
  T2: { newspaperArticle: 'publicationTitle', webpage: 'websiteTitle' },
  PB: 'publisher',
  DA: 'date',
  PY: 'date (year, if no DA)',
  Y2: 'accessDate',
  M1: { webpage: 'accessDate (if no Y2)' },
  UR: 'url',
  LA: 'language',
  ID: 'ignored',
};
// Zotero's fields of those item types (its schema), besides creators.
const ZOTERO_FIELDS: Record<string, string[]> = {
  newspaperArticle: ['title', 'publicationTitle', 'date', 'url', 'accessDate', 'language', 'extra'],
  webpage: ['title', 'websiteTitle', 'date', 'url', 'accessDate', 'language', 'extra'],
};

/** Our RIS read as Zotero's translator reads it (only the tags above; dates as YYYY-MM-DD). */
function zoteroRis(ris: string): Data {
  const lines = ris.split('\r\n').filter((l) => l !== '' && !l.startsWith('ER'));
  const type = lines[0] === 'TY  - NEWS' ? 'newspaperArticle' : lines[0] === 'TY  - ELEC' ? 'webpage' : '?';
  const item: Data = { itemType: type, creators: [], notes: [] };
  for (const line of lines.slice(1)) {
    const [tag = '', value = ''] = line.split(/ {2}- /);
    const map = ZOTERO_RIS[tag];
    const field = typeof map === 'string' ? map : map?.[type];
    if (field === undefined) throw new Error(`Zotero does not read ${tag} for ${type}`);
    const date = value.replace(/^(\d{4})\/(\d{2})?\/(\d{2})?\/$/, (_, y, m, d) =>
      [y, m, d].filter(Boolean).join('-'),
    );
    if (field === 'creators/author') {
      const [lastName, firstName] = value.split(', ');
      (item.creators as unknown[]).push(firstName ? { lastName, firstName } : { lastName, fieldMode: 1 });
    } else if (field === 'ignored' || field.includes('(')) continue;
    else if (!ZOTERO_FIELDS[type]?.includes(field)) (item.notes as string[]).push(line);
    else item[field] = field.endsWith('ate') ? date : value;
  }
  return item;
}

/** What Zotero should hold for an item: every CSL field in a field of its own, the publisher in a note. */
function expectedZotero(item: CslItem, publisherAs: (p: string) => Data): Data {
  const news = item.type === 'article-newspaper';
  return {
    itemType: news ? 'newspaperArticle' : 'webpage',
    creators: item.author.map((n) =>
      'literal' in n ? { lastName: n.literal, fieldMode: 1 } : { lastName: n.family, firstName: n.given },
    ),
    title: item.title,
    [news ? 'publicationTitle' : 'websiteTitle']: item['container-title'],
    ...(item.issued ? { date: iso(item.issued) } : {}),
    url: item.URL,
    accessDate: iso(item.accessed),
    language: item.language,
    ...(item.publisher ? publisherAs(item.publisher) : {}),
  };
}

describe('Zotero imports our files with every field', () => {
  it.each(ITEMS.map((item) => [item.id, item] as const))('RIS %s', (_id, item) => {
    expect(zoteroRis(toRis([item]))).toEqual({
      notes: [],
      ...expectedZotero(item, (p) => ({ notes: [`PB  - ${p}`] })),
    });
  });

  // Zotero's CSL-JSON import (zotero/utilities itemFromCSLJSON) takes the CSL variables its schema
  // maps to a field of the item type and drops the others; note becomes Extra.
  const CSL_TO_ZOTERO: Record<string, string | Record<string, string>> = {
    title: 'title',
    'container-title': { newspaperArticle: 'publicationTitle', webpage: 'websiteTitle' },
    publisher: 'publisher',
    issued: 'date',
    accessed: 'accessDate',
    URL: 'url',
    language: 'language',
    note: 'extra',
  };

  it.each(ITEMS.map((item) => [item.id, item] as const))('CSL-JSON %s', (_id, item) => {
    const [csl] = JSON.parse(buildCslJson([item])) as [Data];
    const type = csl.type === 'article-newspaper' ? 'newspaperArticle' : 'webpage';
    const zotero: Data = { itemType: type, creators: [] };
    for (const [key, value] of Object.entries(csl)) {
      if (key === 'id' || key === 'type') continue;
      if (key === 'author') {
        zotero.creators = (value as CslItem['author']).map((n) =>
          'literal' in n ? { lastName: n.literal, fieldMode: 1 } : { lastName: n.family, firstName: n.given },
        );
        continue;
      }
      const map = CSL_TO_ZOTERO[key];
      const field = typeof map === 'string' ? map : map?.[type];
      if (!field) throw new Error(`no Zotero field for CSL ${key}`);
      if (!ZOTERO_FIELDS[type]?.includes(field)) continue; // dropped by Zotero
      zotero[field] = typeof value === 'object' ? iso(value as { 'date-parts': [number[]] }) : value;
    }
    expect(zotero).toEqual(expectedZotero(item, (p) => ({ extra: `publisher: ${p}` })));
  });
});
