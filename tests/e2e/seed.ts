// Saved data for the end-to-end tests, written at run time from the corpus text (never committed):
// page records and highlights as the library saves them, the backup file that imports them, and a
// download to wait for. Also what the accessibility checks and the review screenshots look at:
// three corpus pages served from 127.0.0.1, and the popup of the first page listing its one highlight.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { analyzeDocument } from '../../utils/analyze';
import { documentFromBytes } from '../../utils/article/load';
import type { AnnotationRecord, HighlightColor, PageRecord } from '../../utils/core/records';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/export/backup';
import { corpusPage, settle, visit, type ExtensionBrowser, type Served } from './harness';

interface Planned {
  color: HighlightColor;
  tags: string[];
  note: string;
}

/** The popup's page first: it has one highlight, so the popup lists exactly one. */
export const REVIEW_PAGES: { path: string; file: string; highlights: Planned[] }[] = [
  {
    path: '/tianning.html',
    file: 'seed_tianning_congress_meeting.html',
    highlights: [{ color: 'yellow', tags: ['人大工作'], note: '区委人大工作会议的要求' }],
  },
  {
    path: '/neixu.html',
    file: 'gerapy_chinanews_domestic_demand.html',
    highlights: [
      { color: 'green', tags: ['内需', '经济'], note: '' },
      { color: 'blue', tags: [], note: 'Compare with the 2024 work report.' },
    ],
  },
  {
    path: '/kepu.html',
    file: 'mh_kepu_xi_yangtze_symposium.html',
    highlights: [{ color: 'pink', tags: ['长江经济带'], note: '' }],
  },
];

export function reviewFiles(): Record<string, Buffer> {
  return Object.fromEntries(REVIEW_PAGES.map((p) => [p.path, corpusPage(p.file)]));
}

/** Sentences of plain Chinese prose (nothing Markdown would escape), in page order. */
export function sentences(text: string): { exact: string; start: number }[] {
  const out: { exact: string; start: number }[] = [];
  const re = /[^。！？\n]+[。！？]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const exact = m[0].trim();
    if (exact.length >= 16 && /^[\u4e00-\u9fff][^\\`*_[\]<>|~#\s]+$/.test(exact)) {
      out.push({ exact, start: m.index + m[0].indexOf(exact) });
    }
  }
  return out;
}

/** A corpus page as the library saves it (served from 127.0.0.1), with its article text. */
export function corpusPageRecord(
  url: string,
  file: string,
  at: number,
): { record: PageRecord; text: string } {
  const a = analyzeDocument(documentFromBytes(corpusPage(file)), url);
  const record: PageRecord = {
    url,
    aliases: [],
    title: a.article.title,
    published: a.article.published,
    source: a.article.source,
    site: '127.0.0.1',
    officials: a.officials.map((o) => ({ name: o.name, titles: o.titles })),
    meetings: a.meetings.map((m) => ({ name: m.name, date: m.date })),
    slogans: a.slogans.map((s) => ({ text: s.text, count: s.count })),
    created: at,
    updated: at,
  };
  return { record, text: a.article.text };
}

/** The selectors a highlight of the sentence `s` of `text` is saved with. */
export function quoteSelectors(
  text: string,
  s: { exact: string; start: number },
): AnnotationRecord['selectors'] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: s.exact,
      prefix: text.slice(Math.max(0, s.start - 32), s.start),
      suffix: text.slice(s.start + s.exact.length, s.start + s.exact.length + 32),
    },
    { type: 'TextPositionSelector', start: s.start, end: s.start + s.exact.length },
  ];
}

/** A backup file of these records, as the library exports it. */
export function backupText(pages: PageRecord[], annotations: AnnotationRecord[], at: number): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(at).toISOString(),
    pages,
    annotations,
  });
}

/**
 * The finished download with this extension in `dir`. Firefox writes a .part file and Chromium a
 * .crdownload and renames it; done when no partial file is left and the size holds still.
 */
export async function waitForFile(dir: string, ext: string, ms = 20_000): Promise<string> {
  const t0 = Date.now();
  let lastSize = -1;
  for (;;) {
    const names = readdirSync(dir);
    const done = names.find((f) => f.endsWith(ext));
    const partial = names.some((f) => /\.(part|crdownload)$/.test(f));
    if (done && !partial) {
      const size = statSync(path.join(dir, done)).size;
      if (size > 0 && size === lastSize) return path.join(dir, done);
      lastSize = size;
    }
    if (Date.now() - t0 > ms) throw new Error(`no finished ${ext} file in ${dir} (has: ${names.join(', ')})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export interface ReviewFixture {
  backup: string;
  pages: { path: string; title: string; quotes: string[] }[];
}

export function reviewFixture(origin: string): ReviewFixture {
  const now = Date.UTC(2026, 0, 15);
  const pages: PageRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  const summary: ReviewFixture['pages'] = [];
  REVIEW_PAGES.forEach(({ path: p, file, highlights }, i) => {
    const url = `${origin}${p}`;
    const { record, text } = corpusPageRecord(url, file, now + i);
    const picked = sentences(text).slice(1, 1 + highlights.length);
    if (picked.length < highlights.length) throw new Error(`${file}: not enough plain sentences`);
    pages.push(record);
    picked.forEach((s, j) => {
      const plan = highlights[j] as Planned;
      annotations.push({
        id: `00000000-0000-4000-8000-${String(700 + i * 10 + j).padStart(12, '0')}`,
        pageUrl: url,
        selectors: quoteSelectors(text, s),
        color: plan.color,
        tags: plan.tags,
        note: plan.note,
        created: now + i,
        updated: now + i,
      });
    });
    summary.push({ path: p, title: record.title, quotes: picked.map((s) => s.exact) });
  });
  return { backup: backupText(pages, annotations, now), pages: summary };
}

/** Opens the library, imports the fixture through its file field, and waits for every card. */
export async function seedLibrary(ext: ExtensionBrowser, fixture: ReviewFixture): Promise<Page> {
  const dir = mkdtempSync(path.join(tmpdir(), 'renda-review-'));
  try {
    const file = path.join(dir, 'backup.json');
    writeFileSync(file, fixture.backup);
    const lib = await ext.openExtensionPage('options.html');
    await settle(lib, () => document.querySelector('.library input[type=file]') !== null);
    const input = (await lib.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await settle(
      lib,
      (n) => document.querySelectorAll('article').length === Number(n),
      String(fixture.pages.length),
    );
    return lib;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Opens the first review page in a tab, then its popup (as a tab, given the page's tab id), and
 * waits until the popup lists the page's highlight as a button (placed on the page, not an orphan)
 * and the page's officials.
 */
export async function openPopup(
  ext: ExtensionBrowser,
  served: Served,
  fixture: ReviewFixture,
): Promise<{ page: Page; popup: Page }> {
  const first = fixture.pages[0] as ReviewFixture['pages'][number];
  const page = await ext.browser.newPage();
  await visit(page, served.origin + first.path);
  const tabId = await ext.tabIdOf(page);
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  await settle(
    popup,
    (quote) =>
      [...document.querySelectorAll('button')].some((b) => b.textContent?.includes(quote)) &&
      document.querySelectorAll('main section').length >= 3,
    first.quotes[0] as string,
    30_000,
  );
  return { page, popup };
}
