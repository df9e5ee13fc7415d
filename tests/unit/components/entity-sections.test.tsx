// @vitest-environment jsdom
// The popup's people, meetings and formulations: one entry per person, national formulations
// before the page's own quoted words, and the long tail of those behind "Show N more".
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntitySections, LOCAL_SHOWN } from '../../../components/EntitySections';
import type { Detection, Slogan, SloganKind } from '../../../utils/types';
import { message, useLocale } from '../library/i18n';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const slogan = (text: string, kind: SloganKind, count: number, at: number): Slogan => ({
  text,
  kind,
  count,
  mentions: Array.from({ length: count }, (_, i) => ({ start: at + i, end: at + i + 1 })),
});

const LOCAL = ['大事', '要事', '难事', '532', '3511', '桥梁', '纽带', '<i>急难愁盼</i>'];
const detection = (overrides: Partial<Detection> = {}): Detection => ({
  congress: { isCongressNews: true, score: 5 },
  officials: [
    {
      name: '习近平',
      titles: ['中共中央总书记', '国家主席', '总书记'],
      glosses: ['General Secretary, CPC Central Committee', 'President', 'General Secretary'],
      mentions: [],
    },
    { name: '许小波', titles: ['区委书记'], mentions: [] },
    { name: '许小波', titles: ['天宁区委书记'], mentions: [] },
  ],
  meetings: [
    { name: '区委人大工作会议', date: '2022-07-01', role: 'reported', mentions: [] },
    { name: '中央人大工作会议', date: null, role: 'referenced', mentions: [] },
  ],
  slogans: [
    ...LOCAL.map((text, i) => slogan(text, 'quoted', text === '大事' ? 9 : 1, 100 + i * 10)),
    slogan('两个确立', 'quoted', 1, 500),
    slogan('三张清单', 'numbered', 1, 600),
    { ...slogan('全过程人民民主', 'known', 4, 50), en: 'whole-process people’s democracy' },
  ],
  ...overrides,
});

let host: HTMLElement;
let revealed: string[];
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  revealed = [];
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(d: Detection = detection()) {
  act(() => {
    render(<EntitySections detection={d} onReveal={(text) => revealed.push(text)} />, host);
  });
}
const texts = (selector: string) => [...host.querySelectorAll(selector)].map((e) => e.textContent);
const sectionCounts = () =>
  [...host.querySelectorAll('h2')].map((h) => [
    h.firstChild?.textContent?.trim(),
    h.querySelector('.count')?.textContent,
  ]);

