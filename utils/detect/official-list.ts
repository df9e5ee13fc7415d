// The officials of an article: every name found with a post, the posts written after a
// bare name, and the mentions that really are this person.
import { personPinyin } from '../english/pinyin';
import type { Official } from '../types';
import { gloss } from './gloss';
import { findOfficialHits, ranksAfterName } from './officials';
import { knownSlogans } from './slogans';
import { spans } from './text';

/**
 * Two readings that cross (王卫东 and 卫东为 in 李明华、王卫东为副县长) cannot both be names: the one the
 * text reached first, whose start the marks delimit, stands; the later one began inside a name.
 */
export function uncrossed<T extends { start: number; end: number }>(hits: readonly T[]): T[] {
  return hits.filter((h) => !hits.some((g) => g.start < h.start && h.start < g.end && g.end < h.end));
}

export function detectOfficials(text: string, full: string): Official[] {
  const byName = new Map<string, { titles: string[]; first: number }>();
  for (const hit of uncrossed(findOfficialHits(full))) {
    const entry = byName.get(hit.name) ?? { titles: [], first: hit.start };
    for (const t of hit.titles) if (!entry.titles.includes(t)) entry.titles.push(t);
    byName.set(hit.name, entry);
  }
  // Mentions inside a longer official's name (王凯 in 王凯华) or a fixed formulation
  // (习近平新时代中国特色社会主义思想 names a doctrine) are not mentions of this person.
  const fixed = [...new Set(knownSlogans(text))];
  const officials: Official[] = [];
  const entries = [...byName].sort((a, b) => a[1].first - b[1].first);
  for (const [name, entry] of entries) {
    for (const t of ranksAfterName(full, name)) if (!entry.titles.includes(t)) entry.titles.push(t);
    if (entry.titles.length === 0) continue;
    const covers = [...fixed, ...entries.map(([other]) => other).filter((other) => other !== name)]
      .filter((longer) => longer.includes(name))
      .flatMap((longer) => spans(text, longer));
    const mentions = spans(text, name).filter(
      (m) => !covers.some((c) => m.start >= c.start && m.end <= c.end),
    );
    // English only for the officials kept: a few dozen names and posts a page, never per character.
    officials.push({
      name,
      pinyin: personPinyin(name),
      titles: entry.titles,
      glosses: entry.titles.map(gloss),
      mentions,
    });
  }
  return officials;
}
