// Citations and the English layer in the library, in real browsers: a page arrives through a
// version 2 backup (with the byline and site name a citation needs), "Copy citation" puts the
// exact GB/T 7714 and Chicago text on the clipboard (read back in the page), the page's RIS and
// BibTeX and the list's CSL-JSON and officials CSV land in the download directory, pinyin and
// English stand beside names, posts and formulations; and a highlight saved on a served news page
// carries its byline and site name from the analyzer into the citation.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../utils/core/records';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/export/backup';
import {
  corpusPage,
  selectText,
  settle,
  settleSelector,
  useExtension,
  visit,
  type BrowserName,
} from './harness';
import { waitForFile } from './seed';

/** Saved at local noon: the citation's access date is 2026-01-15 whatever the time zone. */
const SAVED = new Date(2026, 0, 15, 12).getTime();
const TITLE = '区委召开人大工作会议';
/** A phrase of the news page the analyzer reads (its byline is 陈海峰, its site 中新网). */
const NEWS_PHRASE = '突如其来的新冠肺炎疫情';

function backup(url: string): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(SAVED).toISOString(),
    pages: [
      {
        url,
        aliases: [],
        title: TITLE,
        published: '2022-07-01',
        source: '中共常州市天宁区委',
        site: '127.0.0.1',
        byline: '记者 张三',
        siteName: '天宁区人大',
        officials: [{ name: '许小波', titles: ['区委书记'] }],
        meetings: [],
        slogans: [
          { text: '全过程人民民主', count: 2 },
          { text: '大事', count: 1 },
        ],
        created: SAVED,
        updated: SAVED,
      },
    ],
    annotations: [
      {
        id: '00000000-0000-4000-8000-000000000c01',
        pageUrl: url,
        selectors: [
          { type: 'TextQuoteSelector', exact: '坚持和完善人民代表大会制度', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start: 0, end: 13 },
        ],
        color: 'yellow',
        tags: [],
        note: '',
        created: SAVED,
        updated: SAVED,
      },
    ],
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each<BrowserName>(['chromium', 'firefox'])('citations in %s', (name) => {
  let work: string;
  let downloads: string;
  const ctx = useExtension(
    name,
    { '/neixu.html': corpusPage('gerapy_chinanews_domestic_demand.html') },
    () => {
      work = mkdtempSync(path.join(tmpdir(), 'renda-cite-'));
      downloads = path.join(work, 'downloads');
      mkdirSync(downloads);
      return { downloadDir: downloads };
    },
  );
  let lib: Page;
  let url: string;
  const card = (title: string) =>
    lib.$$eval(
      '.pages > .page-card',
      (cs, t) => cs.findIndex((c) => c.querySelector('h2')?.textContent === t),
      title,
    );

  /** Opens a card's menu and chooses an item (the menu closes after a choice). */
  async function choose(index: number, item: string): Promise<void> {
    const at = `.pages > .page-card:nth-child(${index + 1})`;
    await lib.bringToFront();
    await lib.click(`${at} .menu > summary`);
    await lib.waitForSelector(`${at} .menu-body ${item}`, { visible: true });
    await lib.click(`${at} .menu-body ${item}`);
  }

  /** What "Copy citation" put on the clipboard, once the notice says it was copied. */
  async function copied(): Promise<string> {
    await settle(lib, () =>
      [...document.querySelectorAll('.notice')].some(
        (n) =>
          n.classList.contains('error') || /Citation copied\.|引文已复制/.test((n as HTMLElement).innerText),
      ),
    );
    const notice = await lib.$eval('.notice', (n) => (n as HTMLElement).innerText);
    expect(notice).toMatch(/Citation copied\.|引文已复制/);
    const text = await lib.evaluate(() => navigator.clipboard.readText());
    await lib.click('.notice .dismiss');
    return text;
  }

  beforeAll(async () => {
    url = `${ctx.served.origin}/tianning.html`;
    writeFileSync(path.join(work, 'backup.json'), backup(url));
    if (name === 'chromium') {
      // The test reads the clipboard back; Chromium asks a page for permission to read it (writing,
      // what the library does, needs none). Firefox lets an extension page read it.
      await ctx.ext.browser.defaultBrowserContext().overridePermissions(ctx.ext.base, ['clipboard-read']);
    }
    lib = await ctx.ext.openExtensionPage('options.html');
    await settleSelector(lib, '.library', 20_000);
    const input = (await lib.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(work, 'backup.json'));
    await settleSelector(lib, '.page-card');
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('copies the page’s citation in GB/T 7714, and in Chicago as a note, to the clipboard', async () => {
    const i = await card(TITLE);
    expect(i).toBeGreaterThanOrEqual(0);
    await choose(i, '.cite-gb7714');
    expect(await copied()).toBe(
      `张三. 区委召开人大工作会议[N/OL]. 天宁区人大, 2022-07-01[2026-01-15]. ${url}.`,
    );
    await choose(i, '.cite-chicago-note');
    expect(await copied()).toBe(`张三, “区委召开人大工作会议,” 天宁区人大, July 1, 2022, ${url}.`);
  });

  it('downloads the page as RIS and as BibTeX', async () => {
    const i = await card(TITLE);
    await choose(i, '.export-ris');
    const ris = readFileSync(await waitForFile(downloads, '.ris'), 'utf8');
    expect(ris).toMatch(/^TY {2}- NEWS\r\n/);
    expect(ris).toContain('AU  - 张, 三\r\n');
    expect(ris).toContain(`TI  - ${TITLE}\r\n`);
    expect(ris).toContain('T2  - 天宁区人大\r\n');
    expect(ris).toContain(`UR  - ${url}\r\n`);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    await choose(i, '.export-bib');
    const bibFile = await waitForFile(downloads, '.bib');
    expect(path.basename(bibFile)).toBe(`${TITLE}-2022-07-01.bib`);
    const bib = readFileSync(bibFile, 'utf8');
    expect(bib).toMatch(/^@article\{renda20220701\w+,\n/);
    expect(bib).toContain(`\ttitle = {${TITLE}},\n`);
    expect(bib).toContain(`\turl = {${url}},\n`);
  });

  it('exports the listed pages as CSL-JSON and their officials as a CSV', async () => {
    await lib.bringToFront();
    await lib.click('.export-menu summary');
    await lib.waitForSelector('.export-menu .export-csljson', { visible: true });
    await lib.click('.export-menu .export-csljson');
    const items = JSON.parse(readFileSync(await waitForFile(downloads, '.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      title: TITLE,
      'container-title': '天宁区人大',
      URL: url,
    });
    await lib.click('.export-menu summary');
    await lib.waitForSelector('.export-menu .export-officials', { visible: true });
    await lib.click('.export-menu .export-officials');
    const file = await waitForFile(downloads, '-officials-' + localDay(Date.now()) + '.csv');
    const rows = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(rows[0]).toBe('name,pinyin,post,post_en,place,level,date,url');
    expect(rows[1]).toBe(
      `许小波,Xu Xiaobo,区委书记,"Secretary, District Party Committee",天宁区,区,2022-07-01,${url}`,
    );
  });

  it('shows pinyin beside the official and the English of the post and the formulation', async () => {
    await lib.bringToFront();
    await lib.click('.views .view:nth-child(2)');
    await lib.waitForSelector('.people .entry summary .pinyin', { timeout: 15_000 });
    expect(await lib.$eval('.people .entry summary', (s) => (s as HTMLElement).innerText)).toMatch(
      /^许小波 Xu Xiaobo /,
    );
    await lib.click('.people .entry summary');
    await lib.waitForSelector('.people .entry .timeline .post-en', { visible: true, timeout: 10_000 });
    expect(await lib.$eval('.people .entry .timeline .post', (p) => (p as HTMLElement).innerText)).toBe(
      '天宁区委书记',
    );
    expect(await lib.$eval('.people .entry .timeline .post-en', (p) => (p as HTMLElement).innerText)).toBe(
      'Secretary, Tianning District Party Committee',
    );
    await lib.click('.views .view:nth-child(3)');
    await lib.waitForSelector('.slogans .entry summary', { timeout: 15_000 });
    const rows = await lib.$$eval('.slogans .entry summary', (ss) =>
      ss.map((s) => [
        (s.querySelector('.name') as HTMLElement).innerText,
        (s.querySelector('.en') as HTMLElement | null)?.innerText ?? null,
      ]),
    );
    expect(rows).toEqual([
      ['全过程人民民主', "whole-process people's democracy"],
      ['大事', null],
    ]);
    await lib.click('.views .view:nth-child(1)');
    await settleSelector(lib, '.page-card');
  });

  it('cites a page highlighted in the browser with the byline and site name the analyzer read', async () => {
    const page = await ctx.ext.browser.newPage();
    await visit(page, `${ctx.served.origin}/neixu.html`);
    await page.bringToFront();
    // The analyzer is injected after load: select until its toolbar shows.
    const deadline = Date.now() + 15_000;
    while (!(await selectText(page, NEWS_PHRASE)).toolbar && Date.now() < deadline) await sleep(300);
    const box = await selectText(page, NEWS_PHRASE);
    await sleep(100);
    // The toolbar sits 6px under the selection; the first (yellow) swatch's centre is 18px in, 16px down.
    await page.mouse.click(Math.max(4, box.left) + 18, box.bottom + 22);
    await settle(page, () => (CSS.highlights.get('renda-hl-yellow')?.size ?? 0) > 0);
    const saved = localDay(Date.now());
    await page.keyboard.press('Escape');
    await page.close();

    // The library opened again (Puppeteer loses its hold on a moz-extension:// page it reloads).
    await lib.close();
    lib = await ctx.ext.openExtensionPage('options.html');
    await settle(lib, () => document.querySelectorAll('.page-card').length === 2);
    const i = await card('【中国稳健前行】坚定实施扩大内需战略');
    expect(i).toBeGreaterThanOrEqual(0);
    await choose(i, '.cite-gb7714');
    expect(await copied()).toBe(
      `陈海峰. 【中国稳健前行】坚定实施扩大内需战略[N/OL]. 中新网, 2020-07-04[${saved}]. ${ctx.served.origin}/neixu.html.`,
    );
  });
});