describe('EntitySections', () => {
  it.each(['en', 'zh_CN'] as const)('in %s: people, meetings, formulations, with their counts', (locale) => {
    useLocale(locale);
    show();
    expect(sectionCounts()).toEqual([
      [message('popupOfficials', [], locale), '2'],
      [message('popupMeetings', [], locale), '2'],
      [message('popupSlogans', [], locale), '11'],
    ]);
  });

  it('lists each person once, with every post in order and the fuller form of each', () => {
    useLocale('en');
    show();
    const people = [...host.querySelectorAll('.person')].map((p) => ({
      name: p.querySelector('.name')?.textContent,
      posts: [...p.querySelectorAll('.post')].map((q) => [
        q.querySelector('.post-title')?.textContent,
        q.querySelector('.gloss')?.textContent ?? null,
      ]),
    }));
    expect(people).toEqual([
      {
        name: '习近平',
        posts: [
          ['中共中央总书记', 'General Secretary, CPC Central Committee'],
          ['国家主席', 'President'],
        ],
      },
      { name: '许小波', posts: [['天宁区委书记', null]] },
    ]);
    (host.querySelector('.person') as HTMLElement).click();
    expect(revealed).toEqual(['习近平']);
  });

  it('shows the pinyin under a name that has one, and the English of a meeting under its name', () => {
    useLocale('en');
    const d = detection();
    show(
      detection({
        officials: d.officials.map((o) => (o.name === '许小波' ? { ...o, pinyin: 'Xu Xiaobo' } : o)),
        meetings: d.meetings.map((m, i) =>
          i === 0 ? { ...m, en: 'District Party Committee Work Meeting on People’s Congress Work' } : m,
        ),
      }),
    );
    const pinyin = [...host.querySelectorAll('.person')].map(
      (p) => p.querySelector('.pinyin')?.textContent ?? null,
    );
    expect(pinyin).toEqual([null, 'Xu Xiaobo']);
    expect(
      [...host.querySelectorAll('.meeting')].map((m) => m.querySelector('.gloss')?.textContent ?? null),
    ).toEqual(['District Party Committee Work Meeting on People’s Congress Work', null]);
  });

  it.each(['en', 'zh_CN'] as const)('in %s: a meeting is its name, then date · role', (locale) => {
    useLocale(locale);
    show();
    expect(
      [...host.querySelectorAll('.meeting')].map((m) => [...m.children].map((c) => c.textContent)),
    ).toEqual([
      ['区委人大工作会议', `2022-07-01 · ${message('popupReported', [], locale)}`],
      [
        '中央人大工作会议',
        `${message('popupNoDate', [], locale)} · ${message('popupReferenced', [], locale)}`,
      ],
    ]);
  });

  it('puts national formulations and numbered formulas first, each group under its own heading', () => {
    useLocale('en');
    show();
    expect(texts('.slogan-group h3')).toEqual([message('popupNational'), message('popupLocalQuoted')]);
    expect(texts('.national .slogan-text')).toEqual(['全过程人民民主', '两个确立', '三张清单']);
    expect(texts('.national .times')).toEqual(['×4', '×1', '×1']);
    // The standard English, where there is one, under the formulation.
    expect(texts('.national .gloss')).toEqual(['whole-process people’s democracy']);
    expect(texts('.local .slogan-text')).toEqual(['大事', '要事', '难事', '532', '3511']);
    expect(host.querySelector('i')).toBeNull();
  });

  it.each([
    ['en', 8, 'Show 3 more'],
    ['en', 6, 'Show 1 more'],
    ['zh_CN', 8, '再显示 3 条'],
  ] as const)('in %s with %i local phrases: the rest behind "%s", opened and closed', (locale, n, label) => {
    useLocale(locale);
    const d = detection();
    show({ ...d, slogans: d.slogans.filter((s) => s.kind !== 'quoted' || LOCAL.indexOf(s.text) < n) });
    const more = host.querySelector('.local button.more') as HTMLButtonElement;
    expect(more.textContent).toBe(label);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelectorAll('.local li')).toHaveLength(LOCAL_SHOWN);
    act(() => more.click());
    expect(texts('.local .slogan-text')).toEqual(LOCAL.slice(0, n));
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe(message('popupShowFewer', [], locale));
    act(() => more.click());
    expect(host.querySelectorAll('.local li')).toHaveLength(LOCAL_SHOWN);
  });

  it('needs no button when the local phrases are few, and no group heading for an empty group', () => {
    useLocale('en');
    show(detection({ slogans: [slogan('桥梁', 'quoted', 2, 1), slogan('纽带', 'quoted', 1, 2)] }));
    expect(host.querySelector('button.more')).toBeNull();
    expect(texts('.slogan-group h3')).toEqual([message('popupLocalQuoted')]);
    expect(texts('.local .slogan-text')).toEqual(['桥梁', '纽带']);
  });

  it.each(['en', 'zh_CN'] as const)('in %s: an empty section says none was found', (locale) => {
    useLocale(locale);
    show(detection({ officials: [], meetings: [], slogans: [] }));
    expect(texts('section .none')).toEqual(Array(3).fill(message('popupNone', [], locale)));
    expect(host.querySelectorAll('li')).toHaveLength(0);
  });
});
