import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../utils/core/script';
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

describe('political-terms in both scripts', () => {
  const entries = listEntries(politicalTerms);
  const set = new Set(entries);
  const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const hk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const simplified = entries.filter((e) => toSimplified(e) === e);
  it('has every simplified entry in its traditional forms too', () => {
    for (const e of simplified) {
      expect(set, e).toContain(tw(e));
      expect(set, e).toContain(hk(e));
    }
  });
  it('has no traditional entry that is not the form of a simplified one', () => {
    const forms = new Set(simplified.flatMap((e) => [tw(e), hk(e)]));
    for (const e of entries.filter((x) => toSimplified(x) !== x)) expect(forms, e).toContain(e);
  });
});
