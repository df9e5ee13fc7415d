import { describe, expect, it } from 'vitest';
import { MAX_QUERY_GRAMS, indexGrams, queryGrams } from '../../../utils/store/terms';
import { findAll } from '../../../utils/core/fold';

describe('indexGrams', () => {
  it('gives bigrams, none across whitespace', () => {
    expect([...indexGrams('人大 工作会')]).toEqual(['人大', '工作', '作会']);
  });
  it('folds case and width', () => {
    expect(indexGrams('ＮＰＣ')).toEqual(new Set(['np', 'pc']));
  });
  it('has nothing for one character', () => expect(indexGrams('党').size).toBe(0));
  it('keeps a surrogate pair together as a bigram', () => {
    expect(indexGrams('𠮷')).toContain('𠮷');
  });
  it('is empty for blank text', () => expect(indexGrams(' \n\t').size).toBe(0));
});

describe('queryGrams', () => {
  it.each([
    ['人大工作', ['人大', '大工', '工作']],
    ['党', []],
    ['人 大', []],
    ['𠮷', ['𠮷']],
    ['   ', []],
    ['', []],
  ])('%j → %j', (q, expected) => expect(queryGrams(q)).toEqual(expected));

  it('samples long queries, keeping both ends', () => {
    const q = '坚持和完善人民代表大会制度是全过程人民民主的重要制度载体';
    const grams = queryGrams(q);
    expect(grams.length).toBeLessThanOrEqual(MAX_QUERY_GRAMS);
    expect(grams[0]).toBe('坚持');
    expect(grams[grams.length - 1]).toBe('载体');
  });
});

describe('findAll', () => {
  it.each([
    ['人大代表和人大常委会', '人大', [0, 5]],
    ['aaaa', 'aa', [0, 2]],
    ['NPC and npc', 'npc', [0, 8]],
    ['abc', '', []],
    ['abc', 'x', []],
  ])('%s / %s', (text, q, expected) => expect(findAll(text, q)).toEqual(expected));
});
