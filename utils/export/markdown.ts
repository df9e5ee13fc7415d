// Markdown export: one section per page (title, link, date, source), each highlight
// as a block quote followed by its tags and note. Page text is escaped so that a
// quote can never turn into a heading, a list, a link or HTML.
import { quoteOf } from '../core/records';
import type { ExportGroup } from './types';

export interface MarkdownLabels {
  link: string;
  date: string;
  source: string;
  tags: string;
  note: string;
  untitled: string;
  /** Between tags. */
  tagSeparator: string;
}

export const MARKDOWN_LABELS_ZH: MarkdownLabels = {
  link: '链接',
  date: '日期',
  source: '来源',
  tags: '标签',
  note: '笔记',
  untitled: '（无标题）',
  tagSeparator: '、',
};

export const MARKDOWN_LABELS_EN: MarkdownLabels = {
  link: 'Link',
  date: 'Date',
  source: 'Source',
  tags: 'Tags',
  note: 'Note',
  untitled: '(untitled)',
  tagSeparator: ', ',
};

export interface MarkdownOptions {
  /** A document heading (# …); page sections then become ## sections. */
  heading?: string;
  labels?: MarkdownLabels;
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

/** Note text: lines of a paragraph joined with hard breaks (a backslash), paragraphs by a blank line. */
function noteBlock(label: string, note: string): string {
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
  return `${label}：${paragraphs.join('\n\n')}`;
}

export function buildMarkdown(groups: readonly ExportGroup[], options: MarkdownOptions = {}): string {
  const L = options.labels ?? MARKDOWN_LABELS_ZH;
  const h = options.heading !== undefined ? '##' : '#';
  const out: string[] = [];
  if (options.heading !== undefined) out.push(`# ${oneLine(options.heading)}`, '');
  for (const { page, annotations } of groups) {
    out.push(`${h} ${page.title.trim() ? oneLine(page.title) : L.untitled}`, '');
    out.push(`- ${L.link}：<${page.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
    if (page.published) out.push(`- ${L.date}：${page.published}`);
    if (page.source?.trim()) out.push(`- ${L.source}：${oneLine(page.source)}`);
    out.push('');
    for (const a of annotations) {
      out.push(...lines(quoteOf(a)).map((l) => (escapeLine(l) === '' ? '>' : `> ${escapeLine(l)}`)), '');
      if (a.tags.length > 0) out.push(`${L.tags}：${a.tags.map(oneLine).join(L.tagSeparator)}`, '');
      const note = noteBlock(L.note, a.note);
      if (note) out.push(note, '');
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
