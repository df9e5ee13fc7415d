// Markdown export: a note per page that drops into Obsidian or a Zotero note as it is. A one-page
// file opens with YAML front matter (title, url, published, source, byline, saved); several pages
// are one section each with those fields as a list. Then the page's citation line, its officials
// and meetings, and each highlight as a block quote followed by its tags and note. Page text is
// escaped so that it can never turn into a heading, a list, a link or HTML. Labels come in the
// interface's language; the citation is formatted by the caller (cite.ts), so this stays a pure
// string builder with nothing heavy behind it.
import { localDay, quoteOf, type PageRecord } from '../core/records';
import type { ExportGroup } from './types';
import { frontMatter } from './yaml';

export interface MarkdownLabels {
  link: string;
  date: string;
  source: string;
  byline: string;
  citation: string;
  officials: string;
  meetings: string;
  highlights: string;
  tags: string;
  note: string;
  untitled: string;
  /** After a label: ： in Chinese, ": " in English. */
  colon: string;
  /** Around an aside (pinyin, an English post): （…） in Chinese, " (…)" in English. */
  open: string;
  close: string;
  /** Between tags. */
  tagSeparator: string;
  /** Between an official's posts. */
  postSeparator: string;
  /** Whether English posts and meeting names are shown beside the Chinese, when known. */
  english: boolean;
}

export const MARKDOWN_LABELS_ZH: MarkdownLabels = {
  link: '链接',
  date: '日期',
  source: '来源',
  byline: '作者',
  citation: '引用',
  officials: '人物',
  meetings: '会议',
  highlights: '摘录',
  tags: '标签',
  note: '笔记',
  untitled: '（无标题）',
  colon: '：',
  open: '（',
  close: '）',
  tagSeparator: '、',
  postSeparator: '、',
  english: false,
};

export const MARKDOWN_LABELS_EN: MarkdownLabels = {
  link: 'Link',
  date: 'Date',
  source: 'Source',
  byline: 'Byline',
  citation: 'Citation',
  officials: 'Officials',
  meetings: 'Meetings',
  highlights: 'Highlights',
  tags: 'Tags',
  note: 'Note',
  untitled: '(untitled)',
  colon: ': ',
  open: ' (',
  close: ')',
  tagSeparator: ', ',
  postSeparator: '; ',
  english: true,
};

export interface MarkdownOptions {
  /** A document heading (# …); page sections then become ## sections, and there is no front matter. */
  heading?: string;
  labels?: MarkdownLabels;
  /**
   * The page's citation as plain text (formatCitation of its item: GB/T 7714 for a Chinese
   * interface, Chicago for an English one), or null for none. Without it there is no citation line.
   */
  citation?: (group: ExportGroup) => string | null;
  /** YAML front matter for a file of one page (by default when there is no heading); never for several. */
  frontMatter?: boolean;
}

