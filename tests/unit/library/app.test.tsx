// @vitest-environment jsdom
// The library page rendered for real (Preact in jsdom) over a fake-indexeddb database.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp, type HashStore } from '../../../components/library/LibraryApp';
import { createStoreApi } from '../../../utils/store/api';
import { addAnnotation } from '../../../utils/store/annotations';
import { dumpAll, listPages } from '../../../utils/store/lists';
import type { RendaDb } from '../../../utils/store/schema';
import { exportBackup } from '../../../utils/store/backup';
import type { ExportFile } from '../../../utils/library/exporting';
import { openTestDb, pageInput, selectors } from '../store/helpers';
import { useEnglish, useLocale } from './i18n';

// WXT's mock of wxt/browser imports all of wxt/testing, whose esbuild cannot load under jsdom.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
useEnglish();

function memoryHash(initial = ''): HashStore & { value: string } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (h: string) => void (store.value = h),
    subscribe: () => () => {},
  };
  return store;
}

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, ms = 5000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

async function seed(db: RendaDb): Promise<void> {
  await addAnnotation(db, {
    page: pageInput(),
    selectors: selectors('坚持和完善人民代表大会制度', 10),
    color: 'yellow',
    tags: ['人大工作'],
    note: '<b>不是标签</b>',
  });
  await addAnnotation(db, {
    page: pageInput(),
    selectors: selectors('强富美高新江苏', 40),
    color: 'green',
  });
  await addAnnotation(db, {
    page: pageInput({
      url: 'https://news.example.cn/b.html',
      title: '市人大常委会召开会议',
      published: '2023-03-02',
      officials: [{ name: '王建国', titles: ['市人大常委会主任'] }],
      slogans: [],
    }),
    selectors: selectors('全过程人民民主', 5),
    color: 'blue',
    tags: ['民主'],
  });
}

