// The restore benchmark's cases (scripts/bench/anchor.ts) as a regression
// guard: highlights drawn at random on every corpus page, the pages changed the
// way sites change them, restored by our matcher. The rules in
// utils/anchor/match.ts were each written for one way of telling places apart;
// this is where they meet real pages together. Only ours runs here (the
// comparison with dom-anchor-text-quote and the timings stay in the benchmark).
import { describe, expect, it } from 'vitest';
import { restoreCases, type RestoreResults } from '../../scripts/bench/anchor';

/** The seeds the README quotes. */
const SEEDS = [20240601, 7];
/** Below the figures measured (98.8%, 99.0%): a floor that catches a rule gone wrong, not noise. */
const RIGHT_FLOOR = 0.985;

const results = new Map<number, RestoreResults>();
function resultsFor(seed: number): RestoreResults {
  let r = results.get(seed);
  if (!r) {
    r = restoreCases(seed, { compare: false, cases: true });
    results.set(seed, r);
  }
  return r;
}

describe.each(SEEDS)('restoring highlights on changed corpus pages, seed %i', (seed) => {
  it('never puts a highlight on other words', () => {
    const r = resultsFor(seed);
    const wrong = Object.fromEntries([...r.ours].map(([kind, t]) => [kind, t.wrong]));
    expect(
      Object.values(wrong).reduce((a, b) => a + b, 0),
      JSON.stringify(wrong),
    ).toBe(0);
  }, 120_000);

  it('places the highlight right wherever its quoted text survives', () => {
    const r = resultsFor(seed);
    const tallies = [...r.ours.values()];
    const survived = tallies.reduce((a, t) => a + t.survived, 0);
    const right = tallies.reduce((a, t) => a + t.survivedRight, 0);
    expect(r.pages).toBeGreaterThan(30);
    expect(survived).toBeGreaterThan(4000);
    expect(right / survived).toBeGreaterThanOrEqual(RIGHT_FLOOR);
  }, 120_000);
});