/** Backslash-escapes what Markdown would read as markup inside a line. */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/** Escapes a whole line: inline markup, and block markers at its start (-, +, =, 1., 1)). */
export function escapeLine(line: string): string {
  const s = escapeInline(line.replace(/^[ \t]+/, ''));
  return s.replace(/^([-+=])(?=\s|$)/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

function oneLine(s: string): string {
  return escapeInline(s.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function lines(s: string): string[] {
  return s.replace(/\r\n?/g, '\n').split('\n');
}

/** An address as an autolink, which keeps _ and other markup characters of the address as they are. */
function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** Note text: lines of a paragraph joined with hard breaks (a backslash), paragraphs by a blank line. */
function noteBlock(label: string, colon: string, note: string): string {
  const paragraphs = note
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map(escapeLine)
        .filter((l) => l !== ''),
    )
    .filter((p) => p.length > 0)
    .map((p) => p.join('\\\n'));
  if (paragraphs.length === 0) return '';
  return `${label}${colon}${paragraphs.join('\n\n')}`;
}

/** The citation with its address as an autolink (escaped, gov.cn's t20220701_123.html would lose its _). */
function citationLine(text: string, url: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const at = url ? flat.indexOf(url) : -1;
  if (at < 0) return escapeInline(flat);
  return escapeInline(flat.slice(0, at)) + autolink(url) + escapeInline(flat.slice(at + url.length));
}

function pageFrontMatter({ page, extras }: ExportGroup): string {
  return frontMatter([
    ['title', page.title.trim() || null, 'string'],
    ['url', page.url, 'string'],
    ['published', page.published, 'date'],
    ['source', page.source?.trim() || null, 'string'],
    ['byline', extras?.byline?.trim() || null, 'string'],
    ['saved', localDay(page.created), 'date'],
  ]);
}

function fieldList(page: PageRecord, byline: string | null | undefined, L: MarkdownLabels): string[] {
  const out = [`- ${L.link}${L.colon}${autolink(page.url)}`];
  if (page.published) out.push(`- ${L.date}${L.colon}${page.published}`);
  if (page.source?.trim()) out.push(`- ${L.source}${L.colon}${oneLine(page.source)}`);
  if (byline?.trim()) out.push(`- ${L.byline}${L.colon}${oneLine(byline)}`);
  return out;
}

function officialLines({ page, extras }: ExportGroup, L: MarkdownLabels): string[] {
  return page.officials.map(({ name, titles }) => {
    const more = extras?.officials?.[name];
    const pinyin = more?.pinyin?.trim() ? `${L.open}${oneLine(more.pinyin)}${L.close}` : '';
    const posts = titles.map((t, i) => {
      const gloss = L.english ? more?.glosses?.[i]?.trim() : null;
      return oneLine(t) + (gloss ? `${L.open}${oneLine(gloss)}${L.close}` : '');
    });
    return `- ${oneLine(name)}${pinyin}${posts.length > 0 ? L.colon + posts.join(L.postSeparator) : ''}`;
  });
}

function meetingLines({ page, extras }: ExportGroup, L: MarkdownLabels): string[] {
  return page.meetings.map(({ name, date }) => {
    const en = L.english ? extras?.meetings?.[name]?.trim() : null;
    const aside = en ? `${L.open}${oneLine(en)}${L.close}` : '';
    return `- ${oneLine(name)}${aside}${date ? L.colon + date : ''}`;
  });
}

function highlightBlocks({ annotations }: ExportGroup, L: MarkdownLabels): string[] {
  const out: string[] = [];
  for (const a of annotations) {
    out.push(...lines(quoteOf(a)).map((l) => (escapeLine(l) === '' ? '>' : `> ${escapeLine(l)}`)), '');
    if (a.tags.length > 0) out.push(`${L.tags}${L.colon}${a.tags.map(oneLine).join(L.tagSeparator)}`, '');
    const note = noteBlock(L.note, L.colon, a.note);
    if (note) out.push(note, '');
  }
  return out;
}

export function buildMarkdown(groups: readonly ExportGroup[], options: MarkdownOptions = {}): string {
  const L = options.labels ?? MARKDOWN_LABELS_ZH;
  const heading = options.heading;
  // Front matter describes the file's one page: a file of several pages has none.
  const only = groups.length === 1 ? groups[0] : undefined;
  const withFrontMatter = only !== undefined && (options.frontMatter ?? heading === undefined);
  const h = heading !== undefined ? '##' : '#';
  const out: string[] = [];
  if (only && withFrontMatter) out.push(pageFrontMatter(only), '');
  if (heading !== undefined) out.push(`# ${oneLine(heading)}`, '');
  for (const group of groups) {
    const { page } = group;
    out.push(`${h} ${page.title.trim() ? oneLine(page.title) : L.untitled}`, '');
    // The front matter holds these fields; a list would say them twice.
    if (!withFrontMatter) out.push(...fieldList(page, group.extras?.byline, L), '');
    const citation = options.citation?.(group)?.trim();
    if (citation) out.push(`${L.citation}${L.colon}${citationLine(citation, page.url)}`, '');
    const officials = officialLines(group, L);
    const meetings = meetingLines(group, L);
    if (officials.length > 0) out.push(`${h}# ${L.officials}`, '', ...officials, '');
    if (meetings.length > 0) out.push(`${h}# ${L.meetings}`, '', ...meetings, '');
    // Quotes after those lists get their own heading, so that they do not read as part of them.
    if (group.annotations.length > 0 && officials.length + meetings.length > 0)
      out.push(`${h}# ${L.highlights}`, '');
    out.push(...highlightBlocks(group, L));
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
