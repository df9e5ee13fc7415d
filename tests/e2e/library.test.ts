// The library page in real browsers: highlights on two corpus pages arrive through a
// backup import (the file is written at run time from the corpus text, never committed),
// a two-character Chinese word from the middle of a quote is found and marked, and the
// Markdown export lands in the download directory.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analyze';
import { documentFromBytes } from '../../utils/article/load';
import type { AnnotationRecord, PageRecord } from '../../utils/core/records';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/export/backup';
import { corpusPage, useExtension, type BrowserName, settleSelector } from './harness';

const PAGES = [
  { path: '/tianning.html', file: 'seed_tianning_congress_meeting.html' },
  { path: '/neixu.html', file: 'gerapy_chinanews_domestic_demand.html' },
];
const PER_PAGE = 3;

/** Sentences of plain Chinese prose (nothing Markdown would escape), in page order. */
function sentences(text: string): { exact: string; start: number }[] {
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

interface Fixture {
  backup: string;
  pages: { title: string; quotes: string[] }[];
}

function buildFixture(origin: string): Fixture {
  const now = Date.UTC(2026, 0, 15);
  const pages: PageRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  const summary: Fixture['pages'] = [];
  PAGES.forEach(({ path: p, file }, i) => {
    const url = `${origin}${p}`;
    const a = analyzeDocument(documentFromBytes(corpusPage(file)), url);
    const text = a.article.text;
    const picked = sentences(text).slice(1, 1 + PER_PAGE);
    if (picked.length < PER_PAGE) throw new Error(`${file}: not enough plain sentences for the fixture`);
    pages.push({
      url,
      aliases: [],
      title: a.article.title,
      published: a.article.published,
      source: a.article.source,
      site: '127.0.0.1',
      officials: a.officials.map((o) => ({ name: o.name, titles: o.titles })),
      meetings: a.meetings.map((m) => ({ name: m.name, date: m.date })),
      slogans: a.slogans.map((s) => ({ text: s.text, count: s.count })),
      created: now + i,
      updated: now + i,
    });
    picked.forEach((s, j) => {
      annotations.push({
        id: `00000000-0000-4000-8000-${String(i * 100 + j).padStart(12, '0')}`,
        pageUrl: url,
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: s.exact,
            prefix: text.slice(Math.max(0, s.start - 32), s.start),
            suffix: text.slice(s.start + s.exact.length, s.start + s.exact.length + 32),
          },
          { type: 'TextPositionSelector', start: s.start, end: s.start + s.exact.length },
        ],
        color: 'yellow',
        tags: ['测试'],
        note: '',
        created: now + i,
        updated: now + i,
      });
    });
    summary.push({ title: a.article.title, quotes: picked.map((s) => s.exact) });
  });
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    pages,
    annotations,
  };
  return { backup: JSON.stringify(backup), pages: summary };
}

/**
 * The finished download: Firefox creates the file empty and writes a .part beside it, Chromium
 * writes a .crdownload and renames it; done when no partial file is left and the size holds still.
 */
