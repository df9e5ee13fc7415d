import { describe, expect, it } from 'vitest';
import { buildT2s } from '../../../utils/core/data/generate-t2s';
import { T2S_PAIRS } from '../../../utils/core/data/t2s';
import { simplifiedUnit, toSimplified } from '../../../utils/core/script';

describe('the traditional → simplified table', () => {
  it('is in step with the installed opencc-js (regenerate: npx tsx utils/core/data/generate-t2s.ts)', async () => {
    expect(T2S_PAIRS).toBe(await buildT2s());
  });

  it('holds pairs of distinct single units, each traditional character once', () => {
    expect(T2S_PAIRS.length % 2).toBe(0);
    const seen = new Set<string>();
    for (let i = 0; i < T2S_PAIRS.length; i += 2) {
      const [t, s] = [T2S_PAIRS[i] as string, T2S_PAIRS[i + 1] as string];
      expect(t).not.toBe(s);
      expect(seen.has(t)).toBe(false);
      seen.add(t);
    }
    expect(seen.size).toBeGreaterThan(2500);
  });
});

describe('toSimplified: one unit for one', () => {
  it.each([
    ['區人大常委會主任許小波', '区人大常委会主任许小波'],
    ['習近平新時代中國特色社會主義思想', '习近平新时代中国特色社会主义思想'],
    ['全過程人民民主', '全过程人民民主'],
    ['縣委常委（擴大）會議', '县委常委（扩大）会议'],
    ['黨組書記', '党组书记'],
    ['立法會議員', '立法会议员'],
    // Variants of Taiwan and Hong Kong usage reach the same form.
    ['爲人民服務', '为人民服务'],
    // Simplified text and everything else stay as they are.
    ['区委书记许小波', '区委书记许小波'],
    ['NPC 2024年', 'NPC 2024年'],
    ['𠮷野家', '𠮷野家'],
    ['', ''],
  ])('%s → %s', (trad, simp) => {
    expect(toSimplified(trad)).toBe(simp);
    expect(toSimplified(trad).length).toBe(trad.length);
  });

  it('maps single units', () => {
    expect(String.fromCharCode(simplifiedUnit('會'.charCodeAt(0)))).toBe('会');
    expect(simplifiedUnit('a'.charCodeAt(0))).toBe('a'.charCodeAt(0));
  });
});
