import { describe, expect, it } from 'vitest';
import chromeLines from '../../../utils/article/data/chrome-lines';
import politicalTerms from '../../../utils/article/data/political-terms';
import tailMarkers from '../../../utils/article/data/tail-markers';
import { listEntries } from '../../../utils/article/lists';

describe.each([
  ['chrome-lines', chromeLines],
  ['political-terms', politicalTerms],
  ['tail-markers', tailMarkers],
])('word list %s', (_name, text) => {
  const entries = listEntries(text);
  it('has entries', () => expect(entries.length).toBeGreaterThan(5));
  it('has no blanks or padding', () => {
    for (const e of entries) {
      expect(e).toBe(e.trim());
      expect(e).not.toBe('');
    }
  });
  it('is sorted', () => expect(entries).toEqual([...entries].sort()));
  it('is unique', () => expect(new Set(entries).size).toBe(entries.length));
});