describe('LibraryApp', () => {
  let db: RendaDb;
  let root: HTMLElement;
  let downloads: ExportFile[];
  let opened: string[];

  const mount = (hash = memoryHash()) => {
    render(
      <LibraryApp
        store={createStoreApi(async () => db)}
        hash={hash}
        services={{ openTab: (u) => void opened.push(u), download: (f) => void downloads.push(f) }}
      />,
      root,
    );
    return hash;
  };
  const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel);
  const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

  beforeEach(async () => {
    db = await openTestDb();
    await seed(db);
    root = document.createElement('div');
    document.body.append(root);
    downloads = [];
    opened = [];
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    db.close();
  });

  it('lists pages newest first with their highlights, page text as text', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'two pages');
    expect($$('.page-card h2').map((h) => h.textContent)).toEqual([
      '市人大常委会召开会议',
      '区委召开人大工作会议',
    ]);
    const note = await waitFor(
      () => $$('.note').find((n) => n.textContent?.includes('不是标签')),
      'the note',
    );
    expect(note.querySelector('b')).toBeNull();
    expect(note.textContent).toBe('<b>不是标签</b>');
  });

  it('opens a page in a new tab when its title is clicked', async () => {
    mount();
    const link = await waitFor(() => $<HTMLAnchorElement>('.page-card a.page-title'), 'a title link');
    link.click();
    expect(opened).toEqual(['https://news.example.cn/b.html']);
  });

  it('filters by colour through the filter bar and keeps it in the address', async () => {
    const hash = mount();
    await waitFor(() => $$('.page-card').length === 2, 'two pages');
    const select = $<HTMLSelectElement>('select[name=color]') as HTMLSelectElement;
    select.value = 'green';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => $$('.page-card').length === 1, 'one page');
    expect($$('.quote').map((q) => q.textContent)).toEqual(['强富美高新江苏']);
    expect(hash.value).toContain('color=green');
  });

  it('filters by a range of page dates, labelled by what the list is sorted by', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'two pages');
    const from = $<HTMLInputElement>('input[name=from]') as HTMLInputElement;
    from.value = '2023-01-01';
    from.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => $$('.page-card').length === 1, 'one page');
    expect($('.page-card h2')?.textContent).toBe('市人大常委会召开会议');
    expect(from.closest('label')?.textContent).toBe('Dated from');
    const sort = $<HTMLSelectElement>('select[name=sort]') as HTMLSelectElement;
    sort.value = 'saved';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => $('input[name=from]')?.closest('label')?.textContent === 'Saved from', 'the label');
  });

  it('starts from the state in the address', async () => {
    mount(memoryHash('#official=%E7%8E%8B%E5%BB%BA%E5%9B%BD'));
    await waitFor(() => $$('.page-card').length === 1, 'one page');
    expect($('.page-card h2')?.textContent).toBe('市人大常委会召开会议');
  });

  it('marks the formulation the list is filtered by inside the passages', async () => {
    mount(memoryHash('#slogan=%E5%BC%BA%E5%AF%8C%E7%BE%8E%E9%AB%98'));
    await waitFor(() => $$('.page-card').length === 1, 'one page');
    const mark = await waitFor(() => $('.quote mark'), 'a mark');
    expect(mark.textContent).toBe('强富美高');
    expect(mark.closest('.quote')?.textContent).toBe('强富美高新江苏');
  });

  it('imports a backup file dropped on the page', async () => {
    const other = await openTestDb();
    await addAnnotation(other, {
      page: pageInput({ url: 'https://d.example.cn/d.html', title: '拖放导入' }),
      selectors: selectors('依法履职'),
      color: 'yellow',
    });
    const text = await exportBackup(other);
    other.close();
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { types: ['Files'], files: [new File([text], 'backup.json')] },
    });
    ($('.library') as HTMLElement).dispatchEvent(drop);
    await waitFor(() => $$('.page-card').length === 3, 'the dropped page');
    expect(drop.defaultPrevented).toBe(true);
  });

  it('finds a two-character word from the middle of a quote and marks it', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    typeInto($<HTMLInputElement>('input[name=q]') as HTMLInputElement, '代表');
    const mark = await waitFor(() => $('.hits mark'), 'a <mark>').catch((e) => {
      console.log(root.innerHTML);
      throw e;
    });
    expect(mark.textContent).toBe('代表');
    expect(mark.closest('.quote')?.textContent).toBe('坚持和完善人民代表大会制度');
    expect($$('.hit')).toHaveLength(1);
  });

  it('searches one character only on Enter, and says so', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    const q = $<HTMLInputElement>('input[name=q]') as HTMLInputElement;
    typeInto(q, '强');
    await waitFor(() => $('#search-hint'), 'the hint');
    await new Promise((r) => setTimeout(r, 400));
    expect($('.hits')).toBeNull();
    q.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const mark = await waitFor(() => $('.hits mark'), 'a mark');
    expect(mark.textContent).toBe('强');
    expect($('#search-hint')).toBeNull();
  });

  it('clears the results on Escape right after a search committed with Enter', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    const q = $<HTMLInputElement>('input[name=q]') as HTMLInputElement;
    typeInto(q, '强');
    await new Promise((r) => setTimeout(r, 0));
    q.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitFor(() => $('.hits mark'), 'a mark');
    q.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => !$('.hits') && $$('.page-card').length === 2, 'the list back');
    expect(q.value).toBe('');
  });

  it('waits for the input method to finish before searching', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    const q = $<HTMLInputElement>('input[name=q]') as HTMLInputElement;
    q.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    typeInto(q, 'daibiao');
    await new Promise((r) => setTimeout(r, 400));
    expect($('.hits, .results, .empty')).toBeNull();
    q.value = '代表';
    q.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '代表' }));
    const mark = await waitFor(() => $('.hits mark'), 'a mark');
    expect(mark.textContent).toBe('代表');
  });

  it('edits tags, note and colour of a highlight', async () => {
    mount();
    await waitFor(() => $$('.annotation').length === 3, 'highlights');
    const item = $$('.annotation').find((a) => a.textContent?.includes('全过程人民民主')) as HTMLElement;
    (item.querySelector('button.edit') as HTMLButtonElement).click();
    const form = await waitFor(() => item.querySelector('form.editor'), 'the editor');
    typeInto(form.querySelector('textarea') as HTMLTextAreaElement, '新的笔记');
    typeInto(form.querySelector('.tag-input') as HTMLInputElement, '选举，');
    (form.querySelector('input[value=pink]') as HTMLInputElement).click();
    await new Promise((r) => setTimeout(r, 0));
    (form.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await waitFor(() => !item.isConnected || !item.querySelector('form.editor'), 'the editor to close');
    const { annotations: stored } = await dumpAll(db);
    const a = stored.find((x) => x.tags.includes('民主'));
    expect(a).toMatchObject({ note: '新的笔记', tags: ['民主', '选举'], color: 'pink' });
    await waitFor(() => $$('.note').some((n) => n.textContent === '新的笔记'), 'the new note shown');
  });

  it('deletes a highlight without asking and undoes it', async () => {
    mount();
    await waitFor(() => $$('.annotation').length === 3, 'highlights');
    const item = $$('.annotation').find((a) => a.textContent?.includes('强富美高')) as HTMLElement;
    (item.querySelector('button.delete') as HTMLButtonElement).click();
    await waitFor(() => $$('.annotation').length === 2, 'two highlights left');
    expect((await dumpAll(db)).annotations).toHaveLength(2);
    const undo = await waitFor(() => $<HTMLButtonElement>('.notice button.undo'), 'the undo button');
    undo.click();
    await waitFor(() => $$('.annotation').length === 3, 'three highlights again');
    expect((await dumpAll(db)).annotations).toHaveLength(3);
  });

  it('deletes a page with its highlights and puts it back on Ctrl+Z', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    ($$('.page-card')[1]?.querySelector('.delete-page') as HTMLButtonElement).click();
    await waitFor(() => $$('.page-card').length === 1, 'one page left');
    expect((await dumpAll(db)).annotations).toHaveLength(1);
    await waitFor(() => $('.notice button.undo'), 'the undo button');
    (document.activeElement as HTMLElement | null)?.blur();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    await waitFor(() => $$('.page-card').length === 2, 'both pages again');
    expect((await dumpAll(db)).annotations).toHaveLength(3);
  });

  it('moves focus into the editor, back to Edit on Escape, and to Undo after a delete', async () => {
    mount();
    await waitFor(() => $$('.annotation').length === 3, 'highlights');
    const item = $$('.annotation')[0] as HTMLElement;
    const edit = item.querySelector('button.edit') as HTMLButtonElement;
    edit.click();
    const form = await waitFor(() => item.querySelector('form.editor'), 'the editor');
    await waitFor(() => form.contains(document.activeElement), 'focus in the editor');
    form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => document.activeElement === item.querySelector('button.edit'), 'focus back on Edit');
    (item.querySelector('button.delete') as HTMLButtonElement).click();
    await waitFor(() => document.activeElement === $('.notice button.undo'), 'focus on Undo');
  });

  it('closes a menu on Escape and after a choice', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    const menu = $<HTMLDetailsElement>('.export-menu') as HTMLDetailsElement;
    menu.open = true;
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu.open).toBe(false);
    menu.open = true;
    (menu.querySelector('.export-jsonld') as HTMLButtonElement).click();
    expect(menu.open).toBe(false);
    const file = await waitFor(() => downloads[0], 'a download');
    expect(JSON.parse(file.text)).toMatchObject({ type: 'AnnotationCollection', total: 3 });
  });

  it('exports the filtered set as Markdown', async () => {
    mount(memoryHash('#tag=%E6%B0%91%E4%B8%BB'));
    await waitFor(() => $$('.page-card').length === 1, 'one page');
    ($('.export-menu .export-md') as HTMLButtonElement).click();
    await waitFor(() => downloads.length === 1, 'a download');
    const file = downloads[0] as ExportFile;
    expect(file.fileName).toMatch(/^renda-reader-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.text).toContain('> 全过程人民民主');
    expect(file.text).not.toContain('坚持和完善');
  });

  it('exports one page with its title in the file name', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    ($$('.page-card')[1]?.querySelector('.export-csv') as HTMLButtonElement).click();
    const file = await waitFor(() => downloads[0], 'a download');
    expect(file.fileName).toBe('区委召开人大工作会议-2022-07-01.csv');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
  });

  it('imports a backup, reports what it added and skipped, and duplicates nothing', async () => {
    const text = await exportBackup(db);
    const other = await openTestDb();
    await addAnnotation(other, {
      page: pageInput({ url: 'https://c.example.cn/c.html' }),
      selectors: selectors('依法履职'),
      color: 'yellow',
    });
    const extra = await exportBackup(other);
    other.close();
    // The file: everything already here plus one new page with one highlight.
    const a = JSON.parse(text) as { pages: unknown[]; annotations: unknown[] };
    const b = JSON.parse(extra) as { pages: unknown[]; annotations: unknown[] };
    const merged = JSON.stringify({
      ...a,
      pages: [...a.pages, ...b.pages],
      annotations: [...a.annotations, ...b.annotations],
    });

    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    const input = $<HTMLInputElement>('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([merged], 'backup.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const notice = await waitFor(
      () => $$('.notice-text').find((n) => n.textContent?.includes('imported')),
      'the report',
    );
    expect(notice.textContent).toContain('pages 1 added, 0 updated, 2 already here');
    expect(notice.textContent).toContain('highlights 1 added, 0 updated, 3 already here');
    await waitFor(() => $$('.page-card').length === 3, 'three pages');
    expect((await dumpAll(db)).annotations).toHaveLength(4);
  });

  it.each([
    ['truncated', (s: string) => s.slice(0, s.length - 20), /not complete JSON/],
    ['miscoloured', (s: string) => s.replace('"green"', '"red"'), /annotations\[\d\]\.color/],
    ['foreign', () => '{"hello":1}', /not a Renda Reader backup/],
  ])('a %s backup changes nothing and says what is wrong', async (_name, damage, why) => {
    const before = await dumpAll(db);
    const text = damage(await exportBackup(db));
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    const input = $<HTMLInputElement>('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const notice = await waitFor(() => $('.notice.error'), 'an error');
    expect(notice.textContent).toMatch(/^Nothing was imported\./);
    expect(notice.textContent).toMatch(why);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('shows a database error plainly', async () => {
    mount();
    await waitFor(() => $$('.annotation').length === 3, 'highlights');
    const item = $$('.annotation')[0] as HTMLElement;
    (item.querySelector('button.edit') as HTMLButtonElement).click();
    const form = await waitFor(() => item.querySelector('form.editor'), 'the editor');
    // Another tab deleted everything meanwhile.
    await db.annotations.clear();
    (form.querySelector('button[type=submit]') as HTMLButtonElement).click();
    const notice = await waitFor(() => $('.notice.error'), 'an error');
    expect(notice.textContent).toContain('This highlight no longer exists');
  });

  it.each([
    ['en', /^Could not delete the highlight: the database was closed/],
    ['zh_CN', /^数据库已关闭/],
  ] as const)('says in %s that the database was closed', async (locale, expected) => {
    useLocale(locale);
    try {
      mount();
      await waitFor(() => $$('.annotation').length === 3, 'highlights');
      db.close();
      ($$('.annotation')[0]?.querySelector('button.delete') as HTMLButtonElement).click();
      const notice = await waitFor(() => $('.notice.error'), 'an error');
      expect(notice.querySelector('.notice-text')?.textContent).toMatch(expected);
    } finally {
      useEnglish();
    }
  });

  it('indexes officials by post and formulations by month, and links to their pages', async () => {
    const hash = mount(memoryHash('#view=people'));
    await waitFor(() => $$('.people .entry').length === 2, 'two officials');
    expect($$('.people .entry .name').map((n) => n.textContent)).toEqual(
      expect.arrayContaining(['许小波', '王建国']),
    );
    const entry = $$('.people .entry').find((e) => e.textContent?.includes('许小波')) as HTMLElement;
    // The body of an entry is built when it is opened.
    expect(entry.querySelector('.timeline')).toBeNull();
    const details = entry.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    // Browsers fire "toggle" when a <details> opens, after the page has settled; jsdom does not.
    await new Promise((r) => setTimeout(r, 100));
    details.dispatchEvent(new Event('toggle'));
    const timeline = await waitFor(() => entry.querySelector('.timeline'), 'the timeline');
    expect(timeline.textContent).toContain('区委书记');
    expect(timeline.textContent).toContain('rd.example.gov.cn');
    (entry.querySelector('button.link') as HTMLButtonElement).click();
    await waitFor(() => $$('.page-card').length === 1, 'the official’s page');
    expect(hash.value).toContain('official=');

    render(null, root);
    mount(memoryHash('#view=slogans'));
    const slogan = await waitFor(() => $('.slogans .entry'), 'a formulation');
    expect(slogan.textContent).toContain('强富美高');
    (slogan.querySelector('button.month') as HTMLButtonElement).click();
    await waitFor(() => $$('.page-card').length === 1, 'the month’s page');
    expect($('.page-card h2')?.textContent).toBe('区委召开人大工作会议');
  });

  /** Opens a <details> whose body is built on "toggle", and waits for that body. */
  const openDetails = <T,>(details: HTMLDetailsElement, body: () => T | null | false, what: string) => {
    details.open = true;
    // Browsers fire "toggle" when a <details> opens; jsdom does not, and the listener is added
    // once Preact runs its effects: fire it until the body is there.
    return waitFor(() => {
      details.dispatchEvent(new Event('toggle'));
      return body();
    }, what);
  };

  it('folds a page’s officials and formulations into one closed line, national ones first', async () => {
    await addAnnotation(db, {
      page: pageInput({
        url: 'https://rd.example.gov.cn/long.html',
        title: '长文',
        officials: [
          { name: '许小波', titles: ['区委书记'] },
          { name: '张凯奇', titles: ['区长'] },
        ],
        slogans: [
          { text: '大事', count: 9 },
          { text: '四个意识', count: 1 },
          { text: '高质量发展', count: 2 },
        ],
      }),
      selectors: selectors('要把大事办好'),
      color: 'yellow',
    });
    mount();
    const card = await waitFor(
      () => $$('.page-card').find((c) => c.querySelector('h2')?.textContent === '长文'),
      'the long page',
    );
    const details = card.querySelector<HTMLDetailsElement>('details.entities') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('2 officials · 3 formulations');
    // Closed, it holds no chip (and so no tab stop).
    expect(card.querySelectorAll('button.entity')).toHaveLength(0);
    // The quotes come before anything else in the body of the card.
    expect(card.querySelector('.quote')?.textContent).toBe('要把大事办好');
    await openDetails(details, () => card.querySelectorAll('button.entity').length === 5, 'the chips');
    expect([...card.querySelectorAll('button.entity .entity-name')].map((b) => b.textContent)).toEqual([
      '许小波',
      '张凯奇',
      '四个意识',
      '高质量发展',
      '大事',
    ]);
    // Beside each name its pinyin, beside each national formulation its standard English; a page's
    // own quoted words have none. Smaller, in their own element: the Chinese is what the chip is.
    expect(
      [...card.querySelectorAll('button.entity')].map((b) => [
        b.querySelector('.aside')?.textContent ?? null,
        b.querySelector('.aside')?.getAttribute('lang') ?? null,
      ]),
    ).toEqual([
      ['Xu Xiaobo', 'zh-Latn-pinyin'],
      ['Zhang Kaiqi', 'zh-Latn-pinyin'],
      ['Four Consciousnesses', 'en'],
      ['high-quality development', 'en'],
      [null, null],
    ]);
    expect([...card.querySelectorAll('.entity-label')].map((l) => l.textContent)).toEqual([
      'Officials',
      'National formulations',
      'Quoted words',
    ]);
    (card.querySelector('button.entity.official') as HTMLButtonElement).click();
    await waitFor(() => $<HTMLInputElement>('input[name=official]')?.value === '许小波', 'the filter');
  });

  it('says one of each in the singular', async () => {
    mount(memoryHash('#official=%E7%8E%8B%E5%BB%BA%E5%9B%BD'));
    await waitFor(() => $$('.page-card').length === 1, 'one page');
    expect($('.page-card details.entities summary')?.textContent).toBe('1 official');
  });

  it('filters by an official typed with suggestions, only once the name is one of the list', async () => {
    const hash = mount();
    await waitFor(() => $$('.page-card').length === 2, 'two pages');
    const input = $<HTMLInputElement>('input[name=official]') as HTMLInputElement;
    const list = await waitFor(
      () => (input.list?.querySelectorAll('option').length === 2 ? input.list : null),
      'the suggestions',
    );
    expect([...list.querySelectorAll('option')].map((o) => o.value).sort()).toEqual(['王建国', '许小波']);
    // Half a name filters nothing, and leaving the field puts back what is filtered (nothing).
    typeInto(input, '王建');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => input.value === '', 'the field reset');
    expect(hash.value).not.toContain('official=');
    expect($$('.page-card')).toHaveLength(2);
    typeInto(input, '王建国');
    await waitFor(() => $$('.page-card').length === 1, 'one page');
    expect($('.page-card h2')?.textContent).toBe('市人大常委会召开会议');
    expect(hash.value).toContain(`official=${encodeURIComponent('王建国')}`);
    // Emptying the field lifts the filter.
    typeInto(input, '');
    await waitFor(() => $$('.page-card').length === 2, 'both pages again');
    expect(hash.value).not.toContain('official=');
  });

  it('lists national formulations before the pages’ quoted words', async () => {
    await addAnnotation(db, {
      page: pageInput({
        url: 'https://rd.example.gov.cn/c.html',
        slogans: [
          { text: '大事', count: 20 },
          { text: '四个意识', count: 1 },
        ],
      }),
      selectors: selectors('办好大事'),
      color: 'yellow',
    });
    mount(memoryHash('#view=slogans'));
    await waitFor(() => $$('.slogans .entry').length === 3, 'three formulations');
    expect($$('.slogans .group-label').map((h) => h.textContent)).toEqual([
      'National formulations',
      'Quoted words',
    ]);
    expect($$('.slogans .entry .name').map((n) => n.textContent)).toEqual(['四个意识', '大事', '强富美高']);
  });

  it('shows two districts’ posts of one name as two posts', async () => {
    for (const [url, place, name] of [
      ['https://a.example.cn/1.html', '天宁', '周某'],
      ['https://b.example.cn/2.html', '武进', '李四'],
    ] as const) {
      await addAnnotation(db, {
        page: pageInput({
          url,
          source: `中共常州市${place}区委`,
          officials: [{ name, titles: ['区委书记'] }],
        }),
        selectors: selectors(`${place}摘录`),
        color: 'yellow',
      });
    }
    mount(memoryHash('#view=people'));
    await waitFor(() => $$('.people .entry').length === 4, 'four officials');
    const byPost = $$('.people .toggle button')[1] as HTMLButtonElement;
    byPost.click();
    await waitFor(() => $$('.people .entry .post').length > 0, 'the posts');
    const posts = $$('.people .entry .post').map((p) => p.textContent);
    expect(posts).toEqual(expect.arrayContaining(['天宁区委书记', '武进区委书记']));
    expect(posts).not.toContain('区委书记');
  });

  it('pages a long list', async () => {
    for (let i = 0; i < 25; i++) {
      await addAnnotation(db, {
        page: pageInput({ url: `https://many.example.cn/${i}.html`, title: `第${i}篇` }),
        selectors: selectors(`摘录${i}`),
        color: 'yellow',
      });
    }
    const { total } = await listPages(db, {});
    mount();
    await waitFor(() => $$('.page-card').length === 20, 'a first page of 20');
    expect($('.pager .range')?.textContent).toBe(`1–20 of ${total} pages`);
    ($('.pager .next') as HTMLButtonElement).click();
    await waitFor(() => $$('.page-card').length === total - 20, 'the rest');
  });

  it('shows the first highlights of a long page until asked for all', async () => {
    for (let i = 0; i < 40; i++) {
      await addAnnotation(db, {
        page: 'https://news.example.cn/b.html',
        selectors: selectors(`第${i}段摘录`, 100 + i),
        color: 'yellow',
      });
    }
    mount();
    const card = await waitFor(
      () => $$('.page-card').find((c) => c.textContent?.includes('市人大常委会召开会议')),
      'the long page',
    );
    await waitFor(() => card.querySelectorAll('.annotation').length === 30, 'the first 30');
    const more = card.querySelector('button.more') as HTMLButtonElement;
    expect(more.textContent).toBe('Show all 41 highlights');
    more.click();
    await waitFor(() => card.querySelectorAll('.annotation').length === 41, 'all 41');
  });

  it('focuses the search box on /', async () => {
    mount();
    await waitFor(() => $$('.page-card').length === 2, 'pages');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    expect(document.activeElement).toBe($('input[name=q]'));
  });
});
