// @vitest-environment jsdom
// The saved copy's two views: an article with highlights drawn on the right words, and two
// versions compared with <del>/<ins> by character. Page text is text, never HTML.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleView } from '../../../components/library/ArticleView';
import { foldedRuns, VersionDiffView } from '../../../components/library/VersionDiffView';
import { diffVersions } from '../../../utils/archive/diff';
import { paintLines } from '../../../utils/library/paint';
import { useEnglish } from '../library/i18n';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

/** The value, or a failed test when it is missing. */
function must<T>(x: T | null | undefined): T {
  if (x === null || x === undefined) throw new Error('missing value');
  return x;
}

let host: HTMLElement;
beforeEach(() => {
  useEnglish();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const TEXT = '会议由<b>王建国</b>主持。\n\n会议要求增强四个意识。';

describe('paintLines', () => {
  it.each([
    ['no spans', [], [['会议由<b>王建国</b>主持。'], ['会议要求增强四个意识。']]],
    [
      'one span',
      [{ id: 'a', start: 3, end: 6 }],
      [['会议由', '<b>', '王建国</b>主持。'], ['会议要求增强四个意识。']],
    ],
    [
      'a span across lines is cut at the line',
      [{ id: 'a', start: 13, end: 20 }],
      [
        ['会议由<b>王建国</b>', '主持。'],
        ['会议', '要求增强四个意识。'],
      ],
    ],
    [
      'out of range, clamped',
      [{ id: 'a', start: 26, end: 99 }],
      [['会议由<b>王建国</b>主持。'], ['会议要求增强四个', '意识。']],
    ],
    [
      'empty, dropped',
      [{ id: 'a', start: 5, end: 5 }],
      [['会议由<b>王建国</b>主持。'], ['会议要求增强四个意识。']],
    ],
  ])('%s', (_name, spans, want) => {
    expect(paintLines(TEXT, spans).map((l) => l.pieces.map((p) => p.text))).toEqual(want);
  });

  it('draws the span that starts last where two overlap', () => {
    const [line] = paintLines('甲乙丙丁', [
      { id: 'outer', start: 0, end: 4 },
      { id: 'inner', start: 1, end: 3 },
    ]);
    expect(must(line).pieces.map((p) => `${p.text}:${p.span?.id}`)).toEqual([
      '甲:outer',
      '乙丙:inner',
      '丁:outer',
    ]);
  });
});

describe('ArticleView', () => {
  it('marks the highlighted words, orphans as such, and shows markup as text', () => {
    const at = TEXT.indexOf('四个意识');
    act(() =>
      render(
        <ArticleView
          title="标题"
          published="2024-06-18"
          source="区人大"
          text={TEXT}
          highlights={[
            { id: 'a', color: 'green', start: at, end: at + 4, orphan: true },
            { id: 'b', color: 'yellow', start: 0, end: 2 },
          ]}
        />,
        host,
      ),
    );
    const marks = [...host.querySelectorAll('mark')];
    expect(marks.map((m) => [m.textContent, m.className])).toEqual([
      ['会议', 'color-yellow'],
      ['四个意识', 'color-green orphan'],
    ]);
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('<b>王建国</b>');
    expect(host.querySelectorAll('p:not(.meta)')).toHaveLength(2);
  });
});

describe('VersionDiffView', () => {
  it('shows removed passages and edited characters, and the summary', () => {
    const older = ['甲段不变。', '乙段王建国主持。', '丙段将删除。'].join('\n');
    const newer = ['甲段不变。', '乙段王建华主持。'].join('\n');
    act(() => render(<VersionDiffView diff={diffVersions(older, newer)} />, host));
    expect([...host.querySelectorAll('del')].map((e) => e.textContent)).toEqual(['国', '丙段将删除。']);
    expect([...host.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['华']);
    expect(host.querySelector('.summary')?.textContent).toBe('1 passage edited, 1 removed, 0 added');
  });

  it('folds long runs of unchanged passages, and opens them on demand', () => {
    const same = Array.from({ length: 8 }, (_, i) => `第${i}段不变。`);
    const older = [...same, '末段旧。'].join('\n');
    const newer = [...same, '末段新。'].join('\n');
    act(() => render(<VersionDiffView diff={diffVersions(older, newer)} />, host));
    const button = host.querySelector<HTMLButtonElement>('button.unchanged');
    expect(button?.textContent).toBe('7 unchanged passages');
    act(() => must(button).click());
    expect(host.textContent).toContain('第0段不变。');
  });

  it.each<[string, string[], [number, number][]]>([
    [
      'a change between long runs',
      ['s', 's', 's', 'e', 's', 's', 's'],
      [
        [0, 2],
        [5, 7],
      ],
    ],
    ['short runs stay', ['s', 'e', 's', 'e'], []],
  ])('folds %s', (_name, kinds, runs) => {
    const passages = kinds.map((k) =>
      k === 's' ? { kind: 'same' as const, text: 'x' } : { kind: 'added' as const, text: 'y' },
    );
    expect(foldedRuns(passages)).toEqual(runs);
  });
});