async function waitForFile(dir: string, ext: string, ms = 20_000): Promise<string> {
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

describe.each<BrowserName>(['chromium', 'firefox'])('library in %s', (name) => {
  let work: string;
  let downloads: string;
  const ctx = useExtension(name, Object.fromEntries(PAGES.map((p) => [p.path, corpusPage(p.file)])), () => {
    work = mkdtempSync(path.join(tmpdir(), 'renda-lib-'));
    downloads = path.join(work, 'downloads');
    mkdirSync(downloads);
    return { downloadDir: downloads };
  });
  let fixture: Fixture;
  let lib: Page;

  beforeAll(async () => {
    fixture = buildFixture(ctx.served.origin);
    writeFileSync(path.join(work, 'backup.json'), fixture.backup);
    lib = await ctx.ext.openExtensionPage('options.html');
    await settleSelector(lib, '.library', 20_000);
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('imports a backup of highlights on two corpus pages', async () => {
    const input = (await lib.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(work, 'backup.json'));
    await lib.waitForFunction(() => document.querySelectorAll('.page-card').length === 2, {
      timeout: 15_000,
    });
    const titles = await lib.$$eval('.page-card h2', (hs) => hs.map((h) => h.textContent));
    expect(titles.sort()).toEqual(fixture.pages.map((p) => p.title).sort());
    expect(await lib.$$eval('.annotation', (as) => as.length)).toBe(PAGES.length * PER_PAGE);
    expect(await lib.$eval('.notice-text', (n) => n.textContent)).toMatch(/6|６/);
  });

  it('refuses a truncated backup, changing nothing and saying why', async () => {
    writeFileSync(path.join(work, 'broken.json'), fixture.backup.slice(0, fixture.backup.length / 2));
    const input = (await lib.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(work, 'broken.json'));
    await lib.waitForSelector('.notice.error', { timeout: 15_000 });
    expect(await lib.$eval('.notice.error', (n) => n.textContent)).toMatch(/JSON/);
    expect(await lib.$$eval('.annotation', (as) => as.length)).toBe(PAGES.length * PER_PAGE);
    await lib.click('.notice .dismiss');
  });

  it('opens a saved page in a new tab when its title is clicked', async () => {
    const url = await lib.$eval('.page-card a.page-title', (a) => (a as HTMLAnchorElement).href);
    await lib.click('.page-card a.page-title');
    const target = await ctx.ext.browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
    expect(target.url()).toBe(url);
    await (await target.page())?.close();
    await lib.bringToFront();
  });

  it('finds a two-character Chinese word from the middle of a quote and marks it', async () => {
    const quote = fixture.pages[1]?.quotes[1] as string;
    const mid = Math.floor(quote.length / 2);
    const word = quote.slice(mid, mid + 2);
    expect(word).toMatch(/^[\u4e00-\u9fff]{2}$/);
    await lib.type('input[name=q]', word);
    await lib.waitForSelector('.hits mark', { timeout: 15_000 });
    const found = await lib.$$eval('.hits .quote', (qs) =>
      qs.map((q) => ({
        text: q.textContent,
        marks: [...q.querySelectorAll('mark')].map((m) => m.textContent),
      })),
    );
    const hit = found.find((f) => f.text === quote);
    expect(hit, `results: ${JSON.stringify(found)}`).toBeDefined();
    expect(hit?.marks.length).toBeGreaterThan(0);
    expect(new Set(hit?.marks)).toEqual(new Set([word]));
    // Clear the search for the next test.
    await lib.focus('input[name=q]');
    await lib.keyboard.press('Escape');
    await lib.waitForSelector('.page-card', { timeout: 10_000 });
  });

  it('edits a note and deletes a highlight with undo, without a dialog', async () => {
    const first = '.page-card .annotation';
    await lib.click(`${first} button.edit`);
    await lib.waitForSelector(`${first} form.editor textarea`);
    await lib.type(`${first} form.editor textarea`, '备注');
    await lib.click(`${first} form.editor button[type=submit]`);
    await lib.waitForFunction(
      (sel: string) => document.querySelector(sel)?.querySelector('.note')?.textContent === '备注',
      { timeout: 10_000 },
      first,
    );
    const count = () => lib.$$eval('.annotation', (as) => as.length);
    await lib.click(`${first} button.delete`);
    await lib.waitForFunction(
      (n: number) => document.querySelectorAll('.annotation').length === n,
      {},
      PAGES.length * PER_PAGE - 1,
    );
    await lib.click('.notice button.undo');
    await lib.waitForFunction(
      (n: number) => document.querySelectorAll('.annotation').length === n,
      {},
      PAGES.length * PER_PAGE,
    );
    expect(await count()).toBe(PAGES.length * PER_PAGE);
  });

  it('lists the officials of the pages with their posts, and shows an official’s pages', async () => {
    await lib.click('.views .view:nth-child(2)');
    await lib.waitForSelector('.people .entry summary', { timeout: 15_000 });
    await lib.click('.people .entry summary');
    await lib.waitForSelector('.people .entry .timeline', { timeout: 10_000 });
    expect(await lib.$eval('.people .entry .timeline', (t) => t.textContent)).toMatch(/[\u4e00-\u9fff]/);
    await lib.click('.people .entry button.link');
    await lib.waitForSelector('.page-card', { timeout: 10_000 });
    expect(await lib.$eval('select[name=official]', (s) => (s as HTMLSelectElement).value)).not.toBe('');
    await lib.click('.filters button.clear');
    await lib.waitForFunction(() => document.querySelectorAll('.page-card').length === 2, {
      timeout: 10_000,
    });
  });

  it('exports everything as Markdown to a downloaded file', async () => {
    await lib.click('.export-menu summary');
    await lib.waitForSelector('.export-menu .export-md', { visible: true });
    await lib.click('.export-menu .export-md');
    const file = await waitForFile(downloads, '.md');
    expect(path.basename(file)).toMatch(/^renda-reader-\d{4}-\d{2}-\d{2}\.md$/);
    const md = readFileSync(file, 'utf8');
    for (const p of fixture.pages) {
      expect(md).toContain(`# ${p.title.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)}`);
      for (const q of p.quotes) expect(md).toContain(`> ${q}`);
    }
    expect(md).toContain(ctx.served.origin);
    // The note written in the library travels with its quote.
    expect(md).toMatch(/：备注/);
  });
});
