// The formulations of a page as the popup ranks them: national formulations and numbered formulas
// first, most repeated first, then the page's other quoted phrases (local words: 大事, 桥梁, 532).
// Pure: no DOM, no browser API. Which text is national is the detector's call, not a second list.
import { knownSlogans, numberedSlogans } from '../detect/slogans';
import type { Slogan } from '../types';

export interface RankedSlogans {
  /** Known national formulations and numbered formulas, by count, then by first appearance. */
  national: Slogan[];
  /** The other quoted phrases, in the same order. */
  local: Slogan[];
}

/**
 * Whether a slogan is a national formulation or a numbered formula. The detector lists a quoted
 * one as quoted (“两个确立”, “全过程人民民主”) even when its text is one of those: the text is put
 * to the detector's own tests for the closed list and for the numbered form, whole. A slogan with
 * a standard English (utils/english/formulations.tsv, looked up whole) is a national one too
 * (“一国两制”, “四个现代化”).
 */
export function isNational(s: Pick<Slogan, 'text' | 'kind' | 'en'>): boolean {
  if (s.kind !== 'quoted' || s.en) return true;
  return knownSlogans(s.text).includes(s.text) || numberedSlogans(s.text).includes(s.text);
}

/**
 * Where a slogan first appears: a headline occurrence (counted, but with no body mention) comes
 * before the body; else the offset of its first body mention.
 */
function firstAppearance(s: Slogan): number {
  if (s.count > s.mentions.length || s.mentions.length === 0) return -1;
  return s.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
}

export function rankSlogans(slogans: readonly Slogan[]): RankedSlogans {
  const ranked = slogans
    .map((s, i) => ({ s, i, at: firstAppearance(s) }))
    .sort((a, b) => b.s.count - a.s.count || a.at - b.at || a.i - b.i)
    .map((r) => r.s);
  return { national: ranked.filter(isNational), local: ranked.filter((s) => !isNational(s)) };
}
