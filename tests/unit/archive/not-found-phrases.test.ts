import { describe, expect, it } from 'vitest';
import { fold } from '../../../utils/core/fold';
import { NOT_FOUND_PHRASES, type NotFoundPhrase } from '../../../utils/archive/not-found-phrases';

/** The format of the phrase list: what is wrong with it, or nothing. */
function problems(list: readonly NotFoundPhrase[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { phrase, seen: where } of list) {
    if (phrase === '' || phrase !== phrase.trim()) out.push(`padded or empty: "${phrase}"`);
    if (fold(phrase) !== phrase) out.push(`not folded (traditional or upper case): "${phrase}"`);
    if (seen.has(phrase)) out.push(`duplicate: "${phrase}"`);
    if (where.trim().length < 8) out.push(`no source said for "${phrase}"`);
    seen.add(phrase);
  }
  // A phrase that holds another is never reached: the shorter one matches first.
  for (const a of list)
    for (const b of list)
      if (a !== b && a.phrase.includes(b.phrase)) out.push(`"${a.phrase}" holds "${b.phrase}"`);
  return out;
}

describe('not-found phrases', () => {
  it('the list is well formed', () => {
    expect(NOT_FOUND_PHRASES.length).toBeGreaterThan(5);
    expect(problems(NOT_FOUND_PHRASES)).toEqual([]);
  });

  it.each<[string, NotFoundPhrase[], string]>([
    ['padding', [{ phrase: ' 页面不存在', seen: 'error pages' }], 'padded'],
    ['traditional form', [{ phrase: '頁面不存在', seen: 'error pages' }], 'not folded'],
    [
      'duplicate',
      [
        { phrase: '已撤稿', seen: 'news sites' },
        { phrase: '已撤稿', seen: 'news sites' },
      ],
      'duplicate',
    ],
    ['no source', [{ phrase: '已下线', seen: '' }], 'no source'],
    [
      'shadowed',
      [
        { phrase: '页面不存在', seen: 'error pages' },
        { phrase: '您访问的页面不存在', seen: 'error pages' },
      ],
      'holds',
    ],
  ])('the check catches %s', (_, list, want) => {
    expect(problems(list).join('\n')).toContain(want);
  });
});
