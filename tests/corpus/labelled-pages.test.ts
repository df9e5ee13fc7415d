// The detector on the labelled development set (tests/fixtures/detect-pages), scored by
// ../shared/tools/score.mjs: the dev split (rules were written against it), the held-out split
// (never tuned on) and both written in traditional characters. Each figure is held to its
// target where the detector meets it, else to the floor it reached (a guard against going
// back), with the target named beside it: see README.md "Detection quality".
import { beforeAll, describe, expect, it } from 'vitest';
import {
  inTraditional,
  isTraditional,
  labelledPages,
  scorePages,
  type Score,
  type Split,
} from '../support/labelled-pages';

type Figure = 'officials' | 'titles' | 'meetings' | 'slogans' | 'meetingDate' | 'congress';

const TARGETS: Record<Figure, number> = {
  officials: 0.95,
  titles: 0.95,
  meetings: 0.85,
  slogans: 0.93,
  meetingDate: 0.9,
  congress: 0.95,
};

/** What each split reached when these floors were set; a figure below its target is held here. */
const FLOORS: Record<Split, Record<Figure, number>> = {
  // The fifth batch (f-*, 28 pages) joined dev after it was scored unseen: congress classification on
  // dev fell to 0.940 with it (CPPCC and Party pages read as congress news, a provincial inspection not).
  dev: { ...TARGETS, congress: 0.93 },
  // Below target on the 44 pages never tuned on: officials (names under one heading), meetings and the
  // meetings' dates. Measured 0.898, 0.836 and 0.686; after the fifth batch's rules 0.898, 0.843, 0.686.
  heldout: { ...TARGETS, officials: 0.89, meetings: 0.84, meetingDate: 0.68 },
};

const figure = (s: Score, f: Figure): number =>
  f === 'meetingDate' || f === 'congress' ? (s.fields[f] ?? 0) : s[f].f1;

describe.each(['dev', 'heldout'] as const)('the %s split', (split) => {
  let score: Score;
  let simplified: Score;
  let traditional: Score;
  beforeAll(() => {
    const pages = labelledPages(split);
    score = scorePages(pages);
    const simp = pages.filter((p) => !isTraditional(p));
    simplified = scorePages(simp);
    traditional = scorePages(simp.map(inTraditional));
    // Three scorings of 116 pages each: more than vitest's default hook time on a loaded machine.
  }, 180_000);

  it.each(Object.keys(TARGETS) as Figure[])('%s: at its target, else at its floor', (f) => {
    const bar = Math.min(TARGETS[f], FLOORS[split][f]);
    const misses = score.misses.filter((m) => m.includes(f === 'titles' ? 'title ' : f.replace(/s$/, '')));
    expect(figure(score, f), misses.join('\n')).toBeGreaterThanOrEqual(bar);
  });

  it.each(['officials', 'titles', 'meetings', 'slogans'] as const)(
    '%s: in traditional characters within 0.03 of the same pages in simplified ones',
    (f) => {
      expect(figure(traditional, f)).toBeGreaterThanOrEqual(figure(simplified, f) - 0.03);
    },
  );
});
