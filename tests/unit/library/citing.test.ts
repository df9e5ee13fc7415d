// Citations of saved pages as the library and the popup ask for them: the item from the stored
// record (byline and site name included when it has them), the styles offered by interface
// language, plain-text citations without list numbers, the reference files, and the warm-up
// that leaves both citeproc engines built.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageRecord } from '../../../utils/core/records';
import {
  citationFunction,
  citationReady,
  citeItems,
  citationStyles,
  citePages,
  markdownCitationStyle,
  pageCitationItem,
  referenceText,
  warmUpCitations,
} from '../../../utils/library/citing';

/** Saved at noon local time: its access date is the same day in every time zone. */
const SAVED = new Date(2026, 11, 1, 12).getTime();

function page(over: Partial<PageRecord> = {}): PageRecord {
  return {
    url: 'https://rd.example.gov.cn/a/1.html',
    aliases: [],
    title: '区委召开人大工作会议',
    published: '2022-07-01',
    source: '天宁人大',
    site: 'rd.example.gov.cn',
    byline: '记者 张三 欧阳修',
    siteName: '天宁区人大',
    officials: [],
    meetings: [],
    slogans: [],
    created: SAVED,
    updated: SAVED,
    ...over,
  };
}

const OLD = page({
  url: 'https://rd.example.gov.cn/a/2.html',
  title: '代表名单',
  published: null,
  source: null,
});
delete OLD.byline;
delete OLD.siteName;

describe('the styles offered', () => {
  it.each([
    ['zh-CN', ['gb7714', 'chicago-note', 'chicago-bibliography'], 'gb7714'],
    ['zh_TW', ['gb7714', 'chicago-note', 'chicago-bibliography'], 'gb7714'],
    ['en-US', ['chicago-note', 'chicago-bibliography', 'gb7714'], 'chicago-bibliography'],
    ['fr', ['chicago-note', 'chicago-bibliography', 'gb7714'], 'chicago-bibliography'],
  ])('%s: copy offers %j, Markdown cites in %s', (lang, styles, markdown) => {
    expect(citationStyles(lang)).toEqual(styles);
    expect(markdownCitationStyle(lang)).toBe(markdown);
  });
});

describe('pageCitationItem', () => {
  it('names the byline’s people and the site’s own name, accessed the day the page was saved', () => {
    expect(pageCitationItem(page())).toMatchObject({
      type: 'article-newspaper',
      title: '区委召开人大工作会议',
      'container-title': '天宁区人大',
      publisher: '天宁人大',
      author: [
        { family: '张', given: '三' },
        { family: '欧阳', given: '修' },
      ],
      issued: { 'date-parts': [[2022, 7, 1]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: 'https://rd.example.gov.cn/a/1.html',
    });
  });

  it('a page saved before either was kept: the host stands for the site, no author', () => {
    const item = pageCitationItem(OLD);
    expect(item).toMatchObject({ type: 'webpage', 'container-title': 'rd.example.gov.cn', author: [] });
    expect(item).not.toHaveProperty('issued');
  });
});

describe('citations', () => {
  let fetchSpy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in citations'));
  });
  afterEach(() => {
    // Nothing leaves the machine.
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('warms up: both engines are built afterwards, and the pauses it was given were taken', async () => {
    expect(citationReady('gb7714')).toBe(false);
    expect(citationReady('chicago-note')).toBe(false);
    let pauses = 0;
    await warmUpCitations(async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(citationReady('gb7714')).toBe(true);
    expect(citationReady('chicago-note')).toBe(true);
    // Notes and bibliography are one style: one engine.
    expect(citationReady('chicago-bibliography')).toBe(true);
  });

  it.each([
    [
      'gb7714',
      '张三, 欧阳修. 区委召开人大工作会议[N/OL]. 天宁区人大, 2022-07-01[2026-12-01]. https://rd.example.gov.cn/a/1.html.',
    ],
    [
      'chicago-note',
      '张三 and 欧阳修, “区委召开人大工作会议,” 天宁区人大, July 1, 2022, https://rd.example.gov.cn/a/1.html.',
    ],
    [
      'chicago-bibliography',
      '张三, and 欧阳修. “区委召开人大工作会议.” 天宁区人大, July 1, 2022. https://rd.example.gov.cn/a/1.html.',
    ],
  ] as const)('one page in %s, as plain text without a list number', async (style, expected) => {
    expect(await citePages([page()], style)).toBe(expected);
  });

  it('cites CSL-JSON items as they are (the popup’s page as read)', async () => {
    expect(await citeItems([pageCitationItem(OLD)], 'gb7714')).toBe(
      '代表名单[EB/OL]. [2026-12-01]. https://rd.example.gov.cn/a/2.html.',
    );
  });

  it('a citation function for the synchronous Markdown builder', async () => {
    const cite = await citationFunction([OLD, page()], 'gb7714');
    expect(cite(OLD)).toBe('代表名单[EB/OL]. [2026-12-01]. https://rd.example.gov.cn/a/2.html.');
    expect(cite(page())).toMatch(/^张三, 欧阳修\. 区委召开人大工作会议\[N\/OL\]/);
    // Only the pages it was made for.
    expect(cite(page({ url: 'https://other.example.cn/' }))).toBeNull();
  });

  it('RIS: a dated page is NEWS, an undated one ELEC, each with its title and address', async () => {
    const ris = await referenceText('ris', [page(), OLD]);
    const records = ris.split('\r\nER  - \r\n').filter((r) => r.trim() !== '');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatch(/^TY {2}- NEWS\r\n/);
    expect(records[0]).toContain('AU  - 张, 三\r\nAU  - 欧阳, 修\r\n');
    expect(records[0]).toContain('TI  - 区委召开人大工作会议\r\nT2  - 天宁区人大\r\n');
    expect(records[0]).toContain('UR  - https://rd.example.gov.cn/a/1.html\r\n');
    expect(records[1]?.trim()).toMatch(/^TY {2}- ELEC\r\n/);
    expect(records[1]).toContain('TI  - 代表名单\r\n');
  });

  it('BibTeX: an entry per page keyed by its citation id', async () => {
    const bib = await referenceText('bib', [page()]);
    const id = pageCitationItem(page()).id;
    expect(bib.startsWith(`@article{${id},\n`)).toBe(true);
    expect(bib).toContain('\ttitle = {区委召开人大工作会议},\n');
    expect(bib).toContain('\turl = {https://rd.example.gov.cn/a/1.html},\n');
  });

  it('CSL-JSON: the items, the publisher also as a note for Zotero', async () => {
    const items = JSON.parse(await referenceText('csljson', [page(), OLD])) as Record<string, unknown>[];
    expect(items.map((i) => i.title)).toEqual(['区委召开人大工作会议', '代表名单']);
    expect(items[0]?.note).toBe('publisher: 天宁人大');
  });
});
