// The library page in real browsers: highlights on two corpus pages arrive through a
// backup import (the file is written at run time from the corpus text, never committed),
// the cards read at the type scale with the page's entities folded away, an official
// typed with suggestions filters the list, a two-character Chinese word from the middle of
// a quote is found and marked, the Markdown export lands in the download directory, and
// two districts' 区委书记 stay two posts in the index.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord, PageRecord } from '../../utils/core/records';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/export/backup';
import { corpusPage, useExtension, type BrowserName, settle, settleSelector } from './harness';
import { backupText, corpusPageRecord, quoteSelectors, sentences, waitForFile } from './seed';

const PAGES = [
  { path: '/tianning.html', file: 'seed_tianning_congress_meeting.html' },
  { path: '/neixu.html', file: 'gerapy_chinanews_domestic_demand.html' },
];
const PER_PAGE = 3;

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
    const { record, text } = corpusPageRecord(url, file, now + i);
    const picked = sentences(text).slice(1, 1 + PER_PAGE);
    if (picked.length < PER_PAGE) throw new Error(`${file}: not enough plain sentences for the fixture`);
    pages.push(record);
    picked.forEach((s, j) => {
      annotations.push({
        id: `00000000-0000-4000-8000-${String(i * 100 + j).padStart(12, '0')}`,
        pageUrl: url,
        selectors: quoteSelectors(text, s),
        color: 'yellow',
        tags: ['测试'],
        note: '',
        created: now + i,
        updated: now + i,
      });
    });
    summary.push({ title: record.title, quotes: picked.map((s) => s.exact) });
  });
  return { backup: backupText(pages, annotations, now), pages: summary };
}

