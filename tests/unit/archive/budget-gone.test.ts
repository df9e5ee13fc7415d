// Bounded storage, and telling a page that lost its article from one that still has it.
import { describe, expect, it } from 'vitest';
import {
  checkBudget,
  TOTAL_BUDGET_BYTES,
  VERSION_BUDGET_CHARS,
  versionBytes,
} from '../../../utils/archive/budget';
import { articleGone, presentShare, type GoneInput } from '../../../utils/archive/gone';
import { NOT_FOUND_PHRASES } from '../../../utils/archive/not-found-phrases';
import { fold } from '../../../utils/core/fold';

describe('checkBudget', () => {
  it.each([
    ['an ordinary article', { chars: 5000, bytes: 10_000 }, 0, true],
    [
      'one at the per-version limit',
      { chars: VERSION_BUDGET_CHARS, bytes: 2 * VERSION_BUDGET_CHARS },
      0,
      true,
    ],
    [
      'one past it',
      { chars: VERSION_BUDGET_CHARS + 1, bytes: 2 * VERSION_BUDGET_CHARS + 2 },
      0,
      'version-too-large',
    ],
    ['one that fills the total exactly', { chars: 50, bytes: 100 }, TOTAL_BUDGET_BYTES - 100, true],
    ['one past the total', { chars: 50, bytes: 100 }, TOTAL_BUDGET_BYTES - 99, 'library-full'],
  ])('%s', (_name, size, used, want) => {
    const v = checkBudget(size, used);
    if (want === true) expect(v).toEqual({ ok: true });
    else expect(v).toMatchObject({ ok: false, reason: want, size: size.bytes });
  });

  it('counts a version as UTF-16', () => {
    expect(versionBytes({ title: '标题', text: '正文abc' })).toBe(14);
  });
});

const SAVED = {
  title: '区人大常委会召开第十二次会议',
  text: [
    '6月18日，青山区人大常委会召开第十二次会议，区人大常委会主任王建国主持会议。',
    '会议听取和审议了区人民政府关于审计工作情况的报告。',
    '会议审议通过了关于批准区级决算的决议，为新任命人员颁发了任命书。',
    '会议要求，全体组成人员要增强“四个意识”、坚定“四个自信”。',
  ].join('\n'),
};
const live = (o: Partial<GoneInput>): GoneInput => ({
  title: `${SAVED.title} - 青山人大`,
  text: SAVED.text,
  articleTitle: SAVED.title,
  saved: SAVED,
  ...o,
});

describe('articleGone', () => {
  it.each<[string, Partial<GoneInput>, string | null]>([
    ['the article as saved', {}, null],
    ['a 404', { status: 404, title: '404 Not Found', text: 'not found', articleTitle: null }, 'http'],
    ['a 410', { status: 410, text: '', articleTitle: null }, 'http'],
    ['a 451', { status: 451 }, 'http'],
    ['a 503 (may pass)', { status: 503, title: 'Service Unavailable', text: '', articleTitle: null }, null],
    [
      'a soft 404',
      { title: '提示信息', text: '对不起，您访问的页面不存在或已被删除！返回首页', articleTitle: null },
      'not-found-page',
    ],
    [
      'a soft 404 in traditional characters',
      { title: '提示', text: '您訪問的頁面不存在', articleTitle: null },
      'not-found-page',
    ],
    [
      'a redirect to the home page',
      { title: '青山人大', text: '首页 工作动态 通知公告 代表风采 '.repeat(40), articleTitle: null },
      'missing',
    ],
    [
      'another article in its place',
      { text: '区政协召开常委会议，审议通过了工作报告。', articleTitle: '区政协召开常委会议' },
      'missing',
    ],
    [
      'the article rewritten under its headline',
      { text: '全新内容，完全改写。', articleTitle: SAVED.title },
      null,
    ],
    [
      'an article that mentions a missing page',
      { text: `${SAVED.text}\n有群众反映网站页面不存在的问题。` },
      null,
    ],
    ['half the article edited', { text: SAVED.text.split('\n').slice(0, 2).join('\n') }, null],
    ['a page with no saved copy and no clue', { saved: null, text: '任意内容' }, null],
  ])('%s', (_name, o, want) => expect(articleGone(live(o))).toBe(want));

  it('finds the share of saved passages present, ignoring whitespace', () => {
    expect(presentShare(SAVED.text, SAVED.text.replace(/，/g, '， '))).toBe(1);
    expect(presentShare(SAVED.text, '')).toBe(0);
  });
});

describe('the not-found phrases (data)', () => {
  it('are unique, non-empty, already folded and say where they are seen', () => {
    const seen = new Set<string>();
    for (const p of NOT_FOUND_PHRASES) {
      expect(p.phrase.trim(), p.phrase).toBe(p.phrase);
      expect(p.phrase.length, p.phrase).toBeGreaterThan(2);
      expect(fold(p.phrase), p.phrase).toBe(p.phrase.toLowerCase());
      expect(p.seen.length, p.phrase).toBeGreaterThan(10);
      expect(seen.has(p.phrase), p.phrase).toBe(false);
      seen.add(p.phrase);
    }
  });
});