/** Two districts' secretaries, each written 区委书记 with the place only in the page's source. */
function districtsBackup(origin: string): string {
  const now = Date.UTC(2026, 1, 1);
  const pages = [
    ['tianning-2', '天宁', '周天一'],
    ['wujin', '武进', '吴进二'],
  ].map(([p, place, name], i) => ({
    page: {
      url: `${origin}/${p}.html`,
      aliases: [],
      title: '区委召开全体会议',
      published: `2025-0${i + 3}-01`,
      source: `中共常州市${place}区委`,
      site: '127.0.0.1',
      officials: [{ name: name as string, titles: ['区委书记'] }],
      meetings: [],
      slogans: [],
      created: now + i,
      updated: now + i,
    },
    annotation: {
      id: `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
      pageUrl: `${origin}/${p}.html`,
      selectors: [
        { type: 'TextQuoteSelector', exact: `${place}区委召开全体会议`, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 8 },
      ],
      color: 'green',
      tags: [],
      note: '',
      created: now + i,
      updated: now + i,
    },
  }));
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    pages: pages.map((x) => x.page),
    annotations: pages.map((x) => x.annotation),
  });
}

/** The computed font size of the first element a selector matches, in CSS pixels. */
function fontSize(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));
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
  // settle, not waitForFunction: Puppeteer builds that one with Function(), which Firefox's
  // extension pages refuse (their CSP has no 'unsafe-eval').
  const cards = (n: number) =>
    settle(lib, (k) => document.querySelectorAll('.page-card').length === Number(k), String(n));

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
    await cards(2);
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

  it('sets quotes at 15 px, page titles larger, chips and names at 13 px or more', async () => {
    expect(await fontSize(lib, '.page-card .quote')).toBeGreaterThanOrEqual(14);
    expect(await fontSize(lib, '.page-card .quote')).toBe(15);
    expect(await fontSize(lib, '.page-card h2')).toBeGreaterThan(15);
    expect(await fontSize(lib, '.page-card .chip')).toBeGreaterThanOrEqual(13);
    expect(await fontSize(lib, '.page-card .entities summary')).toBeGreaterThanOrEqual(13);
    expect(await fontSize(lib, 'input[name=official]')).toBeGreaterThanOrEqual(13);
    // Nothing a reader needs is under 12 px (Chromium's extension pages start from 75 %).
    const smallest = await lib.$$eval('.page-card *, .filters *', (els) =>
      Math.min(
        ...els
          .filter(
            (e) =>
              e.childNodes.length > 0 &&
              [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
          )
          .map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
  });

  it('folds a page’s entities into one closed line that Tab passes over, and opens it on demand', async () => {
    const title = fixture.pages[0]?.title as string;
    const index = await lib.$$eval(
      '.pages > .page-card',
      (cs, t) => cs.findIndex((c) => c.querySelector('h2')?.textContent === t),
      title,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const card = `.pages > .page-card:nth-child(${index + 1})`;
    const closed = await lib.$eval(`${card} details.entities`, (d) => {
      const summary = d.querySelector('summary') as HTMLElement;
      return {
        open: (d as HTMLDetailsElement).open,
        text: summary.innerText,
        chips: d.querySelectorAll('.entity').length,
        lines: d.getBoundingClientRect().height / parseFloat(getComputedStyle(summary).lineHeight),
      };
    });
    expect(closed.open).toBe(false);
    expect(closed.text).toMatch(/^\d+ (officials?|位人物) · \d+ (formulations?|个提法)$/);
    expect(closed.chips).toBe(0);
    // One line, however many entities the page has.
    expect(closed.lines).toBeLessThan(1.5);

    // From the title link to the first highlight's Edit: a few steps, never through a chip.
    await lib.bringToFront();
    await lib.$eval(`${card} a.page-title`, (a) => (a as HTMLElement).focus());
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await lib.keyboard.press('Tab');
      const at = await lib.$eval(card, (c) => {
        const el = document.activeElement as HTMLElement;
        const kind = el.matches('.entity')
          ? 'chip'
          : el === c.querySelector('.annotation button.edit')
            ? 'edit'
            : el.tagName;
        return `${kind}:${el.innerText?.slice(0, 12) ?? ''}`;
      });
      stops.push(at);
      if (at.startsWith('edit:')) break;
    }
    expect(stops.at(-1), stops.join(' | ')).toMatch(/^edit:/);
    expect(stops.length, stops.join(' | ')).toBeLessThanOrEqual(6);
    expect(stops.filter((x) => x.startsWith('chip:'))).toEqual([]);

    await lib.click(`${card} details.entities summary`);
    await lib.waitForSelector(`${card} details.entities .entity`, { visible: true, timeout: 10_000 });
    const chips = await lib.$$eval(`${card} details.entities .entity`, (bs) =>
      bs.map((b) => {
        const aside = b.querySelector<HTMLElement>('.aside');
        return {
          text: (b.querySelector('.entity-name') as HTMLElement).innerText,
          aside: aside?.innerText ?? null,
          asideSize: aside ? parseFloat(getComputedStyle(aside).fontSize) : null,
          official: b.classList.contains('official'),
          size: parseFloat(getComputedStyle(b).fontSize),
          height: b.getBoundingClientRect().height,
        };
      }),
    );
    expect(chips.filter((c) => c.official).map((c) => c.text)).toContain('许小波');
    expect(chips.every((c) => c.size >= 13 && c.height > 0)).toBe(true);
    // Beside the name its pinyin, beside a national formulation its English: smaller, not under 12 px.
    expect(chips.find((c) => c.text === '许小波')).toMatchObject({ aside: 'Xu Xiaobo', asideSize: 12 });
    expect(chips.find((c) => c.text === '高质量发展')?.aside).toBe('high-quality development');
    expect(chips.find((c) => c.text === '大事')?.aside).toBeNull();
    // National formulations before the page's own quoted words.
    const slogans = chips.filter((c) => !c.official).map((c) => c.text);
    expect(slogans.indexOf('高质量发展')).toBeGreaterThanOrEqual(0);
    expect(slogans.indexOf('高质量发展')).toBeLessThan(slogans.indexOf('大事'));
    await lib.click(`${card} details.entities summary`);
  });

  it('filters by an official typed with suggestions, once the name is one of the list', async () => {
    const official = 'input[name=official]';
    await settle(
      lib,
      (sel) => (document.querySelector<HTMLInputElement>(sel)?.list?.options.length ?? 0) > 0,
      official,
    );
    // Half a name, then Enter: nothing is chosen and the field says so.
    await lib.type(official, '许小');
    await lib.keyboard.press('Enter');
    await settle(lib, (sel) => document.querySelector<HTMLInputElement>(sel)?.value === '', official);
    expect(await lib.$$eval('.page-card', (cs) => cs.length)).toBe(2);
    await lib.type(official, '许小波');
    await cards(1);
    expect(await lib.$eval('.page-card h2', (h) => (h as HTMLElement).innerText)).toBe(
      fixture.pages[0]?.title,
    );
    expect(await lib.evaluate(() => decodeURIComponent(location.hash))).toContain('official=许小波');
    await lib.click('.filters button.clear');
    await cards(2);
    expect(await lib.$eval(official, (i) => (i as HTMLInputElement).value)).toBe('');
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
    await settle(
      lib,
      (sel) => document.querySelector(sel)?.querySelector('.note')?.textContent === '备注',
      first,
    );
    const count = () => lib.$$eval('.annotation', (as) => as.length);
    await lib.click(`${first} button.delete`);
    await settle(
      lib,
      (n) => document.querySelectorAll('.annotation').length === Number(n),
      String(PAGES.length * PER_PAGE - 1),
    );
    await lib.click('.notice button.undo');
    await settle(
      lib,
      (n) => document.querySelectorAll('.annotation').length === Number(n),
      String(PAGES.length * PER_PAGE),
    );
    expect(await count()).toBe(PAGES.length * PER_PAGE);
  });

  it('lists the officials of the pages with their posts, and shows an official’s pages', async () => {
    await lib.click('.views .view:nth-child(2)');
    await lib.waitForSelector('.people .entry summary', { timeout: 15_000 });
    expect(await fontSize(lib, '.people .entry .name')).toBeGreaterThanOrEqual(13);
    await lib.click('.people .entry summary');
    await lib.waitForSelector('.people .entry .timeline', { timeout: 10_000 });
    expect(await lib.$eval('.people .entry .timeline', (t) => t.textContent)).toMatch(/[\u4e00-\u9fff]/);
    expect(await fontSize(lib, '.people .entry .timeline .post')).toBeGreaterThanOrEqual(13);
    await lib.click('.people .entry button.link');
    await lib.waitForSelector('.page-card', { timeout: 10_000 });
    expect(await lib.$eval('input[name=official]', (s) => (s as HTMLInputElement).value)).not.toBe('');
    await lib.click('.filters button.clear');
    await cards(2);
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
    expect(md).toMatch(/(?:：|: )备注/);
  });

  it('lists national formulations first in the formulation index', async () => {
    await lib.click('.views .view:nth-child(3)');
    await lib.waitForSelector('.slogans .entry .name', { timeout: 15_000 });
    const names = await lib.$$eval('.slogans .entry .name', (ns) =>
      ns.map((n) => (n as HTMLElement).innerText),
    );
    expect(names.indexOf('高质量发展')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('高质量发展')).toBeLessThan(names.indexOf('大事'));
    expect(await fontSize(lib, '.slogans .entry .name')).toBeGreaterThanOrEqual(13);
  });

  it('keeps two districts’ 区委书记 apart in the index by post', async () => {
    writeFileSync(path.join(work, 'districts.json'), districtsBackup(ctx.served.origin));
    await lib.click('.views .view:nth-child(1)');
    const input = (await lib.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(work, 'districts.json'));
    await cards(4);
    await lib.click('.views .view:nth-child(2)');
    await lib.waitForSelector('.people .toggle button', { timeout: 15_000 });
    await lib.click('.people .toggle button:nth-child(2)');
    await lib.type('.people .index-tools input', '区委书记');
    await settle(lib, () =>
      [...document.querySelectorAll('.people .entry .post')].some(
        (p) => (p as HTMLElement).innerText === '武进区委书记',
      ),
    );
    const posts = await lib.$$eval('.people .entry', (es) =>
      es.map((e) => ({
        post: (e.querySelector('.post') as HTMLElement).innerText,
        meta: (e.querySelector('.meta') as HTMLElement).innerText,
      })),
    );
    const tianning = posts.filter((p) => p.post === '天宁区委书记');
    const wujin = posts.filter((p) => p.post === '武进区委书记');
    expect(tianning, JSON.stringify(posts)).toHaveLength(1);
    expect(wujin, JSON.stringify(posts)).toHaveLength(1);
    expect(wujin[0]?.meta).toMatch(/^1 /);
    // Opened, each post names its own holder only.
    const holdersOf = async (post: string) => {
      const i = await lib.$$eval(
        '.people .entry',
        (es, p) => es.findIndex((e) => (e.querySelector('.post') as HTMLElement).innerText === p),
        post,
      );
      const entry = `.people .entries > .entry:nth-child(${i + 1})`;
      await lib.click(`${entry} summary`);
      await lib.waitForSelector(`${entry} .timeline`, { visible: true, timeout: 10_000 });
      return lib.$$eval(`${entry} .timeline .name`, (ns) => ns.map((n) => (n as HTMLElement).innerText));
    };
    expect(await holdersOf('武进区委书记')).toEqual(['吴进二']);
    expect(await holdersOf('天宁区委书记')).toEqual(['周天一']);
  });
});
